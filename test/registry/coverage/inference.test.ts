// Issue 12 item 4: AI inference residency. Destinations the cloud picks at request time are
// country sets (sovereignty/catalog/inference-geographies.ts): Azure AI Services / OpenAI
// deployment types, Bedrock cross-Region inference profiles, Vertex AI's `global` location.
import assert from "node:assert/strict";
import { describe, it } from "mocha";
import {
  AZURE_DATA_ZONES,
  BEDROCK_GEOGRAPHIES,
  azureDataZoneOf,
  azureDeploymentScope,
  readBedrockModel,
} from "../../../sovereignty/catalog/inference-geographies";
import { defaultCatalog } from "../../../sovereignty/catalog/catalog";
import { EU_MEMBER_STATES } from "../../../sovereignty/countries";
import { EU_PERSONAL, judge, verdict, type Answer, type R } from "./model";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const tags = { ...EU_PERSONAL };

describe("inference geographies: the table", () => {
  it("names a source for every Bedrock geography and Azure data zone", () => {
    for (const g of BEDROCK_GEOGRAPHIES)
      assert.match(g.source, /^https:\/\/docs\.aws\.amazon\.com\//, g.prefix);
    for (const z of AZURE_DATA_ZONES) assert.match(z.source, /^https:\/\/learn\.microsoft\.com\//, z.id);
  });
  it("every Bedrock destination Region is in the region catalog (its countries come from there)", () => {
    for (const g of BEDROCK_GEOGRAPHIES)
      if (g.regions !== "worldwide")
        for (const r of g.regions) assert.ok(defaultCatalog.lookup("aws", "regions", r), `${g.prefix}: ${r}`);
  });
  it("the `eu` geography may route to London and Zurich: it is not inside the EU", () => {
    const eu = readBedrockModel("eu.anthropic.claude-sonnet-4-5-20250929-v1:0");
    assert.equal(eu.kind, "geography");
    const countries = eu.kind === "geography" ? eu.destination.countries : [];
    assert.ok(
      Array.isArray(countries) &&
        countries.includes("GB") &&
        countries.includes("CH") &&
        countries.includes("DE"),
    );
  });
  it("the Azure EU data zone is the EU member states; the US one the US", () => {
    assert.deepEqual([...azureDataZoneOf(["SE"])!.countries].sort(), [...EU_MEMBER_STATES].sort());
    assert.equal(azureDataZoneOf(["US"])?.id, "us");
    assert.equal(azureDataZoneOf(["GB"]), undefined, "UK South has no documented data zone: cannot verify");
    assert.equal(azureDataZoneOf(["NO"]), undefined);
  });
  it("reads deployment SKUs by family, any case", () => {
    for (const sku of ["GlobalStandard", "GlobalProvisionedManaged", "GlobalBatch", "globalstandard"])
      assert.equal(azureDeploymentScope(sku), "worldwide", sku);
    for (const sku of ["DataZoneStandard", "DataZoneProvisionedManaged", "DataZoneBatch", "DATAZONESTANDARD"])
      assert.equal(azureDeploymentScope(sku), "data-zone", sku);
    for (const sku of ["Standard", "ProvisionedManaged"])
      assert.equal(azureDeploymentScope(sku), "regional", sku);
  });
  it("reads Bedrock model identifiers: ids, profile ids, ARNs, application profiles", () => {
    assert.deepEqual(readBedrockModel("anthropic.claude-3-5-sonnet-20240620-v1:0"), { kind: "in-region" });
    assert.deepEqual(
      readBedrockModel("arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0"),
      {
        kind: "region",
        region: "us-east-1",
      },
    );
    assert.equal(
      readBedrockModel(
        "arn:aws:bedrock:eu-central-1:111122223333:inference-profile/global.anthropic.claude-x-v1:0",
      ).kind,
      "geography",
    );
    assert.equal(
      readBedrockModel("arn:aws:bedrock:eu-central-1:111122223333:application-inference-profile/abc123").kind,
      "application-profile",
    );
    assert.deepEqual(readBedrockModel("xx.anthropic.claude-x-v1:0"), {
      kind: "unknown-geography",
      prefix: "xx",
    });
  });
});

const agent = (foundationModel: unknown): R => ({
  type: "aws:bedrock/agentAgent:AgentAgent",
  name: "subject",
  props: { region: "eu-central-1", tags, foundationModel },
});

const BEDROCK: readonly [string, unknown, Answer][] = [
  ["a foundation model id: the agent's own Region", "anthropic.claude-3-5-sonnet-20240620-v1:0", "in"],
  [
    "a foundation-model ARN in Frankfurt",
    "arn:aws:bedrock:eu-central-1::foundation-model/anthropic.claude-v2",
    "in",
  ],
  ["us. profile", "us.anthropic.claude-3-7-sonnet-20250219-v1:0", "out"],
  ["apac. profile", "apac.anthropic.claude-3-5-sonnet-20240620-v1:0", "out"],
  ["global. profile (worldwide)", "global.anthropic.claude-sonnet-4-5-20250929-v1:0", "out"],
  [
    "eu. profile (London and Zurich among its destinations)",
    "eu.anthropic.claude-3-7-sonnet-20250219-v1:0",
    "out",
  ],
  ["evasion: upper-case prefix", "US.anthropic.claude-3-7-sonnet-20250219-v1:0", "out"],
  [
    "evasion: a system profile given by ARN",
    "arn:aws:bedrock:eu-central-1:111122223333:inference-profile/us.meta.llama3-v1:0",
    "out",
  ],
  [
    "evasion: a foundation-model ARN in another Region",
    "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-v2",
    "out",
  ],
  [
    "evasion: an undocumented geography prefix: cannot verify",
    "xx.anthropic.claude-3-7-sonnet-20250219-v1:0",
    "unknown",
  ],
  ["evasion: model unknown at preview", UNKNOWN, "unknown"],
];

describe("inference: Bedrock cross-Region inference profiles (an eu/personal agent in Frankfurt)", () => {
  for (const [what, model, answer] of BEDROCK)
    it(`${what} → ${answer}`, () => assert.equal(verdict(judge([agent(model)], "subject")), answer));

  it("knowledge base embeddings, provisioned throughput and inference profiles read the same way", () => {
    const kb: R = {
      type: "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
      name: "subject",
      props: {
        region: "eu-central-1",
        tags,
        knowledgeBaseConfiguration: {
          type: "VECTOR",
          vectorKnowledgeBaseConfiguration: {
            embeddingModelArn:
              "arn:aws:bedrock:eu-central-1:111122223333:inference-profile/global.cohere.embed-v4:0",
          },
        },
      },
    };
    assert.equal(verdict(judge([kb], "subject")), "out");
    const pt: R = {
      type: "aws:bedrock/provisionedModelThroughput:ProvisionedModelThroughput",
      name: "subject",
      props: {
        region: "eu-central-1",
        tags,
        modelArn: "arn:aws:bedrock:eu-central-1::foundation-model/amazon.titan-text-v1",
      },
    };
    assert.equal(verdict(judge([pt], "subject")), "in");
    const profile: R = {
      type: "aws:bedrock/inferenceProfile:InferenceProfile",
      name: "subject",
      props: {
        region: "eu-central-1",
        tags,
        modelSource: {
          copyFrom: "arn:aws:bedrock:eu-central-1:111122223333:inference-profile/us.anthropic.claude-v1:0",
        },
      },
    };
    assert.equal(verdict(judge([profile], "subject")), "out");
    const job = (modelId: string): R => ({
      type: "aws:bedrockmodel/invocationJob:InvocationJob",
      name: "subject",
      props: { region: "eu-central-1", jobName: "batch", modelId },
    });
    const defaults = { residency: "eu", classification: "personal" } as const;
    assert.equal(
      verdict(judge([job("global.anthropic.claude-sonnet-4-5-20250929-v1:0")], "subject", {}, defaults)),
      "out",
    );
    assert.equal(
      verdict(judge([job("anthropic.claude-3-haiku-20240307-v1:0")], "subject", {}, defaults)),
      "in",
    );
  });
});

const account = (location: string, zone = "eu"): R => ({
  type: "azure-native:cognitiveservices:Account",
  name: "acct",
  props: {
    accountName: "acct",
    location,
    kind: "OpenAI",
    tags: { "data-residency": zone, "data-classification": "personal" },
  },
});
const deployment = (sku: unknown, zone = "eu"): R => ({
  type: "azure-native:cognitiveservices:Deployment",
  name: "subject",
  props: {
    accountName: "acct",
    sku: { name: sku, capacity: 1 },
    tags: { "data-residency": zone, "data-classification": "personal" },
  },
});

const AZURE: readonly [string, readonly R[], Answer][] = [
  ["GlobalStandard: any geography", [account("swedencentral"), deployment("GlobalStandard")], "out"],
  ["GlobalProvisionedManaged", [account("swedencentral"), deployment("GlobalProvisionedManaged")], "out"],
  ["GlobalBatch", [account("swedencentral"), deployment("GlobalBatch")], "out"],
  [
    "DataZoneStandard in an EU account: the EU data zone",
    [account("swedencentral"), deployment("DataZoneStandard")],
    "in",
  ],
  [
    "DataZoneProvisionedManaged in a Dutch account",
    [account("westeurope"), deployment("DataZoneProvisionedManaged")],
    "in",
  ],
  ["Standard: the account's region", [account("francecentral"), deployment("Standard")], "in"],
  [
    "DataZoneStandard in a US account for a US zone",
    [account("eastus", "us"), deployment("DataZoneStandard", "us")],
    "in",
  ],
  ["evasion: lower-case global SKU", [account("swedencentral"), deployment("globalstandard")], "out"],
  [
    "evasion: data zone of a UK account (undocumented): cannot verify",
    [account("uksouth", "uk"), deployment("DataZoneStandard", "uk")],
    "unknown",
  ],
  ["evasion: SKU unknown at preview", [account("swedencentral"), deployment(UNKNOWN)], "unknown"],
  [
    "evasion: the deployment placed through its account in the US",
    [account("eastus"), deployment("Standard")],
    "out",
  ],
];

describe("inference: Azure AI Services / OpenAI deployment types (eu/personal)", () => {
  for (const [what, stack, answer] of AZURE)
    it(`${what} → ${answer}`, () => assert.equal(verdict(judge(stack, "subject")), answer));
});

describe("inference: an Azure ML workspace endpoint deployment of Azure OpenAI (judged with sovereignty.defaults)", () => {
  const workspace = (location: string): R => ({
    type: "azure-native:machinelearningservices:Workspace",
    name: "hub",
    props: { workspaceName: "hub", location, tags },
  });
  const endpointDeployment = (sku: string): R => ({
    type: "azure-native:machinelearningservices:EndpointDeployment",
    name: "subject",
    props: {
      workspaceName: "hub",
      endpointName: "Azure.OpenAI",
      deploymentName: "gpt",
      properties: {
        type: "Azure.OpenAI",
        model: { format: "OpenAI", name: "gpt-4o", version: "1" },
        sku: { name: sku },
      },
    },
  });
  const defaults = { residency: "eu", classification: "personal" } as const;
  const cases: readonly [string, string, string, Answer][] = [
    ["GlobalStandard", "swedencentral", "GlobalStandard", "out"],
    ["DataZoneStandard of a workspace in Sweden", "swedencentral", "DataZoneStandard", "in"],
    ["evasion: Standard, the workspace in the US", "eastus", "Standard", "out"],
  ];
  for (const [what, location, sku, answer] of cases)
    it(`${what} → ${answer}`, () =>
      assert.equal(
        verdict(judge([workspace(location), endpointDeployment(sku)], "subject", {}, defaults)),
        answer,
      ));
});

const vertex = (type: string, property: string, location: unknown): R => ({
  type,
  name: "subject",
  props: { labels: tags, [property]: location },
});

describe("inference: Vertex AI `global` (eu/personal)", () => {
  const cases: readonly [string, R, Answer][] = [
    [
      "an endpoint in europe-west4",
      vertex("gcp:vertex/aiEndpoint:AiEndpoint", "location", "europe-west4"),
      "in",
    ],
    [
      "an endpoint in `global`: any region",
      vertex("gcp:vertex/aiEndpoint:AiEndpoint", "location", "global"),
      "out",
    ],
    ["evasion: `GLOBAL`", vertex("gcp:vertex/aiEndpoint:AiEndpoint", "location", "GLOBAL"), "out"],
    [
      "a reasoning engine in `global`",
      vertex("gcp:vertex/aiReasoningEngine:AiReasoningEngine", "region", "global"),
      "out",
    ],
    [
      "a Model Garden deployment in us-central1",
      vertex(
        "gcp:vertex/aiEndpointWithModelGardenDeployment:AiEndpointWithModelGardenDeployment",
        "location",
        "us-central1",
      ),
      "out",
    ],
  ];
  for (const [what, r, answer] of cases)
    it(`${what} → ${answer}`, () =>
      assert.equal(
        verdict(judge([r], "subject", {}, { residency: "eu", classification: "personal" })),
        answer,
      ));
});

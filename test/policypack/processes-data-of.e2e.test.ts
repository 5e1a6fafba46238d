// Every resource judged (issue 12): a resource that processes the data of the holder it runs
// inside (an Azure AI model deployment in its account, an Azure ML endpoint deployment in its
// workspace) and declares no zone of its own is judged with the holder's tags (registry
// `dataOf`, docs/decisions/2026-11-30-processing-judged-with-its-holder.md), through the built
// pack over gRPC. Leaving the deployment untagged no longer takes its inference out of the zone.
import assert from "node:assert/strict";
import { before, describe, it } from "mocha";
import { UNKNOWN } from "../../cli/check/snapshot";
import type { WireObject } from "../../cli/check/snapshot";
import { buildPack, onTheWire, res, stackOf } from "./wire";

const GROUP = "azure-native:resources:ResourceGroup";
const ACCOUNT = "azure-native:cognitiveservices:Account";
const DEPLOYMENT = "azure-native:cognitiveservices:Deployment";
const WORKSPACE = "azure-native:machinelearningservices:Workspace";
const ENDPOINT_DEPLOYMENT = "azure-native:machinelearningservices:EndpointDeployment";
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };

function group(location: string) {
  return res(GROUP, "rg", { resourceGroupName: "rg", location, tags: EU_PERSONAL });
}

function account(location: string, tags: WireObject = EU_PERSONAL, name = "ai", resourceGroupName = "rg") {
  return res(ACCOUNT, name, {
    accountName: name,
    resourceGroupName,
    location,
    kind: "OpenAI",
    sku: { name: "S0" },
    properties: { publicNetworkAccess: "Disabled" },
    tags,
  });
}

function deployment(
  sku: string,
  extra: WireObject = {},
  deps: Record<string, string[]> = {},
  accountName: string = "ai",
) {
  return res(
    DEPLOYMENT,
    "gpt",
    {
      accountName,
      resourceGroupName: "rg",
      deploymentName: "gpt",
      sku: { name: sku, capacity: 10 },
      properties: { model: { format: "OpenAI", name: "gpt-4o", version: "2024-08-06" } },
      ...extra,
    },
    deps,
  );
}

/** The deployment's own lines: the account's own findings (its key) are not this test's subject. */
async function gptLines(resources: Parameters<typeof stackOf>[0]): Promise<string[]> {
  return (await onTheWire(stackOf(resources))).filter((l) => / gpt: /.test(l));
}

describe("a processing resource without a zone of its own is judged with its holder's tags", function () {
  this.timeout(60_000);
  before(buildPack);

  it("an untagged GlobalStandard deployment of an eu/personal account processes worldwide: outside `eu`", async () => {
    const lines = await gptLines([group("westeurope"), account("westeurope"), deployment("GlobalStandard")]);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(
      lines[0]!,
      /^all-stack-references-enforce-residency mandatory gpt: .*inference via `sku\.name` sends data to .*worldwide.*outside the declared zone `eu`/,
    );
  });

  it("in-zone twin: an untagged DataZoneStandard deployment of the West Europe account stays in the EU data zone", async () => {
    assert.deepEqual(
      await gptLines([group("westeurope"), account("westeurope"), deployment("DataZoneStandard")]),
      [],
    );
  });

  it("an untagged DataZoneStandard deployment of an eu account in East US goes to the US data zone", async () => {
    const lines = await gptLines([group("eastus"), account("eastus"), deployment("DataZoneStandard")]);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0]!, /gpt: .*inference via `sku\.name` sends data to the Azure US data zone/);
  });

  it("evasion: a classification-only tag (no zone) does not take the deployment out of its account's zone", async () => {
    const lines = await gptLines([
      group("westeurope"),
      account("westeurope"),
      deployment("GlobalStandard", { tags: { "data-classification": "public" } }),
    ]);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0]!, /mandatory gpt: .*worldwide.*outside the declared zone `eu`/);
  });

  it("evasion: the account named by an unknown output, linked by a property dependency, is still found", async () => {
    const acct = account("westeurope");
    const lines = await gptLines([
      group("westeurope"),
      acct,
      deployment("GlobalStandard", {}, { accountName: [acct.urn] }, UNKNOWN),
    ]);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0]!, /mandatory gpt: .*worldwide.*outside the declared zone `eu`/);
  });

  it("an account of the same name in another resource group does not judge it", async () => {
    const lines = await gptLines([
      group("westeurope"),
      account("westeurope", { "data-residency": "us", "data-classification": "internal" }, "ai", "other-rg"),
      account("westeurope"),
      deployment("GlobalStandard"),
    ]);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0]!, /outside the declared zone `eu`/);
  });

  it("a deployment with a zone of its own keeps its own tags", async () => {
    // The account says `us`; the deployment says `eu`: its EU-bound data must not go to the US data zone.
    const lines = await gptLines([
      group("eastus"),
      account("eastus", { "data-residency": "us", "data-classification": "internal" }),
      deployment("DataZoneStandard", { tags: { "data-residency": "eu", "data-classification": "internal" } }),
    ]);
    assert.ok(
      lines.some((l) => /gpt: .*the Azure US data zone.*outside the declared zone `eu`/.test(l)),
      lines.join("\n"),
    );
    // Judged with the account's `us` tags it would be clean.
    assert.deepEqual(
      await gptLines([
        group("eastus"),
        account("eastus", { "data-residency": "us", "data-classification": "internal" }),
        deployment("DataZoneStandard"),
      ]),
      [],
    );
  });

  it("an account outside the stack: advisory 'cannot verify' naming `accountName`, never a silent pass", async () => {
    const lines = await gptLines([group("westeurope"), deployment("GlobalStandard")]);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(
      lines[0]!,
      /^all-stack-references-enforce-residency advisory gpt: .*cannot verify where it processes data.*`accountName`.*not in this stack/,
    );
  });

  it("an Azure ML endpoint deployment (no tags at all) is judged with its workspace's tags", async () => {
    const stack = (sku: string) => [
      group("westeurope"),
      res(WORKSPACE, "ws", {
        workspaceName: "ws",
        resourceGroupName: "rg",
        location: "westeurope",
        publicNetworkAccess: "Disabled",
        tags: EU_PERSONAL,
      }),
      res(ENDPOINT_DEPLOYMENT, "gpt", {
        workspaceName: "ws",
        resourceGroupName: "rg",
        endpointName: "openai",
        deploymentName: "gpt",
        properties: { type: "Azure.OpenAI", model: { format: "OpenAI", name: "gpt-4o" }, sku: { name: sku } },
      }),
    ];
    const lines = await gptLines(stack("GlobalStandard"));
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(
      lines[0]!,
      /mandatory gpt: .*inference via `properties\.sku\.name`.*worldwide.*outside the declared zone `eu`/,
    );
    assert.deepEqual(await gptLines(stack("DataZoneStandard")), []);
  });
});

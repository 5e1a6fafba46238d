// Where AI inference runs when the cloud chooses the region at request time (docs/design.md,
// "Destinations beyond a location"): Amazon Bedrock cross-Region inference profiles, Azure AI
// Services / OpenAI `Global*` and `DataZone*` deployment types, Vertex AI's `global` location.
// Such a destination is a set of countries, or the whole world; the flow declarations
// (sovereignty/registry/**) turn it into a `countries` FlowTarget (../flows/types.ts).
//
// Every row names its source. Where the clouds publish the destinations only per model, the row
// holds the UNION over models (a request may go to any of them): fail closed. Where no source says
// where a geography routes, the answer is "cannot verify" (`undefined` from the lookups below), never
// a guess.
import { EU_MEMBER_STATES } from "../countries";
import type { CountryCode } from "../types";
import { defaultCatalog } from "./catalog";

/** A destination the cloud picks at run time, as countries (the `countries` FlowTarget's payload). */
export interface InferenceDestination {
  readonly countries: readonly CountryCode[] | "worldwide";
  /** Names it in messages: `the Amazon Bedrock EU cross-Region inference geography`. */
  readonly label: string;
}

// ---- Amazon Bedrock cross-Region (system-defined) inference profiles ----

/** One Bedrock geography: the profile-id prefix and every destination Region it may route to. */
export interface BedrockGeography {
  /** The inference-profile id prefix (`eu` in `eu.anthropic.claude-sonnet-4-5-...`). */
  readonly prefix: string;
  /** Destination Regions (union over models), or `worldwide` for Global profiles. */
  readonly regions: readonly string[] | "worldwide";
  readonly source: string;
}

const BEDROCK_PROFILES_DOC =
  "https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html";
// AWS's own CDK construct lists, per geography, the Regions a profile "might include" according to
// the model chosen (the union over models; enum CrossRegionInferenceProfileRegion,
// https://docs.aws.amazon.com/cdk/api/v2/docs/@aws-cdk_aws-bedrock-alpha.CrossRegionInferenceProfileRegion.html).
const BEDROCK_CDK_ENUM =
  "https://docs.aws.amazon.com/cdk/api/v2/docs/@aws-cdk_aws-bedrock-alpha.CrossRegionInferenceProfileRegion.html";

export const BEDROCK_GEOGRAPHIES: readonly BedrockGeography[] = [
  // "The destination Regions for Global cross-Region inference profiles include all commercial Regions."
  { prefix: "global", regions: "worldwide", source: BEDROCK_PROFILES_DOC },
  // Includes London (eu-west-2) and Zurich (eu-central-2) for some models: an `eu.` profile is
  // therefore NOT inside the declared zone `eu` (GB, CH). Per-model lists are narrower, but the
  // profile id alone does not say which list applies.
  {
    prefix: "eu",
    regions: [
      "eu-central-1",
      "eu-west-1",
      "eu-west-3",
      "eu-west-2",
      "eu-north-1",
      "eu-south-1",
      "eu-south-2",
      "eu-central-2",
    ],
    source: BEDROCK_CDK_ENUM,
  },
  // The CDK's IAM grant for US profiles covers us-east-1, us-east-2, us-west-1, us-west-2.
  { prefix: "us", regions: ["us-east-1", "us-east-2", "us-west-1", "us-west-2"], source: BEDROCK_CDK_ENUM },
  { prefix: "us-gov", regions: ["us-gov-east-1", "us-gov-west-1"], source: BEDROCK_CDK_ENUM },
  // APAC includes the Middle East (UAE) Region me-central-1.
  {
    prefix: "apac",
    regions: [
      "ap-northeast-1",
      "ap-northeast-2",
      "ap-northeast-3",
      "ap-south-1",
      "ap-south-2",
      "ap-southeast-1",
      "ap-southeast-2",
      "ap-southeast-3",
      "ap-southeast-4",
      "ap-southeast-5",
      "ap-southeast-7",
      "ap-east-2",
      "me-central-1",
    ],
    source: BEDROCK_CDK_ENUM,
  },
  { prefix: "jp", regions: ["ap-northeast-1", "ap-northeast-3"], source: BEDROCK_CDK_ENUM },
  { prefix: "au", regions: ["ap-southeast-2", "ap-southeast-4"], source: BEDROCK_CDK_ENUM },
];

const BEDROCK_BY_PREFIX: ReadonlyMap<string, BedrockGeography> = new Map(
  BEDROCK_GEOGRAPHIES.map((g) => [g.prefix, g]),
);

/** Countries of AWS Regions through the region catalog (one fact, one place); undefined if one is unknown. */
function awsCountries(regions: readonly string[]): readonly CountryCode[] | undefined {
  const out = new Set<CountryCode>();
  for (const region of regions) {
    const location = defaultCatalog.lookup("aws", "regions", region);
    if (location === undefined) return undefined;
    for (const c of location.countries) out.add(c);
  }
  return [...out].sort();
}

/** What a Bedrock model identifier says about where inference runs. */
export type BedrockModelReading =
  /** A foundation-model id (`anthropic.claude-...`): the caller's own Region. */
  | { readonly kind: "in-region" }
  /** A foundation-model or profile ARN of one Region (`arn:aws:bedrock:eu-central-1::foundation-model/...`). */
  | { readonly kind: "region"; readonly region: string }
  /** A cross-Region (system-defined) profile of a known geography. */
  | { readonly kind: "geography"; readonly destination: InferenceDestination }
  /** An application inference profile ARN: the resource (in the stack) says where it copies from. */
  | { readonly kind: "application-profile"; readonly arn: string }
  /** A profile-like id whose geography prefix no source documents: cannot verify. */
  | { readonly kind: "unknown-geography"; readonly prefix: string };

const BEDROCK_ARN = /^arn:[^:]+:bedrock:([^:]*):[^:]*:([a-z-]+)\/(.+)$/i;

/**
 * Reads a Bedrock model identifier as resources name it (`foundationModel`, `modelArn`,
 * `embeddingModelArn`, `modelSource.copyFrom`): a model id, a system-profile id with a geography
 * prefix, or an ARN of either, or of an application inference profile. Case-insensitive prefixes.
 * Foundation-model ids have two dot-separated parts (`provider.model-version`), profile ids three
 * (`geo.provider.model-version`): an unknown first part of a three-part id is an unknown geography
 * (a prefix such as `ca.` that no source read here documents: cannot verify, never a guess).
 */
export function readBedrockModel(raw: string): BedrockModelReading {
  const arn = BEDROCK_ARN.exec(raw.trim());
  let id = raw.trim();
  if (arn) {
    const [, region = "", resource = "", rest = ""] = arn;
    const kind = resource.toLowerCase();
    if (kind === "application-inference-profile") return { kind: "application-profile", arn: raw.trim() };
    if (kind !== "inference-profile")
      return region ? { kind: "region", region: region.toLowerCase() } : { kind: "in-region" };
    id = rest;
  }
  const parts = id.split(".");
  if (parts.length < 3) {
    return arn && arn[1] ? { kind: "region", region: arn[1].toLowerCase() } : { kind: "in-region" };
  }
  const prefix = (parts[0] ?? "").toLowerCase();
  const geography = BEDROCK_BY_PREFIX.get(prefix);
  if (geography === undefined) return { kind: "unknown-geography", prefix };
  const countries = geography.regions === "worldwide" ? "worldwide" : awsCountries(geography.regions);
  if (countries === undefined) return { kind: "unknown-geography", prefix };
  return {
    kind: "geography",
    destination: {
      countries,
      label: `the Amazon Bedrock \`${prefix}\` cross-Region inference geography`,
    },
  };
}

// ---- Azure AI Services / Azure OpenAI deployment types ----

/**
 * Microsoft's data zones: "If you create a DataZone deployment in an Azure OpenAI resource located
 * in the United States, prompts and responses may be processed anywhere within the United States.
 * If you create a DataZone deployment in an Azure OpenAI resource located in a European Union
 * Member Nation, prompts and responses may be processed in that or any other European Union
 * Member Nation." A resource elsewhere (UK, Switzerland, Norway, ...) has no documented data zone:
 * cannot verify.
 */
export interface AzureDataZone {
  readonly id: "eu" | "us";
  readonly countries: readonly CountryCode[];
  readonly label: string;
  readonly source: string;
}

const AZURE_DEPLOYMENT_TYPES_DOC =
  "https://learn.microsoft.com/azure/ai-foundry/openai/how-to/deployment-types";

export const AZURE_DATA_ZONES: readonly AzureDataZone[] = [
  {
    id: "eu",
    countries: EU_MEMBER_STATES,
    label: "the Azure EU data zone",
    source: AZURE_DEPLOYMENT_TYPES_DOC,
  },
  // Azure Government's USGov data zone (usgovarizona, usgovvirginia) lies in the US too.
  { id: "us", countries: ["US"], label: "the Azure US data zone", source: AZURE_DEPLOYMENT_TYPES_DOC },
];

/** The data zone of an account whose region lies in `countries`: undefined when none is documented. */
export function azureDataZoneOf(countries: readonly CountryCode[]): AzureDataZone | undefined {
  if (countries.length === 0) return undefined;
  return AZURE_DATA_ZONES.find((zone) => countries.every((c) => zone.countries.includes(c)));
}

/**
 * Deployment SKU names (`sku.name` of `azure-native:cognitiveservices:Deployment`) by processing
 * scope (source: AZURE_DEPLOYMENT_TYPES_DOC). `Standard` and `ProvisionedManaged` process in the
 * account's Azure geography and are judged at the account's location (no flow): whether that
 * geography is wider than the account's region (West Europe's geography is "Europe") cannot verify
 * from the sources read, so it is not modelled as a flow. Any other name starting `Global` /
 * `DataZone` is read by its prefix (a new SKU of either family: fail closed).
 */
export const AZURE_DEPLOYMENT_SCOPES = {
  worldwide: ["GlobalStandard", "GlobalProvisionedManaged", "GlobalBatch"],
  dataZone: ["DataZoneStandard", "DataZoneProvisionedManaged", "DataZoneBatch"],
} as const;

export type AzureDeploymentScope = "worldwide" | "data-zone" | "regional";

export function azureDeploymentScope(skuName: string): AzureDeploymentScope {
  const name = skuName.trim().toLowerCase();
  if (name.startsWith("global")) return "worldwide";
  if (name.startsWith("datazone")) return "data-zone";
  return "regional";
}

export const AZURE_GLOBAL_DESTINATION: InferenceDestination = {
  countries: "worldwide",
  label: "any Azure geography (a Global deployment type)",
};

// ---- Vertex AI ----

/**
 * Vertex AI's `global` location: "requests ... can be served from any region that supports the
 * model" (https://cloud.google.com/vertex-ai/generative-ai/docs/learn/locations#global-endpoint).
 */
export const VERTEX_GLOBAL_DESTINATION: InferenceDestination = {
  countries: "worldwide",
  label: "the Vertex AI `global` endpoint (any Google Cloud region)",
};

// gcp:vertex/* — Vertex AI datasets, feature stores, indexes, metadata stores, tensorboards (data)
// and endpoints, index endpoints, reasoning engines, Model Garden deployments (processing)
// (@pulumi/gcp 9.37, vertex/*.d.ts `...Args`: region or location, labels, encryptionSpec
// {kmsKeyName} (types/input.d.ts vertex.AiDatasetEncryptionSpec and siblings)).
//
// AI inference residency (issue 12, item 4): a Vertex resource in the `global` location may be
// served from any Google Cloud region — an `inference` flow to the whole world (./shared.ts
// `vertexGlobal`).
import { always } from "../../controls/encryptionRead";
import { GCP_REGION, GCP_REGIONAL_LOCATION, LABELS } from "../common";
import type { LocationRule } from "../../resource/types";
import type { EncryptionFact, TagRule, TypeDeclaration } from "../types";
import { gcpData, gcpProcessing, noLabels, vertexGlobalAt } from "./shared";

const SOURCE = "@pulumi/gcp 9.37 (vertex/*.d.ts); https://cloud.google.com/vertex-ai/docs/general/locations";

/** Always encrypted; `encryptionSpec.kmsKeyName` is the CMEK key when set. */
const VERTEX_KEY: EncryptionFact = {
  kind: "reader",
  read: (p) => always(p, ["encryptionSpec", "kmsKeyName"]),
};

/** A Vertex data holder in `region` (provider default applies). */
function vertexData(token: string, category: "database" | "storage", tags?: TagRule): TypeDeclaration {
  return gcpData({
    token,
    category,
    source: SOURCE,
    location: GCP_REGION,
    identities: ["name", "id"],
    flows: vertexGlobalAt("region"),
    encryption: VERTEX_KEY,
    ...(tags ? { tags } : {}),
  });
}

/** `AiEndpoint` has `location` (required) and `region` (same value); either may be `global`. */
const ENDPOINT_LOCATION: LocationRule = {
  properties: ["location", "region"],
  service: "regions",
  providerDefault: false,
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  vertexData("gcp:vertex/aiDataset:AiDataset", "storage"),
  vertexData("gcp:vertex/aiFeatureStore:AiFeatureStore", "database"),
  vertexData("gcp:vertex/aiFeatureOnlineStore:AiFeatureOnlineStore", "database"),
  vertexData("gcp:vertex/aiIndex:AiIndex", "database"),
  vertexData("gcp:vertex/aiTensorboard:AiTensorboard", "storage"),
  vertexData(
    "gcp:vertex/aiMetadataStore:AiMetadataStore",
    "database",
    noLabels("a Vertex AI metadata store"),
  ),
  {
    // A feature group is a view over a BigQuery table (`bigQuery.bigQuerySource.inputUri`): the
    // data stays there. Placed when tagged.
    token: "gcp:vertex/aiFeatureGroup:AiFeatureGroup",
    cloud: "gcp",
    class: "control-plane",
    source: SOURCE,
    location: GCP_REGION,
    tags: LABELS,
    identities: ["name", "id"],
  },
  gcpProcessing({
    token: "gcp:vertex/aiEndpoint:AiEndpoint",
    source: SOURCE,
    location: ENDPOINT_LOCATION,
    identities: ["name", "id"],
    flows: vertexGlobalAt("location"),
  }),
  gcpProcessing({
    token: "gcp:vertex/aiIndexEndpoint:AiIndexEndpoint",
    source: SOURCE,
    location: GCP_REGION,
    identities: ["name", "id"],
    flows: vertexGlobalAt("region"),
  }),
  gcpProcessing({
    token: "gcp:vertex/aiReasoningEngine:AiReasoningEngine",
    source: SOURCE,
    location: GCP_REGION,
    identities: ["name", "id"],
    flows: vertexGlobalAt("region"),
  }),
  gcpProcessing({
    token: "gcp:vertex/aiEndpointWithModelGardenDeployment:AiEndpointWithModelGardenDeployment",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    tags: noLabels("a Model Garden deployment"),
    identities: ["id"],
    flows: vertexGlobalAt("location"),
  }),
];

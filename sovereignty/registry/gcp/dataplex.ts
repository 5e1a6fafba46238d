// gcp:dataplex/* — Dataplex lakes: metadata and discovery over the buckets and datasets attached
// to them (@pulumi/gcp 9.37, dataplex/lake.d.ts `LakeArgs` {labels, location, metastore, name, ...}).
import { GCP_REGIONAL_LOCATION, LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/gcp 9.37 (dataplex/lake.d.ts); https://cloud.google.com/dataplex/docs/introduction";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    // Metadata over the buckets and datasets attached to it; the data stays there (judged there).
    // Placed when tagged, like every control-plane resource.
    token: "gcp:dataplex/lake:Lake",
    cloud: "gcp",
    class: "control-plane",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    tags: LABELS,
    identities: ["name", "id"],
  },
];

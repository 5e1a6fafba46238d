// gcp:artifactregistry/* — Artifact Registry repositories (@pulumi/gcp 9.37, artifactregistry/*.d.ts).
import { always } from "../../controls/encryptionRead";
import { GCP_REGIONAL_LOCATION, LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/gcp 9.37 (artifactregistry/*.d.ts); https://cloud.google.com/artifact-registry/docs/cmek";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:artifactregistry/repository:Repository",
    cloud: "gcp",
    class: "data",
    category: "storage",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    tags: LABELS,
    identities: ["name", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKeyName"]) },
  },
];

// gcp:logging/* — Cloud Logging buckets (@pulumi/gcp 9.37, logging/*.d.ts).
import { always } from "../../controls/encryptionRead";
import { GCP_REGIONAL_LOCATION } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/gcp 9.37 (logging/*.d.ts); https://cloud.google.com/logging/docs/routing/managed-encryption-storage";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:logging/projectBucketConfig:ProjectBucketConfig",
    cloud: "gcp",
    class: "data",
    category: "log",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    tags: {
      kind: "none",
      reason: "a log bucket config has no labels input: judged with `sovereignty.defaults`",
    },
    identities: ["name", "id"],
    // `cmekSettings.kmsKeyName` (`ProjectBucketConfigCmekSettings`).
    encryption: { kind: "reader", read: (p) => always(p, ["cmekSettings", "kmsKeyName"]) },
  },
];

// gcp:alloydb/* — AlloyDB clusters (@pulumi/gcp 9.37, alloydb/*.d.ts).
import { always } from "../../controls/encryptionRead";
import { GCP_REGIONAL_LOCATION, LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/gcp 9.37 (alloydb/*.d.ts); https://cloud.google.com/alloydb/docs/cmek";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:alloydb/cluster:Cluster",
    cloud: "gcp",
    class: "data",
    category: "database",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    tags: LABELS,
    identities: ["name", "id"],
    // `encryptionConfig.kmsKeyName` (`ClusterEncryptionConfig`).
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionConfig", "kmsKeyName"]) },
  },
];

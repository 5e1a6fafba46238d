// gcp:redis/* — Memorystore for Redis instances (@pulumi/gcp 9.37, redis/*.d.ts).
import { always } from "../../controls/encryptionRead";
import { GCP_REGION, LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/gcp 9.37 (redis/*.d.ts); https://cloud.google.com/memorystore/docs/redis/cmek";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:redis/instance:Instance",
    cloud: "gcp",
    class: "data",
    category: "cache",
    source: SOURCE,
    location: GCP_REGION,
    tags: LABELS,
    identities: ["name", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["customerManagedKey"]) },
  },
];

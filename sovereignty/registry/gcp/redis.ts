// gcp:redis/* — Memorystore for Redis instances (@pulumi/gcp 9.37, redis/*.d.ts).
import { always } from "../../controls/encryptionRead";
import { GCP_REGION, LABELS } from "../common";
import { each, fieldOf } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt, copyOfLocatedId, locatedId } from "./shared";

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
  // Added for issue 12: Memorystore for Redis Cluster and its cross-region replication.
  {
    token: "gcp:redis/cluster:Cluster",
    cloud: "gcp",
    class: "data",
    category: "cache",
    source:
      "@pulumi/gcp 9.37 (redis/cluster.d.ts); https://cloud.google.com/memorystore/docs/cluster/about-cross-region-replication",
    location: GCP_REGION,
    tags: LABELS,
    identities: ["name", "id"],
    // A primary replicates to `crossClusterReplicationConfig.secondaryClusters[].cluster` (resource
    // paths naming their region); a secondary is a copy of `primaryCluster.cluster`.
    flows: flowAt(
      "replication",
      "crossClusterReplicationConfig.secondaryClusters",
      each(fieldOf("cluster", locatedId)),
    ),
    origins: copyOfLocatedId(["crossClusterReplicationConfig", "primaryCluster", "cluster"]),
    // `kmsKey` (`ClusterArgs`), else Google-managed keys.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKey"]) },
  },
];

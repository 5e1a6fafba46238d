// gcp:alloydb/* — AlloyDB clusters (@pulumi/gcp 9.37, alloydb/*.d.ts).
import { always } from "../../controls/encryptionRead";
import { GCP_REGIONAL_LOCATION, LABELS } from "../common";
import { immutabilityGap } from "../../controls/immutabilityRead";
import { referenceOrigin } from "../../flows/origin";
import { field } from "../../flows/read";
import type { TypeDeclaration } from "../types";
import { copyOfLocatedId } from "./shared";

const CLUSTER = "gcp:alloydb/cluster:Cluster";
const SOURCE = "@pulumi/gcp 9.37 (alloydb/*.d.ts); https://cloud.google.com/alloydb/docs/cmek";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: CLUSTER,
    cloud: "gcp",
    class: "data",
    category: "database",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    tags: LABELS,
    identities: ["name", "id"],
    // Added for issue 12: a secondary cluster (`clusterType` SECONDARY) is a cross-region copy of
    // `secondaryConfig.primaryClusterName` (`ClusterSecondaryConfig`, a resource path naming its region).
    origins: copyOfLocatedId(["secondaryConfig", "primaryClusterName"], "read-replica"),
    // `encryptionConfig.kmsKeyName` (`ClusterEncryptionConfig`).
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionConfig", "kmsKeyName"]) },
  },
  // Added for issue 12: instances (the compute and cache of a cluster) and backups.
  {
    // An instance serves its cluster's data (`cluster`: the cluster's resource name) and takes its labels.
    token: "gcp:alloydb/instance:Instance",
    cloud: "gcp",
    class: "configures",
    source: SOURCE,
    configures: { property: "cluster", referenceKind: "id", targets: [CLUSTER] },
    identities: ["name", "id"],
  },
  {
    // A backup of `clusterName`, stored in its own `location`: a copy of that cluster's data.
    token: "gcp:alloydb/backup:Backup",
    cloud: "gcp",
    class: "data",
    category: "backup",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    tags: LABELS,
    identities: ["name", "id"],
    origins: (props) =>
      referenceOrigin("gcp", "backup-copy", "clusterName", field(props, "clusterName"), "id"),
    // `encryptionConfig.kmsKeyName` (`BackupEncryptionConfig`), else Google-managed keys.
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionConfig", "kmsKeyName"]) },
    immutability: immutabilityGap(
      "an AlloyDB backup has no retention lock; WORM copies go through a Backup and DR backup vault",
    ),
  },
];

// gcp:memorystore/* — Memorystore for Valkey instances and their cross-region replication
// (@pulumi/gcp 9.37, memorystore/instance.d.ts `InstanceArgs` {crossInstanceReplicationConfig,
// kmsKey, labels, location, ...}; types/input.d.ts memorystore.InstanceCrossInstanceReplicationConfig
// {primaryInstance: {instance}, secondaryInstances: [{instance}]}).
import { always } from "../../controls/encryptionRead";
import { GCP_REGIONAL_LOCATION } from "../common";
import { each, fieldOf } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt, gcpData, copyOfLocatedId, locatedId } from "./shared";

const SOURCE =
  "@pulumi/gcp 9.37 (memorystore/instance.d.ts); https://cloud.google.com/memorystore/docs/valkey/about-cross-region-replication";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  gcpData({
    token: "gcp:memorystore/instance:Instance",
    category: "cache",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    identities: ["name", "id"],
    // A primary replicates to each secondary instance (resource paths naming their region); a
    // secondary is a copy of `primaryInstance.instance`.
    flows: flowAt(
      "replication",
      "crossInstanceReplicationConfig.secondaryInstances",
      each(fieldOf("instance", locatedId)),
    ),
    origins: copyOfLocatedId(["crossInstanceReplicationConfig", "primaryInstance", "instance"]),
    // `kmsKey`, else Google-managed keys.
    encryption: { kind: "reader", read: (p) => always(p, ["kmsKey"]) },
  }),
];

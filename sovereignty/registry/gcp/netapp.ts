// gcp:netapp/* — NetApp Volumes replication and backup vaults (@pulumi/gcp 9.37;
// netapp/volumeReplication.d.ts `VolumeReplicationArgs` {location, volumeName, labels,
// destinationVolumeParameters: VolumeReplicationDestinationVolumeParameters {storagePool, volumeId,
// shareName, ...}}; netapp/backupVault.d.ts `BackupVaultArgs` {location, backupRegion,
// backupVaultType, backupRetentionPolicy, kmsConfig, labels}).
import { always } from "../../controls/encryptionRead";
import { immutabilityGap } from "../../controls/immutabilityRead";
import { readString } from "../../flows/read";
import { GCP_REGIONAL_LOCATION } from "../common";
import type { Emit } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt, gcpData, locatedId } from "./shared";

const REPLICATION_SOURCE =
  "@pulumi/gcp 9.37 (netapp/volumeReplication.d.ts); https://cloud.google.com/netapp/volumes/docs/reference/rest/v1/projects.locations.volumes.replications";
const VAULT_SOURCE =
  "@pulumi/gcp 9.37 (netapp/backupVault.d.ts); https://cloud.google.com/netapp/volumes/docs/protect-data/create-backup-vault";

/**
 * `backupRegion`: a region (`us-west2`), or the API's form `projects/{project}/locations/{location}`
 * (the NetApp v1 API reference); either way, the region the backups are stored in.
 */
const backupRegion: Emit = (out, kind, property, raw) => {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "absent") return;
  const region = /(?:^|\/)locations\/([^/]+)\/?$/.exec(read.value)?.[1] ?? read.value;
  out.location(kind, property, "regions", region.toLowerCase());
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  // "An asynchronous mirror of a volume in a different location" (the type's own description).
  // The destination volume is created in `destinationVolumeParameters.storagePool`
  // (`projects/{project}/locations/{location}/storagePools/{pool}`): its `locations/` segment is
  // where the copy lives; a bare pool name is a reference the stack resolves. The SDK describes
  // `location` as the destination's region while its own example sets the source volume's: the
  // resource is placed by `location` either way, and the destination is read from the pool.
  gcpData({
    token: "gcp:netapp/volumeReplication:VolumeReplication",
    category: "storage",
    source: REPLICATION_SOURCE,
    location: GCP_REGIONAL_LOCATION,
    identities: ["name", "id"],
    flows: flowAt("replication", "destinationVolumeParameters.storagePool", locatedId),
    encryption: {
      kind: "gap",
      reason:
        "`VolumeReplicationArgs` has no key input: the destination volume is encrypted by its storage pool's `kmsConfig` (`gcp:netapp/storagePool:StoragePool`)",
    },
  }),
  // `backupVaultType` `CROSS_REGION` stores the backups in `backupRegion` ("Region in which
  // backup is stored"; the console's "Cross-region … destination region", page above), not the
  // vault's `location`; `IN_REGION` (the default) stores them in the volume's region.
  gcpData({
    token: "gcp:netapp/backupVault:BackupVault",
    category: "backup",
    source: VAULT_SOURCE,
    location: GCP_REGIONAL_LOCATION,
    identities: ["name", "id"],
    flows: flowAt("backup-location", "backupRegion", backupRegion),
    encryption: { kind: "reader", read: (p) => always(p, ["kmsConfig"]) },
    immutability: immutabilityGap(
      "`backupRetentionPolicy` locks backups per schedule (`dailyBackupImmutable`, `weeklyBackupImmutable`, `monthlyBackupImmutable`, `manualBackupImmutable`): not read by this model",
    ),
  }),
];

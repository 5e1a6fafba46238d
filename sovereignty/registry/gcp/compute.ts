// gcp:compute/* — persistent disks (@pulumi/gcp 9.37, compute/disk.d.ts, compute/regionDisk.d.ts;
// input types DiskDiskEncryptionKey, RegionDiskDiskEncryptionKey, DiskAsyncPrimaryDisk {disk},
// RegionDiskAsyncPrimaryDisk {disk}; compute/diskAsyncReplication.d.ts `DiskAsyncReplicationArgs`
// {primaryDisk, secondaryDisk: DiskAsyncReplicationSecondaryDisk {disk, state}}).
import { always, keyOr, type EncryptionReader } from "../../controls/encryptionRead";
import { immutabilityGap } from "../../controls/immutabilityRead";
import { referenceOrigin, type OriginFunction } from "../../flows/origin";
import { Destinations, field, readArray, readObject } from "../../flows/read";
import { readString } from "../../resource/properties";
import { GCP_REGION, GCP_ZONE, LABELS } from "../common";
import { flowAt, reference } from "../paths";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/gcp 9.37 (compute/*.d.ts); https://cloud.google.com/compute/docs/disks/customer-managed-encryption";

/**
 * Compute disks also take a customer-*supplied* key (`rawKey`, `rsaEncryptedKey`): stronger than a
 * CMEK and held by nobody but the customer. It is reported as customer-managed without exposing
 * the key material and without a region (it has none).
 */
function diskKey(kmsProperty: string): EncryptionReader {
  return (p) => {
    const kms = readString(p, ["diskEncryptionKey", kmsProperty]);
    if (kms.kind !== "absent") return keyOr(kms, { kind: "provider-default", property: kms.property });
    for (const supplied of ["rawKey", "rsaEncryptedKey"]) {
      const read = readString(p, ["diskEncryptionKey", supplied]);
      if (read.kind === "unknown") return { kind: "unknown", property: read.property, atRest: "on" };
      if (read.kind === "value")
        return {
          kind: "customer-managed",
          key: { raw: "(customer-supplied key)", property: read.property, service: "regions" },
        };
    }
    return { kind: "provider-default", property: kms.property };
  };
}

/**
 * A copy of a disk's data in `storageLocations` (`SnapshotArgs` / `ImageArgs` {storageLocations,
 * sourceDisk, snapshotEncryptionKey / imageEncryptionKey: {kmsKeySelfLink}, labels, ...}). Absent,
 * Google stores it in the multi-region (or region) nearest the source disk: that choice is not
 * modelled here — cannot verify — so the flow is unknown; set `storageLocations` explicitly.
 */
function diskCopy(token: string, sourceDisk: string, keyProperty: string): TypeDeclaration {
  return {
    token,
    cloud: "gcp",
    class: "data",
    category: "backup",
    source: `${SOURCE}; https://cloud.google.com/compute/docs/disks/snapshots#selecting_a_storage_location`,
    location: { properties: ["storageLocations.0"], service: "gcs", providerDefault: false },
    tags: LABELS,
    identities: ["name", "id"],
    flows: (props) => {
      const out = new Destinations("gcp");
      if (readArray(field(props, "storageLocations")).state === "absent")
        out.unknown("backup-location", "storageLocations");
      return out.list();
    },
    origins: (props) => referenceOrigin("gcp", "backup-copy", sourceDisk, field(props, sourceDisk), "name"),
    encryption: { kind: "reader", read: (p) => always(p, [keyProperty, "kmsKeySelfLink"]) },
    immutability: immutabilityGap(
      "a Compute Engine snapshot or image has no retention lock; WORM copies go through a Backup and DR backup vault",
    ),
  };
}

const ASYNC_SOURCE =
  "@pulumi/gcp 9.37 (compute/disk.d.ts, compute/regionDisk.d.ts, compute/diskAsyncReplication.d.ts); https://cloud.google.com/compute/docs/disks/async-pd/about";
const DISK = "gcp:compute/disk:Disk";
const REGION_DISK = "gcp:compute/regionDisk:RegionDisk";

/**
 * Asynchronous replication: the secondary disk (in another region of the pair) is created with
 * `asyncPrimaryDisk.disk` naming its primary, and holds a copy of the primary's blocks.
 */
const asyncSecondaryOrigins: OriginFunction = (props) => {
  const block = readObject(field(props, "asyncPrimaryDisk"));
  if (block.state === "unknown")
    return [{ kind: "replication", cloud: "gcp", property: "asyncPrimaryDisk", source: { kind: "unknown" } }];
  if (block.state === "absent") return [];
  return referenceOrigin("gcp", "replication", "asyncPrimaryDisk.disk", field(block.value, "disk"), "id");
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: DISK,
    cloud: "gcp",
    class: "data",
    category: "storage",
    source: `${SOURCE}; ${ASYNC_SOURCE}`,
    location: GCP_ZONE,
    tags: LABELS,
    identities: ["name", "id"],
    origins: asyncSecondaryOrigins,
    encryption: { kind: "reader", read: diskKey("kmsKeySelfLink") },
  },
  {
    token: REGION_DISK,
    cloud: "gcp",
    class: "data",
    category: "storage",
    source: `${SOURCE}; ${ASYNC_SOURCE}`,
    location: GCP_REGION,
    tags: LABELS,
    identities: ["name", "id"],
    origins: asyncSecondaryOrigins,
    encryption: { kind: "reader", read: diskKey("kmsKeyName") },
  },
  {
    // Starts replication from `primaryDisk` to `secondaryDisk.disk`: the flow the secondary's own
    // `asyncPrimaryDisk` declares from the other end. No labels of its own: judged with the primary's.
    token: "gcp:compute/diskAsyncReplication:DiskAsyncReplication",
    cloud: "gcp",
    class: "configures",
    source: ASYNC_SOURCE,
    configures: { property: "primaryDisk", referenceKind: "id", targets: [DISK, REGION_DISK] },
    identities: ["id"],
    flows: flowAt("gcp", "replication", "secondaryDisk.disk", reference("id")),
  },
  // Added for issue 12 (processing): a VM processes data in its zone.
  {
    token: "gcp:compute/instance:Instance",
    cloud: "gcp",
    class: "processes",
    source:
      "@pulumi/gcp 9.37 InstanceArgs (compute/instance.d.ts: zone, labels); https://cloud.google.com/compute/docs/regions-zones",
    location: GCP_ZONE,
    tags: LABELS,
    identities: ["name", "id"],
  },
  // Added for issue 12: snapshots and images are copies of a disk's data, stored in their own
  // `storageLocations` (a region or a Cloud Storage multi-region, read in the `gcs` namespace).
  diskCopy("gcp:compute/snapshot:Snapshot", "sourceDisk", "snapshotEncryptionKey"),
  diskCopy("gcp:compute/image:Image", "sourceDisk", "imageEncryptionKey"),
];

// GCP (pulumi-gcp v9) encryption-at-rest readers. Google encrypts all data at rest by default; a
// CMEK is a Cloud KMS key resource id whose `locations/<loc>` segment places it. Property paths
// from node_modules/@pulumi/gcp/<module>/<resource>.d.ts and types/input.d.ts, as cited per type.
import { readArray, readString, type PropertyBag } from "../resource/properties";
import { always, keyOr, type EncryptionReader } from "./encryptionRead";
import type { EncryptionReading } from "./types";

/**
 * Compute disks also take a customer-*supplied* key (`rawKey`, `rsaEncryptedKey`): stronger than a
 * CMEK and held by nobody but the customer. It is reported as customer-managed without exposing
 * the key material and without a region (it has none).
 */
function computeDisk(kmsProperty: string): EncryptionReader {
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
 * secretmanager/secret.d.ts `replication` (types/input.d.ts SecretReplication*): `auto` has one
 * optional `customerManagedEncryption.kmsKeyName`; `userManaged.replicas[]` one per replica, each
 * key in its replica's location. Every replica must have a key for the secret to count as CMEK;
 * the first replica without one is named.
 */
function secret(p: PropertyBag): EncryptionReading {
  const auto = readString(p, ["replication", "auto", "customerManagedEncryption", "kmsKeyName"]);
  if (auto.kind !== "absent") return keyOr(auto, { kind: "provider-default", property: auto.property });
  const replicas = readArray(p, ["replication", "userManaged", "replicas"]);
  if (replicas.kind === "unknown") return { kind: "unknown", property: replicas.property, atRest: "on" };
  if (replicas.kind === "absent" || replicas.value.length === 0)
    return { kind: "provider-default", property: auto.property };
  let first: EncryptionReading | undefined;
  for (let i = 0; i < replicas.value.length; i++) {
    const key = readString(p, [
      "replication",
      "userManaged",
      "replicas",
      i,
      "customerManagedEncryption",
      "kmsKeyName",
    ]);
    const reading = keyOr(key, { kind: "provider-default", property: key.property });
    if (reading.kind !== "customer-managed") return reading;
    first ??= reading;
  }
  return first!;
}

export const GCP_ENCRYPTION: Readonly<Record<string, EncryptionReader>> = {
  "gcp:storage/bucket:Bucket": (p) => always(p, ["encryption", "defaultKmsKeyName"]),
  // bigquery/dataset.d.ts `defaultEncryptionConfiguration.kmsKeyName`.
  "gcp:bigquery/dataset:Dataset": (p) => always(p, ["defaultEncryptionConfiguration", "kmsKeyName"]),
  "gcp:sql/databaseInstance:DatabaseInstance": (p) => always(p, ["encryptionKeyName"]),
  // pubsub/topic.d.ts `kmsKeyName`.
  "gcp:pubsub/topic:Topic": (p) => always(p, ["kmsKeyName"]),
  "gcp:redis/instance:Instance": (p) => always(p, ["customerManagedKey"]),
  // compute/disk.d.ts `diskEncryptionKey` (DiskDiskEncryptionKey.kmsKeySelfLink);
  // compute/regionDisk.d.ts (RegionDiskDiskEncryptionKey.kmsKeyName).
  "gcp:compute/disk:Disk": computeDisk("kmsKeySelfLink"),
  "gcp:compute/regionDisk:RegionDisk": computeDisk("kmsKeyName"),
  // artifactregistry/repository.d.ts `kmsKeyName`.
  "gcp:artifactregistry/repository:Repository": (p) => always(p, ["kmsKeyName"]),
  "gcp:secretmanager/secret:Secret": secret,
  // spanner/database.d.ts `encryptionConfig` (DatabaseEncryptionConfig.kmsKeyName, or kmsKeyNames[]
  // for multi-region configs: "The keys must exist in the same locations as the Spanner Database").
  "gcp:spanner/database:Database": (p) => {
    const one = readString(p, ["encryptionConfig", "kmsKeyName"]);
    if (one.kind !== "absent") return keyOr(one, { kind: "provider-default", property: one.property });
    const many = readArray(p, ["encryptionConfig", "kmsKeyNames"]);
    if (many.kind === "unknown") return { kind: "unknown", property: many.property, atRest: "on" };
    if (many.kind === "absent" || many.value.length === 0)
      return { kind: "provider-default", property: one.property };
    return keyOr(readString(p, ["encryptionConfig", "kmsKeyNames", 0]), {
      kind: "provider-default",
      property: one.property,
    });
  },
  // alloydb/cluster.d.ts `encryptionConfig.kmsKeyName` (ClusterEncryptionConfig).
  "gcp:alloydb/cluster:Cluster": (p) => always(p, ["encryptionConfig", "kmsKeyName"]),
  // firestore/database.d.ts `cmekConfig.kmsKeyName` (DatabaseCmekConfig: nam5 ↔ KMS `us`, eur3 ↔ `europe`).
  "gcp:firestore/database:Database": (p) => always(p, ["cmekConfig", "kmsKeyName"]),
  // filestore/instance.d.ts `kmsKeyName`.
  "gcp:filestore/instance:Instance": (p) => always(p, ["kmsKeyName"]),
  // logging/projectBucketConfig.d.ts `cmekSettings.kmsKeyName` (ProjectBucketConfigCmekSettings).
  "gcp:logging/projectBucketConfig:ProjectBucketConfig": (p) => always(p, ["cmekSettings", "kmsKeyName"]),
  // backupdisasterrecovery/backupVault.d.ts `encryptionConfig.kmsKeyName` (BackupVaultEncryptionConfig:
  // "The key must be in the same location as the backup vault").
  "gcp:backupdisasterrecovery/backupVault:BackupVault": (p) => always(p, ["encryptionConfig", "kmsKeyName"]),
};

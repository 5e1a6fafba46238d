// Encryption at rest and customer-managed keys, per type. Property paths from the installed
// SDKs' `...Args` interfaces (node_modules/@pulumi/aws/<mod>/<res>.d.ts, azure-native v3,
// gcp v9) and clouds.md §2.
import { canonicalToken } from "../resource/dataHolding";
import { readBoolean, readString, type PropertyBag, type PropertyRead } from "../resource/properties";
import type { EncryptionReading, KeyReference } from "./types";

/** The region a key reference names, when it names one (ARN, GCP resource id). */
export function keyReference(raw: string, property: string): KeyReference {
  const arn = /^arn:[^:]+:kms:([^:]*):/.exec(raw);
  if (arn && arn[1]) return { raw, property, region: arn[1], service: "regions" };
  const gcp = /(?:^|\/)locations\/([^/]+)\/keyRings\//.exec(raw);
  if (gcp && gcp[1]) return { raw, property, region: gcp[1], service: "gcp-kms" };
  return { raw, property, service: "regions" };
}

/** `read` is a key reference on a resource that is encrypted at rest whatever key it names. */
function keyOr(read: PropertyRead, fallback: EncryptionReading): EncryptionReading {
  if (read.kind === "unknown") return { kind: "unknown", property: read.property, atRest: "on" };
  if (read.kind === "value")
    return { kind: "customer-managed", key: keyReference(read.value as string, read.property) };
  return fallback;
}

/** `flag` must be true for encryption; then `key` (if set) is the CMK. */
function flagged(props: PropertyBag, flag: string[], key: string[]): EncryptionReading {
  const enabled = readBoolean(props, flag);
  if (enabled.kind === "unknown") return { kind: "unknown", property: enabled.property, atRest: "unknown" };
  if (enabled.kind !== "value" || enabled.value !== true)
    return { kind: "disabled", property: enabled.property };
  return keyOr(readString(props, key), { kind: "provider-default", property: enabled.property });
}

/** Always encrypted by the service; `key` (if set) is the CMK. */
function always(props: PropertyBag, key: string[]): EncryptionReading {
  return keyOr(readString(props, key), { kind: "provider-default", property: key.join(".") });
}

type Reader = (props: PropertyBag) => EncryptionReading;

const READERS: Readonly<Record<string, Reader>> = {
  // S3 encrypts every object by default since 2023-01-05 (SSE-S3). A CMK is set on the inline
  // (deprecated) block or, usually, on a BucketServerSideEncryptionConfiguration side resource.
  "aws:s3/bucket:Bucket": (p) => {
    const inline = readString(p, [
      "serverSideEncryptionConfiguration",
      "rule",
      "applyServerSideEncryptionByDefault",
      "kmsMasterKeyId",
    ]);
    if (inline.kind !== "absent")
      return keyOr(inline, { kind: "provider-default", property: inline.property });
    return {
      kind: "elsewhere",
      via: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    };
  },
  "aws:ebs/volume:Volume": (p) => flagged(p, ["encrypted"], ["kmsKeyId"]),
  "aws:efs/fileSystem:FileSystem": (p) => flagged(p, ["encrypted"], ["kmsKeyId"]),
  "aws:rds/instance:Instance": (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]),
  "aws:rds/cluster:Cluster": (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]),
  "aws:docdb/cluster:Cluster": (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]),
  "aws:neptune/cluster:Cluster": (p) => flagged(p, ["storageEncrypted"], ["kmsKeyArn"]),
  // `encrypted` is a string ("true"/"false") defaulting to true (node_modules/@pulumi/aws/redshift/cluster.d.ts).
  "aws:redshift/cluster:Cluster": (p) => {
    const enabled = readBoolean(p, ["encrypted"]);
    if (enabled.kind === "unknown") return { kind: "unknown", property: enabled.property, atRest: "unknown" };
    if (enabled.kind === "value" && enabled.value === false)
      return { kind: "disabled", property: enabled.property };
    return always(p, ["kmsKeyId"]);
  },
  // DynamoDB always encrypts (AWS owned key); `serverSideEncryption.enabled` selects a KMS key.
  "aws:dynamodb/table:Table": (p) => {
    const enabled = readBoolean(p, ["serverSideEncryption", "enabled"]);
    // Either way the table is encrypted at rest (AWS owned key when not enabled).
    if (enabled.kind === "unknown") return { kind: "unknown", property: enabled.property, atRest: "on" };
    if (enabled.kind !== "value" || enabled.value !== true)
      return { kind: "provider-default", property: enabled.property };
    return keyOr(readString(p, ["serverSideEncryption", "kmsKeyArn"]), {
      kind: "provider-default",
      property: "serverSideEncryption.kmsKeyArn",
    });
  },
  "aws:backup/vault:Vault": (p) => always(p, ["kmsKeyArn"]),
  "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault": (p) => always(p, ["encryptionKeyArn"]),
  "aws:sqs/queue:Queue": (p) => {
    const key = readString(p, ["kmsMasterKeyId"]);
    if (key.kind !== "absent") return keyOr(key, { kind: "disabled", property: "kmsMasterKeyId" });
    const managed = readBoolean(p, ["sqsManagedSseEnabled"]);
    if (managed.kind === "unknown") return { kind: "unknown", property: managed.property, atRest: "unknown" };
    // SSE-SQS is the default for new queues since 2022-10 unless explicitly disabled.
    if (managed.kind === "value" && managed.value === false)
      return { kind: "disabled", property: managed.property };
    return { kind: "provider-default", property: "sqsManagedSseEnabled" };
  },
  "aws:sns/topic:Topic": (p) =>
    keyOr(readString(p, ["kmsMasterKeyId"]), { kind: "disabled", property: "kmsMasterKeyId" }),
  "aws:kinesis/stream:Stream": (p) => {
    const type = readString(p, ["encryptionType"]);
    if (type.kind === "unknown") return { kind: "unknown", property: type.property, atRest: "unknown" };
    if (type.kind !== "value" || (type.value as string).toUpperCase() !== "KMS")
      return { kind: "disabled", property: "encryptionType" };
    return keyOr(readString(p, ["kmsKeyId"]), { kind: "provider-default", property: "kmsKeyId" });
  },
  "aws:cloudwatch/logGroup:LogGroup": (p) => always(p, ["kmsKeyId"]),
  "aws:cloudtrail/trail:Trail": (p) => always(p, ["kmsKeyId"]),
  "aws:secretsmanager/secret:Secret": (p) => always(p, ["kmsKeyId"]),
  // Defaults to false for `redis`, true for `valkey` (node_modules/@pulumi/aws/elasticache/replicationGroup.d.ts).
  "aws:elasticache/replicationGroup:ReplicationGroup": (p) => {
    const flag = readBoolean(p, ["atRestEncryptionEnabled"]);
    if (flag.kind === "absent") {
      const engine = readString(p, ["engine"]);
      if (engine.kind === "unknown") return { kind: "unknown", property: engine.property, atRest: "unknown" };
      if (engine.kind === "value" && (engine.value as string).toLowerCase() === "valkey")
        return keyOr(readString(p, ["kmsKeyId"]), { kind: "provider-default", property: "engine" });
    }
    return flagged(p, ["atRestEncryptionEnabled"], ["kmsKeyId"]);
  },
  "aws:opensearch/domain:Domain": (p) =>
    flagged(p, ["encryptAtRest", "enabled"], ["encryptAtRest", "kmsKeyId"]),
  // Azure encrypts at rest by default; a CMK is a Key Vault key URI (no region in it). Storage
  // service encryption cannot be disabled; `keySource` only picks the key
  // (https://learn.microsoft.com/azure/storage/common/storage-service-encryption).
  "azure-native:storage:StorageAccount": (p) => {
    const source = readString(p, ["encryption", "keySource"]);
    if (source.kind === "unknown") return { kind: "unknown", property: source.property, atRest: "on" };
    if (source.kind === "value" && (source.value as string).toLowerCase() === "microsoft.keyvault") {
      return keyOr(readString(p, ["encryption", "keyVaultProperties", "keyVaultUri"]), {
        kind: "unknown",
        property: "encryption.keyVaultProperties.keyVaultUri",
        atRest: "on",
      });
    }
    return { kind: "provider-default", property: "encryption.keySource" };
  },
  "azure-native:cosmosdb:DatabaseAccount": (p) => always(p, ["keyVaultKeyUri"]),
  "azure-native:documentdb:DatabaseAccount": (p) => always(p, ["keyVaultKeyUri"]),
  "azure-native:dbforpostgresql:Server": (p) => {
    // Always encrypted at rest (service-managed key unless AzureKeyVault).
    const type = readString(p, ["dataEncryption", "type"]);
    if (type.kind === "unknown") return { kind: "unknown", property: type.property, atRest: "on" };
    if (type.kind === "value" && type.value === "AzureKeyVault") {
      return keyOr(readString(p, ["dataEncryption", "primaryKeyURI"]), {
        kind: "unknown",
        property: "dataEncryption.primaryKeyURI",
        atRest: "on",
      });
    }
    return { kind: "provider-default", property: "dataEncryption.type" };
  },
  "azure-native:recoveryservices:Vault": (p) =>
    always(p, ["properties", "encryption", "keyVaultProperties", "keyUri"]),
  "azure-native:keyvault:Vault": () => ({ kind: "provider-default", property: "properties" }),
  // GCP encrypts at rest by default; a CMEK is a key resource id with its location.
  "gcp:storage/bucket:Bucket": (p) => always(p, ["encryption", "defaultKmsKeyName"]),
  "gcp:bigquery/dataset:Dataset": (p) => always(p, ["defaultEncryptionConfiguration", "kmsKeyName"]),
  "gcp:sql/databaseInstance:DatabaseInstance": (p) => always(p, ["encryptionKeyName"]),
  "gcp:pubsub/topic:Topic": (p) => always(p, ["kmsKeyName"]),
  "gcp:redis/instance:Instance": (p) => always(p, ["customerManagedKey"]),
  "gcp:compute/disk:Disk": (p) => always(p, ["diskEncryptionKey", "kmsKeySelfLink"]),
  "gcp:artifactregistry/repository:Repository": (p) => always(p, ["kmsKeyName"]),
  "gcp:secretmanager/secret:Secret": () => ({ kind: "provider-default", property: "replication" }),
};

export function readEncryption(type: string, props: PropertyBag): EncryptionReading {
  const reader = READERS[canonicalToken(type)];
  return reader ? reader(props) : { kind: "not-modelled" };
}

/** Keys are encryption themselves: a key is never "unencrypted". */
export function isKeyType(type: string): boolean {
  return /^(aws:kms\/|azure-native:keyvault:|gcp:kms\/)/.test(type);
}

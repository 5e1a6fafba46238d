// AWS encryption-at-rest readers. Property paths from the installed SDK's `...Args` interfaces
// (node_modules/@pulumi/aws/<module>/<resource>.d.ts, pulumi-aws 7.48) unless noted.
import { readBoolean, readString } from "../resource/properties";
import { always, flagged, inherited, keyOr, serviceKeysOnly, type EncryptionReader } from "./encryptionRead";

export const AWS_ENCRYPTION: Readonly<Record<string, EncryptionReader>> = {
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
  // ebs/snapshot.d.ts: `SnapshotArgs` has only `volumeId`; `encrypted`/`kmsKeyId` are outputs copied
  // from the volume (SnapshotState).
  "aws:ebs/snapshot:Snapshot": (p) =>
    inherited(p, "volumeId", ["aws:ebs/volume:Volume"]) ?? {
      kind: "unknown",
      property: "volumeId",
      atRest: "unknown",
    },
  "aws:efs/fileSystem:FileSystem": (p) => flagged(p, ["encrypted"], ["kmsKeyId"]),
  // glacier/vault.d.ts: no encryption input. Glacier encrypts every archive with AES-256 under keys
  // AWS maintains (S3 Glacier Developer Guide, "Data encryption"); no customer-managed key can be
  // chosen, so personal/special data in a Glacier vault cannot meet the CMK rule.
  "aws:glacier/vault:Vault": serviceKeysOnly("(Glacier: AWS-managed AES-256 keys only)"),
  "aws:rds/instance:Instance": (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]),
  "aws:rds/cluster:Cluster": (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]),
  // rds/snapshot.d.ts, rds/clusterSnapshot.d.ts: encryption is the source's (outputs only).
  "aws:rds/snapshot:Snapshot": (p) =>
    inherited(p, "dbInstanceIdentifier", ["aws:rds/instance:Instance"]) ?? {
      kind: "unknown",
      property: "dbInstanceIdentifier",
      atRest: "unknown",
    },
  "aws:rds/clusterSnapshot:ClusterSnapshot": (p) =>
    inherited(p, "dbClusterIdentifier", ["aws:rds/cluster:Cluster"]) ?? {
      kind: "unknown",
      property: "dbClusterIdentifier",
      atRest: "unknown",
    },
  "aws:docdb/cluster:Cluster": (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]),
  "aws:neptune/cluster:Cluster": (p) => flagged(p, ["storageEncrypted"], ["kmsKeyArn"]),
  // `encrypted` is a string ("true"/"false") defaulting to true (redshift/cluster.d.ts).
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
  // sns/topic.d.ts `kmsMasterKeyId`: SNS topics are unencrypted unless a KMS key is set.
  "aws:sns/topic:Topic": (p) =>
    keyOr(readString(p, ["kmsMasterKeyId"]), { kind: "disabled", property: "kmsMasterKeyId" }),
  "aws:kinesis/stream:Stream": (p) => {
    const type = readString(p, ["encryptionType"]);
    if (type.kind === "unknown") return { kind: "unknown", property: type.property, atRest: "unknown" };
    if (type.kind !== "value" || (type.value as string).toUpperCase() !== "KMS")
      return { kind: "disabled", property: "encryptionType" };
    return keyOr(readString(p, ["kmsKeyId"]), { kind: "provider-default", property: "kmsKeyId" });
  },
  // kinesis/firehoseDeliveryStream.d.ts `serverSideEncryption` (types/input.d.ts
  // FirehoseDeliveryStreamServerSideEncryption): `enabled` defaults to false; `keyType`
  // AWS_OWNED_CMK (default) or CUSTOMER_MANAGED_CMK, which requires `keyArn`.
  "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream": (p) => {
    const enabled = readBoolean(p, ["serverSideEncryption", "enabled"]);
    if (enabled.kind === "unknown") return { kind: "unknown", property: enabled.property, atRest: "unknown" };
    if (enabled.kind !== "value" || enabled.value !== true)
      return { kind: "disabled", property: enabled.property };
    const keyType = readString(p, ["serverSideEncryption", "keyType"]);
    if (keyType.kind === "unknown") return { kind: "unknown", property: keyType.property, atRest: "on" };
    if (keyType.kind === "value" && (keyType.value as string).toUpperCase() === "CUSTOMER_MANAGED_CMK") {
      return keyOr(readString(p, ["serverSideEncryption", "keyArn"]), {
        kind: "unknown",
        property: "serverSideEncryption.keyArn",
        atRest: "on",
      });
    }
    return { kind: "provider-default", property: keyType.property };
  },
  // msk/cluster.d.ts `encryptionInfo` (types/input.d.ts ClusterEncryptionInfo): always encrypted;
  // without a key the AWS managed `aws/msk` key is used.
  "aws:msk/cluster:Cluster": (p) => always(p, ["encryptionInfo", "encryptionAtRestKmsKeyArn"]),
  "aws:cloudwatch/logGroup:LogGroup": (p) => always(p, ["kmsKeyId"]),
  "aws:cloudtrail/trail:Trail": (p) => always(p, ["kmsKeyId"]),
  "aws:secretsmanager/secret:Secret": (p) => always(p, ["kmsKeyId"]),
  // Defaults to false for `redis`, true for `valkey` (elasticache/replicationGroup.d.ts).
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
  // elasticache/cluster.d.ts has no at-rest setting: a node of a replication group takes the
  // group's; a standalone cluster (memcached, or a single redis node) cannot be encrypted at rest.
  "aws:elasticache/cluster:Cluster": (p) =>
    inherited(p, "replicationGroupId", ["aws:elasticache/replicationGroup:ReplicationGroup"]) ?? {
      kind: "disabled",
      property: "replicationGroupId",
    },
  // elasticache/serverlessCache.d.ts `kmsKeyId`: "If no KMS key is provided, a default service key is used."
  "aws:elasticache/serverlessCache:ServerlessCache": (p) => always(p, ["kmsKeyId"]),
  // memorydb/cluster.d.ts `kmsKeyArn`; MemoryDB at-rest encryption is always enabled
  // (https://docs.aws.amazon.com/memorydb/latest/devguide/at-rest-encryption.html).
  "aws:memorydb/cluster:Cluster": (p) => always(p, ["kmsKeyArn"]),
  "aws:opensearch/domain:Domain": (p) =>
    flagged(p, ["encryptAtRest", "enabled"], ["encryptAtRest", "kmsKeyId"]),
};

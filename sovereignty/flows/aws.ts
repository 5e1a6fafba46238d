// Where data goes on AWS (`@pulumi/aws` 7.48). Every property path below was read in the installed
// SDK: node_modules/@pulumi/aws/<module>/<resource>.d.ts (the `...Args` interface) and
// node_modules/@pulumi/aws/types/input.d.ts (nested input types); the file is cited per function.
import type { FlowContext, FlowFunction, FlowKind } from "./types";
import type { FlowOrigin, OriginFunction } from "./origin";
import { referenceOrigin } from "./origin";
import { arnRegion, isArn } from "./arn";
import { Destinations, field, forEachItem, path, readObject, readString } from "./read";

/**
 * A property holding an ARN (or a plain name): an ARN with a region is a location; an ARN without
 * one (S3 buckets) or a plain name is a resource the stack must resolve.
 */
function arnOrResource(out: Destinations, kind: FlowKind, property: string, raw: unknown): void {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "absent") return;
  const region = arnRegion(read.value);
  if (region !== undefined) return out.location(kind, property, "regions", region);
  out.resource(kind, property, read.value, isArn(read.value) ? "arn" : "name");
}

/** A property holding a region name. */
function region(out: Destinations, kind: FlowKind, property: string, raw: unknown): void {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "value") out.location(kind, property, "regions", read.value.toLowerCase());
}

/** A rule S3 will not run. An unknown or absent status counts as enabled (fail closed). */
function disabled(rule: unknown): boolean {
  const status = readString(field(rule, "status"));
  return status.state === "value" && status.value.toLowerCase() === "disabled";
}

/**
 * One S3 replication destination. The bucket ARN carries no region (`arn:aws:s3:::name`), so it is
 * a resource the stack resolves. A replica KMS key must live in the destination bucket's region
 * (S3 replicates SSE-KMS objects with a key of the destination Region), so a key ARN with a region
 * reveals where the copies go: emitted as a `replication` location as well. A key given by id or
 * alias tells nothing and adds nothing.
 */
function s3Destination(
  out: Destinations,
  destination: unknown,
  at: string,
  keyPath: readonly string[],
): void {
  const read = readObject(destination);
  if (read.state === "unknown") return out.unknown("replication", at);
  if (read.state === "absent") return;
  arnOrResource(out, "replication", path(at, "bucket"), field(read.value, "bucket"));
  let key: unknown = read.value;
  let keyAt = at;
  for (const step of keyPath) {
    key = field(key, step);
    keyAt = path(keyAt, step);
  }
  const keyRead = readString(key);
  if (keyRead.state !== "value") return;
  const keyRegion = arnRegion(keyRead.value);
  if (keyRegion !== undefined) out.location("replication", keyAt, "regions", keyRegion);
}

/**
 * `aws:s3/bucketReplicationConfig:BucketReplicationConfig`: rules[].destination.{bucket,
 * encryptionConfiguration.replicaKmsKeyId} (s3/bucketReplicationConfig.d.ts;
 * types/input.d.ts BucketReplicationConfigRule, ...RuleDestination, ...DestinationEncryptionConfiguration).
 * No `...V2` alias of this resource exists in @pulumi/aws 7.48 (checked: s3/*V2.d.ts).
 */
export const s3BucketReplicationConfig: FlowFunction = (props) => {
  const out = new Destinations("aws");
  forEachItem(out, "replication", field(props, "rules"), "rules", (rule, at) => {
    if (disabled(rule)) return;
    s3Destination(out, field(rule, "destination"), path(at, "destination"), [
      "encryptionConfiguration",
      "replicaKmsKeyId",
    ]);
  });
  return out.list();
};

/**
 * `aws:s3/bucket:Bucket` inline (deprecated) replicationConfiguration.rules[].destination.{bucket,
 * replicaKmsKeyId} (s3/bucket.d.ts; types/input.d.ts BucketReplicationConfiguration,
 * BucketReplicationConfigurationRule, BucketReplicationConfigurationRuleDestination).
 */
export const s3Bucket: FlowFunction = (props) => {
  const out = new Destinations("aws");
  const config = readObject(field(props, "replicationConfiguration"));
  if (config.state === "unknown") out.unknown("replication", "replicationConfiguration");
  if (config.state !== "value") return out.list();
  const base = "replicationConfiguration.rules";
  forEachItem(out, "replication", field(config.value, "rules"), base, (rule, at) => {
    if (disabled(rule)) return;
    s3Destination(out, field(rule, "destination"), path(at, "destination"), ["replicaKmsKeyId"]);
  });
  return out.list();
};

/**
 * `aws:s3/bucketV2:BucketV2` (deprecated alias kept by v7) still has the list-shaped
 * replicationConfigurations[].rules[].destinations[].{bucket, replicaKmsKeyId} (s3/bucketV2.d.ts;
 * types/input.d.ts BucketV2ReplicationConfiguration, ...Rule, ...RuleDestination).
 */
export const s3BucketV2: FlowFunction = (props) => {
  const out = new Destinations("aws");
  forEachItem(
    out,
    "replication",
    field(props, "replicationConfigurations"),
    "replicationConfigurations",
    (config, c) => {
      forEachItem(out, "replication", field(config, "rules"), path(c, "rules"), (rule, at) => {
        if (disabled(rule)) return;
        forEachItem(
          out,
          "replication",
          field(rule, "destinations"),
          path(at, "destinations"),
          (destination, d) => s3Destination(out, destination, d, ["replicaKmsKeyId"]),
        );
      });
    },
  );
  return out.list();
};

/**
 * `aws:backup/plan:Plan`: rules[].copyActions[].destinationVaultArn (a vault ARN: its region, in any
 * partition) and rules[].targetLogicallyAirGappedBackupVaultArn, where the backups themselves go
 * (backup/plan.d.ts; types/input.d.ts PlanRule, PlanRuleCopyAction).
 */
export const backupPlan: FlowFunction = (props) => {
  const out = new Destinations("aws");
  forEachItem(out, "backup-copy", field(props, "rules"), "rules", (rule, at) => {
    forEachItem(out, "backup-copy", field(rule, "copyActions"), path(at, "copyActions"), (action, a) =>
      arnOrResource(out, "backup-copy", path(a, "destinationVaultArn"), field(action, "destinationVaultArn")),
    );
    const airGapped = path(at, "targetLogicallyAirGappedBackupVaultArn");
    arnOrResource(out, "backup-location", airGapped, field(rule, "targetLogicallyAirGappedBackupVaultArn"));
  });
  return out.list();
};

/**
 * `aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication` is created IN the
 * destination region: its own `region` (else its provider's, i.e. `context.primary`) is where the
 * source instance's backups go (rds/instanceAutomatedBackupsReplication.d.ts: region,
 * sourceDbInstanceArn). It has no tags: it configures the source instance and is judged with its tags.
 */
export const rdsInstanceAutomatedBackupsReplication: FlowFunction = (props, context) => {
  const out = new Destinations("aws");
  const own = readString(field(props, "region"));
  if (own.state === "value") return (region(out, "backup-copy", "region", own.value), out.list());
  if (own.state === "unknown") return (out.unknown("backup-copy", "region"), out.list());
  const primary = primaryOf(context);
  if (primary !== undefined) out.location("backup-copy", "region", "regions", primary);
  else out.unknown("backup-copy", "region");
  return out.list();
};

function primaryOf(context: FlowContext): string | undefined {
  const primary = readObject(context?.primary);
  if (primary.state !== "value" || field(primary.value, "cloud") !== "aws") return undefined;
  const name = readString(field(primary.value, "name"));
  return name.state === "value" ? name.value : undefined;
}

/**
 * `aws:rds/cluster:Cluster` globalClusterIdentifier: a member of an Aurora global database shares
 * its data with every other member, so the flow goes to the global cluster, resolved by name in the
 * stack (rds/cluster.d.ts). replicationSourceIdentifier makes this cluster a copy: see rdsClusterOrigins.
 */
export const rdsCluster: FlowFunction = (props) => {
  const out = new Destinations("aws");
  const global = readString(field(props, "globalClusterIdentifier"));
  if (global.state === "unknown") out.unknown("global-table", "globalClusterIdentifier");
  if (global.state === "value") out.resource("global-table", "globalClusterIdentifier", global.value, "name");
  return out.list();
};

/**
 * `aws:dynamodb/table:Table` replicas[].regionName and globalTableWitness.regionName (a witness
 * region of a multi-Region strongly consistent global table receives the replicated change data)
 * (dynamodb/table.d.ts; types/input.d.ts TableReplica, TableGlobalTableWitness).
 */
export const dynamodbTable: FlowFunction = (props) => {
  const out = new Destinations("aws");
  forEachItem(out, "global-table", field(props, "replicas"), "replicas", (replica, at) =>
    region(out, "global-table", path(at, "regionName"), field(replica, "regionName")),
  );
  const witness = readObject(field(props, "globalTableWitness"));
  if (witness.state === "unknown") out.unknown("global-table", "globalTableWitness");
  if (witness.state === "value")
    region(out, "global-table", "globalTableWitness.regionName", field(witness.value, "regionName"));
  return out.list();
};

/**
 * `aws:ecr/replicationConfiguration:ReplicationConfiguration`
 * replicationConfiguration.rules[].destinations[].region (ecr/replicationConfiguration.d.ts;
 * types/input.d.ts ReplicationConfigurationReplicationConfiguration{,Rule,RuleDestination}).
 */
export const ecrReplicationConfiguration: FlowFunction = (props) => {
  const out = new Destinations("aws");
  const config = readObject(field(props, "replicationConfiguration"));
  if (config.state === "unknown") out.unknown("replication", "replicationConfiguration");
  if (config.state !== "value") return out.list();
  forEachItem(
    out,
    "replication",
    field(config.value, "rules"),
    "replicationConfiguration.rules",
    (rule, at) =>
      forEachItem(out, "replication", field(rule, "destinations"), path(at, "destinations"), (d, dAt) =>
        region(out, "replication", path(dAt, "region"), field(d, "region")),
      ),
  );
  return out.list();
};

/** `aws:secretsmanager/secret:Secret` replicas[].region (secretsmanager/secret.d.ts; types/input.d.ts SecretReplica). */
export const secretsManagerSecret: FlowFunction = (props) => {
  const out = new Destinations("aws");
  forEachItem(out, "replication", field(props, "replicas"), "replicas", (replica, at) =>
    region(out, "replication", path(at, "region"), field(replica, "region")),
  );
  return out.list();
};

/**
 * Types modelled with no outbound flow of their own, on purpose:
 * - `aws:kms/key:Key` multiRegion only makes a key replicable; each replica is an
 *   `aws:kms/replicaKey:ReplicaKey` whose origin names this key (kms/key.d.ts multiRegion).
 * - `aws:rds/instance:Instance`, `aws:rds/globalCluster:GlobalCluster`, `aws:dynamodb/tableReplica:TableReplica`,
 *   `aws:kms/replicaKey:ReplicaKey`: copies, modelled as origins (./origin.ts).
 */
const none: FlowFunction = () => [];

export const AWS_FLOWS: Readonly<Record<string, FlowFunction>> = {
  "aws:s3/bucketReplicationConfig:BucketReplicationConfig": s3BucketReplicationConfig,
  "aws:s3/bucket:Bucket": s3Bucket,
  "aws:s3/bucketV2:BucketV2": s3BucketV2,
  "aws:backup/plan:Plan": backupPlan,
  "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication":
    rdsInstanceAutomatedBackupsReplication,
  "aws:rds/cluster:Cluster": rdsCluster,
  "aws:rds/instance:Instance": none,
  "aws:rds/globalCluster:GlobalCluster": none,
  "aws:dynamodb/table:Table": dynamodbTable,
  "aws:dynamodb/tableReplica:TableReplica": none,
  "aws:kms/key:Key": none,
  "aws:kms/replicaKey:ReplicaKey": none,
  "aws:ecr/replicationConfiguration:ReplicationConfiguration": ecrReplicationConfiguration,
  "aws:secretsmanager/secret:Secret": secretsManagerSecret,
};

// ---- origins: resources that ARE a copy of another's data ----

/**
 * `aws:rds/instance:Instance` replicateSourceDb: this instance is a read replica; the source is an
 * identifier (same region) or an ARN (cross-region) (rds/instance.d.ts).
 */
const rdsInstanceOrigins: OriginFunction = (props) =>
  referenceOrigin("aws", "read-replica", "replicateSourceDb", field(props, "replicateSourceDb"), "name");

/** replicationSourceIdentifier: ARN of the source cluster/instance of a cross-region replica (rds/cluster.d.ts). */
const rdsClusterOrigins: OriginFunction = (props) => {
  const origins = referenceOrigin(
    "aws",
    "read-replica",
    "replicationSourceIdentifier",
    field(props, "replicationSourceIdentifier"),
    "name",
  );
  const sourceRegion = readString(field(props, "sourceRegion"));
  // A non-ARN identifier with an explicit sourceRegion still tells where the data comes from.
  return origins.map((o): FlowOrigin =>
    o.sourceRegion === undefined && sourceRegion.state === "value"
      ? { ...o, sourceRegion: sourceRegion.value }
      : o,
  );
};

/** sourceDbClusterIdentifier: the existing cluster whose data seeds the global database (rds/globalCluster.d.ts). */
const rdsGlobalClusterOrigins: OriginFunction = (props) =>
  referenceOrigin(
    "aws",
    "global-table",
    "sourceDbClusterIdentifier",
    field(props, "sourceDbClusterIdentifier"),
    "name",
  );

/** The automated-backup copy's source instance (rds/instanceAutomatedBackupsReplication.d.ts). */
const rdsBackupsReplicationOrigins: OriginFunction = (props) =>
  referenceOrigin("aws", "backup-copy", "sourceDbInstanceArn", field(props, "sourceDbInstanceArn"), "name");

/** globalTableArn: the table this replica copies (dynamodb/tableReplica.d.ts). */
const dynamodbTableReplicaOrigins: OriginFunction = (props) =>
  referenceOrigin("aws", "global-table", "globalTableArn", field(props, "globalTableArn"), "name");

/** primaryKeyArn: the multi-Region primary whose key material this replica holds (kms/replicaKey.d.ts). */
const kmsReplicaKeyOrigins: OriginFunction = (props) =>
  referenceOrigin("aws", "key-replica", "primaryKeyArn", field(props, "primaryKeyArn"), "id");

export const AWS_ORIGINS: Readonly<Record<string, OriginFunction>> = {
  "aws:rds/instance:Instance": rdsInstanceOrigins,
  "aws:rds/cluster:Cluster": rdsClusterOrigins,
  "aws:rds/globalCluster:GlobalCluster": rdsGlobalClusterOrigins,
  "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication":
    rdsBackupsReplicationOrigins,
  "aws:dynamodb/tableReplica:TableReplica": dynamodbTableReplicaOrigins,
  "aws:kms/replicaKey:ReplicaKey": kmsReplicaKeyOrigins,
};

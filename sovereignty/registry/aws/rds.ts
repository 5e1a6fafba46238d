// aws:rds/* — RDS instances, Aurora clusters and global databases, snapshots and automated-backup
// replication (@pulumi/aws 7.48, rds/*.d.ts `...Args`).
import { flagged, inherited, inheritedFrom, keyOr } from "../../controls/encryptionRead";
import { referenceOrigin, type FlowOrigin, type OriginFunction } from "../../flows/origin";
import { Destinations, field, noFlows, readObject, readString, regionName } from "../../flows/read";
import type { FlowContext, FlowFunction } from "../../flows/types";
import { readBoolean, readString as readProperty } from "../../resource/properties";
import { flagTrueIsPublic } from "../../controls/publicAccessRead";
import { AWS_REGION, AWS_REGIONAL_DATA } from "../common";
import { immutabilityGap } from "../../controls/immutabilityRead";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/aws 7.48 (rds/*.d.ts); https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/";
const INSTANCE = "aws:rds/instance:Instance";
const CLUSTER = "aws:rds/cluster:Cluster";

function primaryOf(context: FlowContext): string | undefined {
  const primary = readObject(context?.primary);
  if (primary.state !== "value" || field(primary.value, "cloud") !== "aws") return undefined;
  const name = readString(field(primary.value, "name"));
  return name.state === "value" ? name.value : undefined;
}

/**
 * An `InstanceAutomatedBackupsReplication` is created IN the destination region: its own `region`
 * (else its provider's, i.e. `context.primary`) is where the source instance's backups go
 * (`InstanceAutomatedBackupsReplicationArgs`: region, sourceDbInstanceArn).
 */
const backupsReplicationFlows: FlowFunction = (props, context) => {
  const out = new Destinations("aws");
  const own = readString(field(props, "region"));
  if (own.state === "value") return (regionName(out, "backup-copy", "region", own.value), out.list());
  if (own.state === "unknown") return (out.unknown("backup-copy", "region"), out.list());
  const primary = primaryOf(context);
  if (primary !== undefined) out.location("backup-copy", "region", "regions", primary);
  else out.unknown("backup-copy", "region");
  return out.list();
};

/**
 * globalClusterIdentifier: a member of an Aurora global database shares its data with every other
 * member, so the flow goes to the global cluster, resolved by name in the stack (`ClusterArgs`).
 * replicationSourceIdentifier makes this cluster a copy: see its origins.
 */
const clusterFlows: FlowFunction = (props) => {
  const out = new Destinations("aws");
  const global = readString(field(props, "globalClusterIdentifier"));
  if (global.state === "unknown") out.unknown("global-table", "globalClusterIdentifier");
  if (global.state === "value") out.resource("global-table", "globalClusterIdentifier", global.value, "name");
  return out.list();
};

/** replicationSourceIdentifier: ARN of the source cluster/instance of a cross-region replica (`ClusterArgs`). */
const clusterOrigins: OriginFunction = (props) => {
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

const publiclyAccessible = flagTrueIsPublic(["publiclyAccessible"], "`publiclyAccessible` is true");

/** A manual snapshot copy: a backup in its destination Region, a copy of `source`, re-keyed by `kmsKeyId` or keeping the source's key. */
function snapshotCopy(token: string, source: string, sourceToken: string): TypeDeclaration {
  return {
    token,
    ...AWS_REGIONAL_DATA,
    category: "backup",
    source: SOURCE,
    location: { properties: ["destinationRegion", "region"], service: "regions", providerDefault: true },
    identities: ["id"],
    origins: (props) => referenceOrigin("aws", "backup-copy", source, field(props, source), "name"),
    encryption: {
      kind: "reader",
      read: (p) => {
        const key = readProperty(p, ["kmsKeyId"]);
        if (key.kind === "absent") return inheritedFrom(source, [sourceToken])(p);
        return keyOr(key, { kind: "provider-default", property: "kmsKeyId" });
      },
    },
    immutability: immutabilityGap(
      "a snapshot copy cannot be made immutable; keep it in an AWS Backup vault with a vault lock",
    ),
  };
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: INSTANCE,
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "identifier"],
    // No outbound flow: a read replica names its source (origins), never the other way round.
    flows: noFlows,
    // replicateSourceDb: this instance is a read replica; the source is an identifier (same
    // region) or an ARN (cross-region).
    origins: (props) =>
      referenceOrigin("aws", "read-replica", "replicateSourceDb", field(props, "replicateSourceDb"), "name"),
    encryption: { kind: "reader", read: (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]) },
    publicAccess: publiclyAccessible,
  },
  {
    token: CLUSTER,
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "clusterIdentifier"],
    flows: clusterFlows,
    origins: clusterOrigins,
    encryption: { kind: "reader", read: (p) => flagged(p, ["storageEncrypted"], ["kmsKeyId"]) },
  },
  {
    // An Aurora global database: its members hold its data; it is created in (and reports) the
    // region of its primary. Declared so that its origin (the cluster that seeds it) is reached.
    token: "aws:rds/globalCluster:GlobalCluster",
    ...AWS_REGIONAL_DATA,
    category: "database",
    source: SOURCE,
    identities: ["arn", "id", "globalClusterIdentifier"],
    flows: noFlows,
    // sourceDbClusterIdentifier: the existing cluster whose data seeds the global database.
    origins: (props) =>
      referenceOrigin(
        "aws",
        "global-table",
        "sourceDbClusterIdentifier",
        field(props, "sourceDbClusterIdentifier"),
        "name",
      ),
    // `storageEncrypted` (`GlobalClusterArgs`): defaults to false unless the source cluster is
    // encrypted; the key is each member cluster's `kmsKeyId`, never the global cluster's.
    encryption: {
      kind: "reader",
      read: (p) => {
        const flag = readBoolean(p, ["storageEncrypted"]);
        if (flag.kind === "unknown") return { kind: "unknown", property: flag.property, atRest: "unknown" };
        if (flag.kind === "value" && flag.value === false)
          return { kind: "disabled", property: flag.property };
        const source = inherited(p, "sourceDbClusterIdentifier", [CLUSTER]);
        if (source) return source;
        if (flag.kind === "value")
          return {
            kind: "not-modelled",
            reason: "the key of a global database is each member cluster's `kmsKeyId`",
          };
        return { kind: "disabled", property: flag.property };
      },
    },
  },
  {
    token: "aws:rds/snapshot:Snapshot",
    ...AWS_REGIONAL_DATA,
    category: "backup",
    source: SOURCE,
    identities: ["id"],
    // `SnapshotArgs` has no encryption input: encryption is the source instance's (outputs only).
    encryption: { kind: "reader", read: inheritedFrom("dbInstanceIdentifier", [INSTANCE]) },
    immutability: immutabilityGap(
      "a manual RDS snapshot cannot be made immutable; keep it in an AWS Backup vault with a vault lock",
    ),
  },
  {
    token: "aws:rds/clusterSnapshot:ClusterSnapshot",
    ...AWS_REGIONAL_DATA,
    category: "backup",
    source: SOURCE,
    identities: ["id"],
    encryption: { kind: "reader", read: inheritedFrom("dbClusterIdentifier", [CLUSTER]) },
    immutability: immutabilityGap(
      "a manual cluster snapshot cannot be made immutable; keep it in an AWS Backup vault with a vault lock",
    ),
  },
  {
    // Created in the destination region; holds the replicated backups of the source instance. It
    // has no tags: it configures the source instance and is judged with its tags.
    token: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
    cloud: "aws",
    class: "configures",
    source: SOURCE,
    identities: ["id"],
    configures: { property: "sourceDbInstanceArn", referenceKind: "arn", targets: [INSTANCE] },
    holdsData: { category: "backup", location: AWS_REGION },
    flows: backupsReplicationFlows,
    origins: (props) =>
      referenceOrigin(
        "aws",
        "backup-copy",
        "sourceDbInstanceArn",
        field(props, "sourceDbInstanceArn"),
        "name",
      ),
  },
  // Added for issue 12: manual snapshot copies, placed in `destinationRegion` (else the resource's
  // Region) and copies of their source snapshot (`SnapshotCopyArgs` {sourceDbSnapshotIdentifier,
  // destinationRegion, kmsKeyId, region, tags, ...}; `ClusterSnapshotCopyArgs` likewise).
  snapshotCopy(
    "aws:rds/snapshotCopy:SnapshotCopy",
    "sourceDbSnapshotIdentifier",
    "aws:rds/snapshot:Snapshot",
  ),
  snapshotCopy(
    "aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy",
    "sourceDbClusterSnapshotIdentifier",
    "aws:rds/clusterSnapshot:ClusterSnapshot",
  ),
];

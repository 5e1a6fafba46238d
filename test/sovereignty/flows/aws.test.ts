import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { dataFlows, dataOrigins, FLOW_TYPES } from "../../../sovereignty/flows";
import type { FlowDestination, FlowOrigin } from "../../../sovereignty/flows";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const UNKNOWN_ARRAY = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";
const UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

type Row = readonly [kind: FlowDestination["kind"], property: string, target: string];
/** A destination as one comparable row: `location:regions:eu-west-1`, `resource:arn:...`, `unknown`. */
function rows(destinations: readonly FlowDestination[]): Row[] {
  return destinations.map((d) => {
    assert.equal(d.cloud, "aws");
    const t = d.target;
    const target =
      t.kind === "location"
        ? `location:${t.service}:${t.location}`
        : t.kind === "resource"
          ? `resource:${t.referenceKind}:${t.reference}`
          : "unknown";
    return [d.kind, d.property, target];
  });
}
const flows = (type: string, props: Record<string, unknown>, primary?: string): Row[] =>
  rows(
    dataFlows(
      type,
      props,
      primary === undefined
        ? {}
        : {
            primary: {
              cloud: "aws",
              service: "regions",
              name: primary,
              kind: "region",
              countries: ["DE"],
              displayName: primary,
              source: "test",
            },
          },
    ),
  );

interface Case {
  readonly name: string;
  readonly type: string;
  readonly props: Record<string, unknown>;
  readonly primary?: string;
  readonly expected: Row[];
}

const CASES: readonly Case[] = [
  {
    name: "S3 replication: bucket ARN has no region → resource; replica key ARN → its region",
    type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
    props: {
      bucket: "src",
      role: "arn:aws:iam::123456789012:role/r",
      rules: [
        {
          status: "Enabled",
          destination: {
            bucket: "arn:aws:s3:::dest",
            encryptionConfiguration: { replicaKmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/abc" },
          },
        },
        { status: "Disabled", destination: { bucket: "arn:aws:s3:::never" } },
      ],
    },
    expected: [
      ["replication", "rules[0].destination.bucket", "resource:arn:arn:aws:s3:::dest"],
      [
        "replication",
        "rules[0].destination.encryptionConfiguration.replicaKmsKeyId",
        "location:regions:us-east-1",
      ],
    ],
  },
  {
    name: "S3 replication: unknown bucket, unknown rules",
    type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
    props: {
      rules: [{ status: UNKNOWN, destination: { bucket: UNKNOWN } }, { destination: UNKNOWN_OBJECT }],
    },
    expected: [
      ["replication", "rules[0].destination.bucket", "unknown"],
      ["replication", "rules[1].destination", "unknown"],
    ],
  },
  {
    name: "S3 replication: whole rule list unknown → one unknown",
    type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
    props: { rules: UNKNOWN_ARRAY },
    expected: [["replication", "rules", "unknown"]],
  },
  {
    name: "Bucket inline replicationConfiguration",
    type: "aws:s3/bucket:Bucket",
    props: {
      replicationConfiguration: {
        role: "r",
        rules: [{ status: "Enabled", destination: { bucket: "arn:aws:s3:::d", replicaKmsKeyId: "alias/x" } }],
      },
    },
    expected: [
      ["replication", "replicationConfiguration.rules[0].destination.bucket", "resource:arn:arn:aws:s3:::d"],
    ],
  },
  { name: "Bucket without replication", type: "aws:s3/bucket:Bucket", props: { bucket: "b" }, expected: [] },
  {
    name: "BucketV2 list-shaped replicationConfigurations",
    type: "aws:s3/bucketV2:BucketV2",
    props: {
      replicationConfigurations: [
        {
          rules: [
            {
              status: "Enabled",
              destinations: [{ bucket: "arn:aws:s3:::d", replicaKmsKeyId: "arn:aws:kms:eu-west-2:1:key/k" }],
            },
          ],
        },
      ],
    },
    expected: [
      [
        "replication",
        "replicationConfigurations[0].rules[0].destinations[0].bucket",
        "resource:arn:arn:aws:s3:::d",
      ],
      [
        "replication",
        "replicationConfigurations[0].rules[0].destinations[0].replicaKmsKeyId",
        "location:regions:eu-west-2",
      ],
    ],
  },
  {
    name: "Backup plan copy actions in every partition",
    type: "aws:backup/plan:Plan",
    props: {
      rules: [
        {
          ruleName: "daily",
          targetVaultName: "v",
          copyActions: [
            { destinationVaultArn: "arn:aws:backup:eu-central-2:123456789012:backup-vault:zurich" },
            { destinationVaultArn: "arn:aws-cn:backup:cn-north-1:123456789012:backup-vault:bj" },
            { destinationVaultArn: "arn:aws-us-gov:backup:us-gov-west-1:123456789012:backup-vault:g" },
            { destinationVaultArn: "arn:aws-eusc:backup:eusc-de-east-1:123456789012:backup-vault:e" },
            { destinationVaultArn: UNKNOWN },
          ],
        },
        { ruleName: "none", targetVaultName: "v" },
        {
          ruleName: "lag",
          targetVaultName: "v",
          targetLogicallyAirGappedBackupVaultArn: "arn:aws:backup:eu-central-1:1:backup-vault:lag",
        },
      ],
    },
    expected: [
      ["backup-copy", "rules[0].copyActions[0].destinationVaultArn", "location:regions:eu-central-2"],
      ["backup-copy", "rules[0].copyActions[1].destinationVaultArn", "location:regions:cn-north-1"],
      ["backup-copy", "rules[0].copyActions[2].destinationVaultArn", "location:regions:us-gov-west-1"],
      ["backup-copy", "rules[0].copyActions[3].destinationVaultArn", "location:regions:eusc-de-east-1"],
      ["backup-copy", "rules[0].copyActions[4].destinationVaultArn", "unknown"],
      ["backup-location", "rules[2].targetLogicallyAirGappedBackupVaultArn", "location:regions:eu-central-1"],
    ],
  },
  {
    name: "Backup plan: copyActions list unknown",
    type: "aws:backup/plan:Plan",
    props: { rules: [{ copyActions: UNKNOWN_ARRAY }] },
    expected: [["backup-copy", "rules[0].copyActions", "unknown"]],
  },
  {
    name: "RDS automated backups replication: its own region is the destination",
    type: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
    props: { sourceDbInstanceArn: "arn:aws:rds:eu-central-1:1:db:src", region: "eu-west-1" },
    expected: [["backup-copy", "region", "location:regions:eu-west-1"]],
  },
  {
    name: "RDS automated backups replication: provider region (context.primary)",
    type: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
    props: { sourceDbInstanceArn: "arn:aws:rds:eu-central-1:1:db:src" },
    primary: "us-east-1",
    expected: [["backup-copy", "region", "location:regions:us-east-1"]],
  },
  {
    name: "RDS automated backups replication: region unknowable → unknown",
    type: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
    props: { sourceDbInstanceArn: "arn:aws:rds:eu-central-1:1:db:src" },
    expected: [["backup-copy", "region", "unknown"]],
  },
  {
    name: "Aurora member of a global cluster",
    type: "aws:rds/cluster:Cluster",
    props: { globalClusterIdentifier: "orders-global" },
    expected: [["global-table", "globalClusterIdentifier", "resource:name:orders-global"]],
  },
  {
    name: "DynamoDB replicas and witness",
    type: "aws:dynamodb/table:Table",
    props: {
      replicas: [{ regionName: "eu-west-1" }, { regionName: "US-EAST-1" }, { regionName: UNKNOWN }],
      globalTableWitness: { regionName: "eu-west-3" },
    },
    expected: [
      ["global-table", "replicas[0].regionName", "location:regions:eu-west-1"],
      ["global-table", "replicas[1].regionName", "location:regions:us-east-1"],
      ["global-table", "replicas[2].regionName", "unknown"],
      ["global-table", "globalTableWitness.regionName", "location:regions:eu-west-3"],
    ],
  },
  { name: "DynamoDB without replicas", type: "aws:dynamodb/table:Table", props: { name: "t" }, expected: [] },
  {
    name: "ECR registry replication",
    type: "aws:ecr/replicationConfiguration:ReplicationConfiguration",
    props: {
      replicationConfiguration: { rules: [{ destinations: [{ region: "eu-west-2", registryId: "1" }] }] },
    },
    expected: [
      [
        "replication",
        "replicationConfiguration.rules[0].destinations[0].region",
        "location:regions:eu-west-2",
      ],
    ],
  },
  {
    name: "Secrets Manager replicas",
    type: "aws:secretsmanager/secret:Secret",
    props: { replicas: [{ region: "sa-east-1" }, { kmsKeyId: "k" }] },
    expected: [["replication", "replicas[0].region", "location:regions:sa-east-1"]],
  },
  {
    name: "MemoryDB regional cluster of a multi-region cluster",
    type: "aws:memorydb/cluster:Cluster",
    props: { name: "c", multiRegionClusterName: "virxk-mrc" },
    expected: [["replication", "multiRegionClusterName", "resource:name:virxk-mrc"]],
  },
  {
    name: "S3 Tables bucket replication destinations",
    type: "aws:s3tables/tableBucketReplication:TableBucketReplication",
    props: {
      tableBucketArn: "arn:aws:s3tables:eu-west-1:1:bucket/src",
      rule: { destinations: [{ destinationTableBucketArn: "arn:aws:s3tables:us-east-1:1:bucket/dst" }] },
    },
    expected: [
      ["replication", "rule.destinations[0].destinationTableBucketArn", "location:regions:us-east-1"],
    ],
  },
  {
    name: "KMS multi-Region key alone is no flow",
    type: "aws:kms/key:Key",
    props: { multiRegion: true },
    expected: [],
  },
];

describe("flows: AWS destinations", () => {
  for (const c of CASES) {
    it(c.name, () => {
      assert.ok(FLOW_TYPES.includes(c.type), `${c.type} is registered`);
      assert.deepEqual(flows(c.type, c.props, c.primary), c.expected);
    });
  }
  it("a type without flows answers none", () => {
    assert.deepEqual(dataFlows("aws:iam/role:Role", { name: "r" }, {}), []);
  });
});

const origin = (type: string, props: Record<string, unknown>): FlowOrigin[] => [...dataOrigins(type, props)];

describe("flows: AWS origins (resources that are copies)", () => {
  it("cross-region RDS read replica names its source and the source region", () => {
    assert.deepEqual(
      origin("aws:rds/instance:Instance", { replicateSourceDb: "arn:aws:rds:eu-central-1:1:db:primary" }),
      [
        {
          kind: "read-replica",
          cloud: "aws",
          property: "replicateSourceDb",
          source: {
            kind: "resource",
            reference: "arn:aws:rds:eu-central-1:1:db:primary",
            referenceKind: "arn",
          },
          sourceRegion: "eu-central-1",
        },
      ],
    );
  });
  it("same-region replica by identifier; unknown source", () => {
    assert.deepEqual(origin("aws:rds/instance:Instance", { replicateSourceDb: "primary" })[0]?.source, {
      kind: "resource",
      reference: "primary",
      referenceKind: "name",
    });
    assert.deepEqual(origin("aws:rds/instance:Instance", { replicateSourceDb: UNKNOWN })[0]?.source, {
      kind: "unknown",
    });
    assert.deepEqual(origin("aws:rds/instance:Instance", {}), []);
  });
  it("Aurora cross-region replica takes sourceRegion when the identifier is no ARN", () => {
    assert.equal(
      origin("aws:rds/cluster:Cluster", { replicationSourceIdentifier: "src", sourceRegion: "eu-west-1" })[0]
        ?.sourceRegion,
      "eu-west-1",
    );
  });
  it("replica external key and AMI copy name their source and its Region", () => {
    assert.equal(
      origin("aws:kms/replicaExternalKey:ReplicaExternalKey", {
        primaryKeyArn: "arn:aws:kms:eu-central-1:1:key/mrk-1",
      })[0]?.sourceRegion,
      "eu-central-1",
    );
    assert.deepEqual(
      origin("aws:ec2/amiCopy:AmiCopy", { sourceAmiId: "ami-1", sourceAmiRegion: "eu-west-1" }).map((o) => [
        o.kind,
        o.property,
        o.sourceRegion,
      ]),
      [["backup-copy", "sourceAmiId", "eu-west-1"]],
    );
    assert.deepEqual(origin("aws:ec2/amiCopy:AmiCopy", { sourceAmiId: UNKNOWN })[0]?.source, {
      kind: "unknown",
    });
  });
  it("MemoryDB regional cluster: a replica of its multi-region cluster's data", () => {
    assert.deepEqual(
      origin("aws:memorydb/cluster:Cluster", { multiRegionClusterName: "virxk-mrc" }).map((o) => [
        o.kind,
        o.property,
        o.source,
      ]),
      [
        [
          "replication",
          "multiRegionClusterName",
          { kind: "resource", reference: "virxk-mrc", referenceKind: "name" },
        ],
      ],
    );
    assert.deepEqual(origin("aws:memorydb/cluster:Cluster", { multiRegionClusterName: UNKNOWN })[0]?.source, {
      kind: "unknown",
    });
    assert.deepEqual(origin("aws:memorydb/cluster:Cluster", { name: "c" }), []);
  });
  it("replica key, table replica, global cluster, backups replication", () => {
    assert.equal(
      origin("aws:kms/replicaKey:ReplicaKey", { primaryKeyArn: "arn:aws:kms:eu-central-1:1:key/mrk-1" })[0]
        ?.sourceRegion,
      "eu-central-1",
    );
    assert.equal(
      origin("aws:dynamodb/tableReplica:TableReplica", {
        globalTableArn: "arn:aws:dynamodb:eu-west-1:1:table/t",
      })[0]?.kind,
      "global-table",
    );
    assert.equal(
      origin("aws:rds/globalCluster:GlobalCluster", {
        sourceDbClusterIdentifier: "arn:aws:rds:us-east-1:1:cluster:c",
      })[0]?.sourceRegion,
      "us-east-1",
    );
    assert.equal(
      origin("aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication", {
        sourceDbInstanceArn: "arn:aws:rds:eu-central-1:1:db:src",
      })[0]?.sourceRegion,
      "eu-central-1",
    );
  });
});

// Cross-region paths the geo audit found undeclared (SQL managed instance geo-backups and failover
// groups, Managed Redis active geo-replication, Compute Engine asynchronous disk replication, AMI
// copies, replica external keys), through the built pack over gRPC: each has a failing case (the
// copy or flow of eu personal data lands in the US, or a Brazilian instance's geo-backup in its US
// pair), an in-zone twin, and an evasion (the deciding value unknown at preview is "cannot
// verify", never a pass). Classification `internal` keeps the controls quiet where they are not
// the subject.
import assert from "node:assert/strict";
import { before, describe, it } from "mocha";
import { UNKNOWN } from "../../cli/check/snapshot";
import type { SnapshotResource, WireObject } from "../../cli/check/snapshot";
import { buildPack, onTheWire, res, stackOf } from "./wire";

const BR = { "data-residency": "br", "data-classification": "internal" };
const EU = { "data-residency": "eu", "data-classification": "internal" };
// A copy tagged for where it is: only its source's zone can tell that it leaves `eu`.
const US = { "data-residency": "us", "data-classification": "internal" };
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };
const ID = "/subscriptions/0000/resourceGroups/rg/providers";

/** How a case's stack is built: the path leaves the zone, stays in it, or is unknown at preview. */
type Mode = "out" | "in" | "unknown";

interface Case {
  readonly what: string;
  /** The resource whose finding names the path. */
  readonly subject: string;
  readonly stack: (mode: Mode) => SnapshotResource[];
  /** The finding of the `out` stack. */
  readonly out: RegExp;
  /** The finding of the `unknown` stack. */
  readonly unknown: RegExp;
  readonly config?: Record<string, string>;
}

async function linesOf(subject: string, resources: SnapshotResource[], config?: Record<string, string>) {
  return (await onTheWire(stackOf(resources, config))).filter((l) => l.includes(` ${subject}: `));
}
const pathFindings = (lines: string[]) =>
  lines.filter((l) => /flows|references|cop(y|ies)|cannot verify/i.test(l));
const some = (lines: string[], pattern: RegExp) =>
  assert.ok(
    lines.some((l) => pattern.test(l)),
    `${pattern}\n${lines.join("\n")}`,
  );

/**
 * A SQL managed instance in Brazil South (its SQL pair: South Central US) whose backup redundancy
 * is read at `property`: absent (geo by default), `staying` (kept in the region) or unknown.
 */
const instanceIn =
  (token: string, extra: WireObject, property: string, staying: string) =>
  (mode: Mode): SnapshotResource[] => [
    res(token, "mi", {
      ...extra,
      resourceGroupName: "rg",
      location: "brazilsouth",
      ...(mode === "in" ? { [property]: staying } : {}),
      ...(mode === "unknown" ? { [property]: UNKNOWN } : {}),
      tags: BR,
    }),
  ];
const nativeInstance = instanceIn(
  "azure-native:sql:ManagedInstance",
  { managedInstanceName: "mi" },
  "requestedBackupStorageRedundancy",
  "Local",
);
const classicInstance = instanceIn(
  "azure:mssql/managedInstance:ManagedInstance",
  { name: "mi", skuName: "GP_Gen5" },
  "storageAccountType",
  "LRS",
);

const MI_ID = (name: string) => `${ID}/Microsoft.Sql/managedInstances/${name}`;
/** A classic failover group from an eu personal instance to a partner in East US / North Europe. */
const classicFailoverGroup = (mode: Mode): SnapshotResource[] => {
  const instance = (name: string, location: string, tags: WireObject) =>
    res("azure:mssql/managedInstance:ManagedInstance", name, {
      name,
      id: MI_ID(name),
      resourceGroupName: "rg",
      location,
      skuName: "GP_Gen5",
      storageAccountType: "LRS",
      tags,
    });
  return [
    instance("mi-primary", "westeurope", EU_PERSONAL),
    instance("mi-partner", mode === "in" ? "northeurope" : "eastus", mode === "in" ? EU : US),
    res("azure:mssql/managedInstanceFailoverGroup:ManagedInstanceFailoverGroup", "mi-fog", {
      name: "mi-fog",
      location: "westeurope",
      managedInstanceId: MI_ID("mi-primary"),
      partnerManagedInstanceId: mode === "unknown" ? UNKNOWN : MI_ID("mi-partner"),
      readWriteEndpointFailoverPolicy: { mode: "Automatic", graceMinutes: 60 },
    }),
  ];
};

const CLUSTER_ID = (name: string) => `${ID}/Microsoft.Cache/redisEnterprise/${name}`;
/** Managed Redis: an eu personal cluster's database geo-replicated with a cluster in East US / North Europe. */
const redisGeo = (mode: Mode): SnapshotResource[] => {
  const cluster = (name: string, location: string, tags: WireObject) =>
    res("azure-native:redisenterprise:RedisEnterprise", name, {
      clusterName: name,
      name,
      id: CLUSTER_ID(name),
      resourceGroupName: "rg",
      location,
      sku: { name: "Balanced_B3" },
      tags,
    });
  const linked = [{ id: `${CLUSTER_ID("amr-eu")}/databases/default` }];
  return [
    cluster("amr-eu", "westeurope", EU_PERSONAL),
    cluster("amr-2", mode === "in" ? "northeurope" : "eastus", mode === "in" ? EU : US),
    res("azure-native:redisenterprise:Database", "amr-eu-db", {
      clusterName: "amr-eu",
      databaseName: "default",
      resourceGroupName: "rg",
      geoReplication: {
        groupNickname: "group",
        linkedDatabases:
          mode === "unknown" ? UNKNOWN : [...linked, { id: `${CLUSTER_ID("amr-2")}/databases/default` }],
      },
    }),
  ];
};

const DISK_ID = "projects/p/zones/europe-west3-a/disks/primary";
/** Compute Engine: an eu personal disk replicated to a secondary in us-east1 / europe-west4. */
const diskReplication = (mode: Mode): SnapshotResource[] => {
  const zone = mode === "in" ? "europe-west4-a" : "us-east1-b";
  return [
    res("gcp:compute/disk:Disk", "primary", {
      name: "primary",
      id: DISK_ID,
      zone: "europe-west3-a",
      labels: EU_PERSONAL,
      diskEncryptionKey: { kmsKeySelfLink: "projects/p/locations/europe-west3/keyRings/r/cryptoKeys/k" },
    }),
    res("gcp:compute/disk:Disk", "secondary", {
      name: "secondary",
      id: `projects/p/zones/${zone}/disks/secondary`,
      zone,
      asyncPrimaryDisk: { disk: mode === "unknown" ? UNKNOWN : DISK_ID },
      labels: mode === "in" ? EU : US,
    }),
  ];
};
const diskAsyncReplication = (mode: Mode): SnapshotResource[] => [
  ...diskReplication(mode === "unknown" ? "out" : mode),
  res("gcp:compute/diskAsyncReplication:DiskAsyncReplication", "repl", {
    primaryDisk: DISK_ID,
    secondaryDisk: {
      disk:
        mode === "unknown"
          ? UNKNOWN
          : `projects/p/zones/${mode === "in" ? "europe-west4-a" : "us-east1-b"}/disks/secondary`,
    },
  }),
];

/** An AMI in eu-west-1 (eu personal) copied to us-east-1 / eu-central-1. */
const amiCopy = (mode: Mode): SnapshotResource[] => [
  res("aws:ec2/ami:Ami", "ami", { name: "ami", id: "ami-0eu", region: "eu-west-1", tags: EU_PERSONAL }),
  res("aws:ec2/amiCopy:AmiCopy", "ami-copy", {
    name: "ami-copy",
    region: mode === "in" ? "eu-central-1" : "us-east-1",
    sourceAmiId: mode === "unknown" ? UNKNOWN : "ami-0eu",
    sourceAmiRegion: "eu-west-1",
    encrypted: true,
    tags: mode === "in" ? EU : US,
  }),
];

const PRIMARY_KEY_ARN = "arn:aws:kms:eu-west-1:111122223333:key/mrk-1";
/** A multi-Region key with imported material in eu-west-1 (eu personal), replicated to us-east-1 / eu-central-1. */
const replicaExternalKey = (mode: Mode): SnapshotResource[] => [
  res("aws:kms/externalKey:ExternalKey", "key", {
    arn: PRIMARY_KEY_ARN,
    id: "mrk-1",
    region: "eu-west-1",
    multiRegion: true,
    tags: EU_PERSONAL,
  }),
  res("aws:kms/replicaExternalKey:ReplicaExternalKey", "key-replica", {
    region: mode === "in" ? "eu-central-1" : "us-east-1",
    primaryKeyArn: mode === "unknown" ? UNKNOWN : PRIMARY_KEY_ARN,
    tags: mode === "in" ? EU : US,
  }),
];

/** MemoryDB Multi-Region: an eu personal multi-region cluster with a regional member in us-east-1 / eu-central-1. */
const memoryDbMultiRegion = (mode: Mode): SnapshotResource[] => [
  res("aws:memorydb/multiRegionCluster:MultiRegionCluster", "mrc", {
    multiRegionClusterName: "virxk-mrc",
    multiRegionClusterNameSuffix: "mrc",
    region: "eu-west-1",
    nodeType: "db.r7g.xlarge",
    tags: EU_PERSONAL,
  }),
  res("aws:memorydb/cluster:Cluster", "mdb-eu", {
    name: "mdb-eu",
    region: "eu-west-1",
    multiRegionClusterName: "virxk-mrc",
    tags: EU_PERSONAL,
  }),
  res("aws:memorydb/cluster:Cluster", "mdb-2", {
    name: "mdb-2",
    region: mode === "in" ? "eu-central-1" : "us-east-1",
    multiRegionClusterName: mode === "unknown" ? UNKNOWN : "virxk-mrc",
    tags: mode === "in" ? EU : US,
  }),
];

/**
 * NetApp Volumes: an eu volume's replication to a storage pool in us-east4 / europe-west4 (`internal`:
 * the replication's key is a declared gap, reported as "cannot verify" for personal data).
 */
const netappReplication = (mode: Mode): SnapshotResource[] => [
  res("gcp:netapp/volumeReplication:VolumeReplication", "nrepl", {
    name: "nrepl",
    location: "europe-west3",
    volumeName: "vol",
    replicationSchedule: "HOURLY",
    destinationVolumeParameters: {
      storagePool:
        mode === "unknown"
          ? UNKNOWN
          : `projects/p/locations/${mode === "in" ? "europe-west4" : "us-east4"}/storagePools/dst`,
    },
    labels: EU,
  }),
];

/** NetApp Volumes: an eu personal cross-region backup vault storing its backups in us-east1 / europe-west4. */
const netappBackupVault = (mode: Mode): SnapshotResource[] => [
  res("gcp:netapp/backupVault:BackupVault", "nvault", {
    name: "nvault",
    location: "europe-west3",
    backupVaultType: "CROSS_REGION",
    backupRegion: mode === "unknown" ? UNKNOWN : mode === "in" ? "europe-west4" : "us-east1",
    labels: EU_PERSONAL,
  }),
];

/** A classic shared image version in West Europe replicated to East US / North Europe. */
const sharedImageVersion = (mode: Mode): SnapshotResource[] => [
  res("azure:compute/sharedImageVersion:SharedImageVersion", "img-v1", {
    name: "1.0.0",
    galleryName: "gallery",
    imageName: "image",
    resourceGroupName: "rg",
    location: "westeurope",
    targetRegions:
      mode === "unknown"
        ? UNKNOWN
        : [
            { name: "westeurope", regionalReplicaCount: 1 },
            { name: mode === "in" ? "northeurope" : "eastus", regionalReplicaCount: 1 },
          ],
    tags: EU,
  }),
];

const VOLUME_ID = (name: string) =>
  `${ID}/Microsoft.NetApp/netAppAccounts/anf/capacityPools/pool/volumes/${name}`;
/** Classic Azure NetApp Files: an eu personal volume replicated to a destination volume in East US / North Europe. */
const classicNetappReplication = (mode: Mode): SnapshotResource[] => {
  const volume = (name: string, location: string, tags: WireObject, extra: WireObject = {}) =>
    res("azure:netapp/volume:Volume", name, {
      name,
      id: VOLUME_ID(name),
      resourceGroupName: "rg",
      accountName: "anf",
      poolName: "pool",
      location,
      serviceLevel: "Premium",
      ...extra,
      tags,
    });
  return [
    volume("anf-src", "westeurope", EU_PERSONAL),
    volume("anf-dst", mode === "in" ? "northeurope" : "eastus", mode === "in" ? EU : US, {
      dataProtectionReplication: {
        endpointType: "dst",
        remoteVolumeLocation: "westeurope",
        remoteVolumeResourceId: mode === "unknown" ? UNKNOWN : VOLUME_ID("anf-src"),
        replicationFrequency: "10minutes",
      },
    }),
  ];
};

const TABLE_BUCKET_ARN = (region: string, name: string) =>
  `arn:aws:s3tables:${region}:111122223333:bucket/${name}`;
/** S3 Tables: an eu personal table bucket replicated to a table bucket in us-east-1 / eu-central-1. */
const tableBucketReplication = (mode: Mode): SnapshotResource[] => [
  res("aws:s3tables/tableBucket:TableBucket", "tables-eu", {
    name: "tables-eu",
    arn: TABLE_BUCKET_ARN("eu-west-1", "tables-eu"),
    region: "eu-west-1",
    tags: EU_PERSONAL,
  }),
  res("aws:s3tables/tableBucketReplication:TableBucketReplication", "tables-repl", {
    tableBucketArn: TABLE_BUCKET_ARN("eu-west-1", "tables-eu"),
    role: "arn:aws:iam::111122223333:role/replication",
    rule: {
      destinations: [
        {
          destinationTableBucketArn:
            mode === "unknown"
              ? UNKNOWN
              : TABLE_BUCKET_ARN(mode === "in" ? "eu-central-1" : "us-east-1", "tables-2"),
        },
      ],
    },
  }),
];

/** BigQuery: a materialized view replica (in a US / europe-west4 dataset) of an eu personal materialized view. */
const bigqueryReplica = (mode: Mode): SnapshotResource[] => {
  const dataset = (name: string, location: string, labels: WireObject) =>
    res("gcp:bigquery/dataset:Dataset", name, {
      datasetId: name,
      id: `projects/p/datasets/${name}`,
      location,
      labels,
    });
  return [
    dataset("ds_eu", "EU", EU_PERSONAL),
    dataset("ds_2", mode === "in" ? "europe-west4" : "US", mode === "in" ? EU : US),
    res("gcp:bigquery/table:Table", "mv", {
      datasetId: "ds_eu",
      tableId: "mv",
      id: "projects/p/datasets/ds_eu/tables/mv",
      labels: EU_PERSONAL,
    }),
    res("gcp:bigquery/table:Table", "mv-replica", {
      datasetId: "ds_2",
      tableId: "mv_replica",
      id: "projects/p/datasets/ds_2/tables/mv_replica",
      tableReplicationInfo: {
        sourceProjectId: "p",
        sourceDatasetId: "ds_eu",
        sourceTableId: mode === "unknown" ? UNKNOWN : "mv",
      },
      labels: mode === "in" ? EU : US,
    }),
  ];
};

const CASES: readonly Case[] = [
  {
    what: "azure-native SQL managed instance: geo-redundant backups by default (requestedBackupStorageRedundancy)",
    subject: "mi",
    stack: nativeInstance,
    out: /mandatory mi: .*requestedBackupStorageRedundancy.*southcentralus.*outside the declared zone `br`/,
    unknown: /mi: .*cannot verify.*requestedBackupStorageRedundancy/i,
  },
  {
    what: "classic SQL managed instance: storageAccountType defaults to GRS",
    subject: "mi",
    stack: classicInstance,
    out: /mandatory mi: .*storageAccountType.*southcentralus.*outside the declared zone `br`/,
    unknown: /mi: .*cannot verify.*storageAccountType/i,
  },
  {
    what: "classic SQL managed instance failover group (partnerManagedInstanceId)",
    subject: "mi-fog",
    stack: classicFailoverGroup,
    out: /mandatory mi-fog: .*partnerManagedInstanceId.*outside the declared zone `eu`/,
    unknown: /mi-fog: .*cannot verify.*partnerManagedInstanceId/i,
  },
  {
    what: "Managed Redis active geo-replication (geoReplication.linkedDatabases)",
    subject: "amr-eu-db",
    stack: redisGeo,
    out: /mandatory amr-eu-db: .*geoReplication\.linkedDatabases\[1\]\.id.*outside the declared zone `eu`/,
    unknown: /amr-eu-db: .*cannot verify.*geoReplication\.linkedDatabases/i,
  },
  {
    what: "Compute Engine asynchronous replication: the secondary disk (asyncPrimaryDisk.disk)",
    subject: "secondary",
    stack: diskReplication,
    out: /mandatory secondary: .*replication of primary.*outside the declared zone `eu`/,
    unknown: /secondary: .*cannot verify.*asyncPrimaryDisk/i,
  },
  {
    what: "Compute Engine asynchronous replication: the replication (secondaryDisk.disk)",
    subject: "repl",
    stack: diskAsyncReplication,
    out: /mandatory repl: .*secondaryDisk\.disk.*outside the declared zone `eu`/,
    unknown: /repl: .*cannot verify.*secondaryDisk/i,
  },
  {
    what: "AMI copy (sourceAmiId in sourceAmiRegion)",
    subject: "ami-copy",
    stack: amiCopy,
    out: /mandatory ami-copy: .*backup-copy of ami.*outside the declared zone `eu`/,
    unknown: /ami-copy: .*cannot verify.*sourceAmiId/i,
  },
  {
    what: "KMS replica external key (primaryKeyArn)",
    subject: "key-replica",
    stack: replicaExternalKey,
    out: /mandatory key-replica: .*key-replica of key.*outside the declared zone `eu`/,
    unknown: /key-replica: .*cannot verify.*primaryKeyArn/i,
  },
  {
    what: "MemoryDB regional cluster of a multi-region cluster (multiRegionClusterName)",
    subject: "mdb-2",
    stack: memoryDbMultiRegion,
    out: /mandatory mdb-2: .*replication of mrc.*outside the declared zone `eu`/,
    unknown: /mdb-2: .*cannot verify.*multiRegionClusterName/i,
  },
  {
    what: "NetApp Volumes replication (destinationVolumeParameters.storagePool)",
    subject: "nrepl",
    stack: netappReplication,
    out: /mandatory nrepl: .*destinationVolumeParameters\.storagePool.*us-east4.*outside the declared zone `eu`/,
    unknown: /nrepl: .*cannot verify.*destinationVolumeParameters/i,
  },
  {
    what: "NetApp Volumes cross-region backup vault (backupRegion)",
    subject: "nvault",
    stack: netappBackupVault,
    out: /mandatory nvault: .*backupRegion.*us-east1.*outside the declared zone `eu`/,
    unknown: /nvault: .*cannot verify.*backupRegion/i,
  },
  {
    what: "classic shared image version (targetRegions[].name)",
    subject: "img-v1",
    stack: sharedImageVersion,
    out: /mandatory img-v1: .*targetRegions\[1\]\.name.*eastus.*outside the declared zone `eu`/,
    unknown: /img-v1: .*cannot verify.*targetRegions/i,
  },
  {
    what: "classic NetApp volume replication (dataProtectionReplication.remoteVolumeResourceId)",
    subject: "anf-dst",
    stack: classicNetappReplication,
    out: /mandatory anf-dst: .*replication of anf-src.*outside the declared zone `eu`/,
    unknown: /anf-dst: .*cannot verify.*dataProtectionReplication/i,
  },
  {
    what: "S3 Tables table bucket replication (rule.destinations[].destinationTableBucketArn)",
    subject: "tables-repl",
    stack: tableBucketReplication,
    out: /mandatory tables-repl: .*destinationTableBucketArn.*us-east-1.*outside the declared zone `eu`/,
    unknown: /tables-repl: .*cannot verify.*destinationTableBucketArn/i,
  },
  {
    what: "BigQuery materialized view replica (tableReplicationInfo)",
    subject: "mv-replica",
    stack: bigqueryReplica,
    out: /mandatory mv-replica: .*replication of mv.*outside the declared zone `eu`/,
    unknown: /mv-replica: .*cannot verify.*tableReplicationInfo/i,
  },
];

describe("geo audit: cross-region paths declared since, over the wire", function () {
  this.timeout(120_000);
  before(buildPack);

  for (const c of CASES) {
    it(`${c.what}: leaves the zone`, async () => {
      some(await linesOf(c.subject, c.stack("out"), c.config), c.out);
    });
    it(`${c.what}: in-zone twin`, async () => {
      assert.deepEqual(pathFindings(await linesOf(c.subject, c.stack("in"), c.config)), []);
    });
    it(`${c.what}: evasion, unknown at preview, cannot be verified`, async () => {
      some(await linesOf(c.subject, c.stack("unknown"), c.config), c.unknown);
    });
  }
});

// Which resource types hold data (the README: storage, databases, backups, queues and streams,
// logs, keys, caches) and where each keeps its location. Tokens checked against the installed
// SDKs (node_modules/@pulumi/{aws,azure-native,gcp}/*/index.js, `__pulumiType`), pulumi-aws v7
// (per-resource `region`, docs/enhanced-region-support.md), azure-native v3, gcp v9.
import type { ConfiguringType, DataCategory, DataHoldingType, LocationRule } from "./types";

const AWS_REGION: LocationRule = { properties: ["region"], service: "regions", providerDefault: true };
// azure-native: a resource without `location` is created in its resource group's location; the
// provider's `location` only defaults ResourceGroups (node_modules/@pulumi/azure-native/provider.d.ts).
export const AZURE_RESOURCE_GROUP = "azure-native:resources:ResourceGroup";
export const AZURE_LOCATION: LocationRule = {
  properties: ["location"],
  service: "regions",
  providerDefault: false,
  parent: { property: "resourceGroupName", targets: [AZURE_RESOURCE_GROUP] },
};
/** A ResourceGroup's own location rule: its `location`, else the provider's, else `azure-native:location`. */
export const AZURE_RESOURCE_GROUP_LOCATION: LocationRule = {
  properties: ["location"],
  service: "regions",
  providerDefault: true,
};
const GCP_REGION: LocationRule = { properties: ["region"], service: "regions", providerDefault: true };
const GCP_REGIONAL_LOCATION: LocationRule = {
  properties: ["location"],
  service: "regions",
  providerDefault: false,
};
const GCP_ZONE: LocationRule = {
  properties: ["zone"],
  service: "regions",
  providerDefault: true,
  parse: "gcp-zone",
};

function aws(
  token: string,
  category: DataCategory,
  location: LocationRule = AWS_REGION,
  aliasOf?: string,
): DataHoldingType {
  return { token, cloud: "aws", category, location, tagsProperty: "tags", ...(aliasOf ? { aliasOf } : {}) };
}
function azure(token: string, category: DataCategory): DataHoldingType {
  return { token, cloud: "azure", category, location: AZURE_LOCATION, tagsProperty: "tags" };
}
function gcp(token: string, category: DataCategory, location: LocationRule, labels = true): DataHoldingType {
  return { token, cloud: "gcp", category, location, ...(labels ? { tagsProperty: "labels" } : {}) };
}

// S3 `Bucket` may only report its region as the output `bucketRegion` (stack policy, state files).
const S3_LOCATION: LocationRule = {
  properties: ["region", "bucketRegion"],
  service: "regions",
  providerDefault: true,
};

const TYPES: readonly DataHoldingType[] = [
  // AWS
  aws("aws:s3/bucket:Bucket", "storage", S3_LOCATION),
  aws("aws:s3/bucketV2:BucketV2", "storage", S3_LOCATION, "aws:s3/bucket:Bucket"),
  aws("aws:s3/directoryBucket:DirectoryBucket", "storage"),
  aws("aws:ebs/volume:Volume", "storage"),
  aws("aws:ebs/snapshot:Snapshot", "backup"),
  aws("aws:efs/fileSystem:FileSystem", "storage"),
  aws("aws:glacier/vault:Vault", "backup"),
  aws("aws:rds/instance:Instance", "database"),
  aws("aws:rds/cluster:Cluster", "database"),
  aws("aws:rds/snapshot:Snapshot", "backup"),
  aws("aws:rds/clusterSnapshot:ClusterSnapshot", "backup"),
  aws("aws:dynamodb/table:Table", "database"),
  aws("aws:docdb/cluster:Cluster", "database"),
  aws("aws:neptune/cluster:Cluster", "database"),
  aws("aws:redshift/cluster:Cluster", "database"),
  aws("aws:opensearch/domain:Domain", "database"),
  aws("aws:backup/vault:Vault", "backup"),
  aws("aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault", "backup"),
  aws("aws:kms/key:Key", "key"),
  aws("aws:kms/replicaKey:ReplicaKey", "key"),
  aws("aws:kms/externalKey:ExternalKey", "key"),
  aws("aws:secretsmanager/secret:Secret", "secret"),
  aws("aws:sqs/queue:Queue", "queue"),
  aws("aws:sns/topic:Topic", "queue"),
  aws("aws:kinesis/stream:Stream", "queue"),
  aws("aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", "queue"),
  aws("aws:msk/cluster:Cluster", "queue"),
  aws("aws:cloudwatch/logGroup:LogGroup", "log"),
  aws("aws:cloudtrail/trail:Trail", "log"),
  aws("aws:elasticache/replicationGroup:ReplicationGroup", "cache"),
  aws("aws:elasticache/cluster:Cluster", "cache"),
  aws("aws:elasticache/serverlessCache:ServerlessCache", "cache"),
  aws("aws:memorydb/cluster:Cluster", "cache"),
  // Azure (azure-native v3; Cosmos DB moved from `documentdb` to `cosmosdb`, both accepted)
  azure("azure-native:storage:StorageAccount", "storage"),
  azure("azure-native:recoveryservices:Vault", "backup"),
  azure("azure-native:dataprotection:BackupVault", "backup"),
  azure("azure-native:cosmosdb:DatabaseAccount", "database"),
  azure("azure-native:documentdb:DatabaseAccount", "database"),
  azure("azure-native:dbforpostgresql:Server", "database"),
  azure("azure-native:dbformysql:Server", "database"),
  azure("azure-native:sql:Server", "database"),
  azure("azure-native:sql:Database", "database"),
  azure("azure-native:sql:ManagedInstance", "database"),
  azure("azure-native:keyvault:Vault", "key"),
  azure("azure-native:keyvault:ManagedHsm", "key"),
  azure("azure-native:redis:Redis", "cache"),
  // Azure Managed Redis: `location` and `tags` (redisenterprise/redisEnterprise.d.ts).
  azure("azure-native:redisenterprise:RedisEnterprise", "cache"),
  azure("azure-native:eventhub:Namespace", "queue"),
  azure("azure-native:servicebus:Namespace", "queue"),
  azure("azure-native:operationalinsights:Workspace", "log"),
  azure("azure-native:compute:Disk", "storage"),
  azure("azure-native:compute:Snapshot", "backup"),
  // GCP
  gcp("gcp:storage/bucket:Bucket", "storage", {
    properties: ["location"],
    service: "gcs",
    providerDefault: false,
  }),
  gcp("gcp:bigquery/dataset:Dataset", "database", {
    properties: ["location"],
    service: "bigquery",
    providerDefault: false,
    // BigQuery datasets default to the `US` multi-region when no location is given (the README).
    implicitDefault: "US",
  }),
  gcp("gcp:kms/cryptoKey:CryptoKey", "key", {
    properties: ["keyRing"],
    service: "gcp-kms",
    providerDefault: false,
    parse: "gcp-resource-id",
  }),
  {
    ...gcp("gcp:sql/databaseInstance:DatabaseInstance", "database", GCP_REGION),
    tagsProperty: "settings.userLabels",
  },
  gcp("gcp:spanner/instance:Instance", "database", {
    properties: ["config"],
    service: "regions",
    providerDefault: false,
    parse: "spanner-config",
  }),
  gcp("gcp:alloydb/cluster:Cluster", "database", GCP_REGIONAL_LOCATION),
  gcp(
    "gcp:firestore/database:Database",
    "database",
    { properties: ["locationId"], service: "regions", providerDefault: false },
    false,
  ),
  gcp("gcp:redis/instance:Instance", "cache", GCP_REGION),
  gcp("gcp:pubsub/topic:Topic", "queue", { properties: [], service: "regions", providerDefault: false }),
  gcp("gcp:filestore/instance:Instance", "storage", {
    properties: ["location"],
    service: "regions",
    providerDefault: true,
    parse: "gcp-zone",
  }),
  gcp("gcp:compute/disk:Disk", "storage", GCP_ZONE),
  gcp("gcp:compute/regionDisk:RegionDisk", "storage", GCP_REGION),
  gcp("gcp:logging/projectBucketConfig:ProjectBucketConfig", "log", GCP_REGIONAL_LOCATION, false),
  gcp("gcp:backupdisasterrecovery/backupVault:BackupVault", "backup", GCP_REGIONAL_LOCATION),
  gcp("gcp:secretmanager/secret:Secret", "secret", {
    properties: [],
    service: "regions",
    providerDefault: false,
  }),
  gcp("gcp:artifactregistry/repository:Repository", "storage", GCP_REGIONAL_LOCATION),
];

const S3_BUCKETS = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] as const;
function s3Side(name: string, withV2: boolean): ConfiguringType[] {
  const base = name[0]!.toUpperCase() + name.slice(1);
  const out: ConfiguringType[] = [
    {
      token: `aws:s3/${name}:${base}`,
      cloud: "aws",
      property: "bucket",
      referenceKind: "name",
      targets: S3_BUCKETS,
    },
  ];
  if (withV2) {
    out.push({
      token: `aws:s3/${name}V2:${base}V2`,
      cloud: "aws",
      property: "bucket",
      referenceKind: "name",
      targets: S3_BUCKETS,
    });
  }
  return out;
}

const AZURE_ACCOUNT = ["azure-native:storage:StorageAccount"] as const;
function azureStorageChild(name: string): ConfiguringType {
  return {
    token: `azure-native:storage:${name}`,
    cloud: "azure",
    property: "accountName",
    referenceKind: "name",
    targets: AZURE_ACCOUNT,
  };
}

const CONFIGURING: readonly ConfiguringType[] = [
  ...s3Side("bucketReplicationConfig", false),
  ...s3Side("bucketServerSideEncryptionConfiguration", true),
  ...s3Side("bucketVersioning", true),
  ...s3Side("bucketObjectLockConfiguration", true),
  ...s3Side("bucketLifecycleConfiguration", true),
  ...s3Side("bucketAcl", true),
  ...s3Side("bucketLogging", true),
  ...s3Side("bucketPublicAccessBlock", false),
  ...s3Side("bucketPolicy", false),
  ...s3Side("bucketOwnershipControls", false),
  {
    token: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
    cloud: "aws",
    property: "backupVaultName",
    referenceKind: "name",
    targets: ["aws:backup/vault:Vault"],
  },
  {
    token: "aws:backup/vaultPolicy:VaultPolicy",
    cloud: "aws",
    property: "backupVaultName",
    referenceKind: "name",
    targets: ["aws:backup/vault:Vault"],
  },
  {
    // A plan moves data (copy actions) out of the vault it targets: it takes that vault's tags.
    token: "aws:backup/plan:Plan",
    cloud: "aws",
    property: "rules[0].targetVaultName",
    referenceKind: "name",
    targets: ["aws:backup/vault:Vault", "aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault"],
  },
  {
    token: "aws:kms/alias:Alias",
    cloud: "aws",
    property: "targetKeyId",
    referenceKind: "id",
    targets: ["aws:kms/key:Key", "aws:kms/replicaKey:ReplicaKey", "aws:kms/externalKey:ExternalKey"],
  },
  {
    // Created in the destination region; holds the replicated backups of the source instance.
    token: "aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication",
    cloud: "aws",
    property: "sourceDbInstanceArn",
    referenceKind: "arn",
    targets: ["aws:rds/instance:Instance"],
    holdsData: "backup",
    location: AWS_REGION,
  },
  {
    token: "aws:dynamodb/tableReplica:TableReplica",
    cloud: "aws",
    property: "globalTableArn",
    referenceKind: "arn",
    targets: ["aws:dynamodb/table:Table"],
    holdsData: "database",
    location: AWS_REGION,
  },
  azureStorageChild("BlobContainer"),
  azureStorageChild("BlobServiceProperties"),
  azureStorageChild("BlobContainerImmutabilityPolicy"),
  azureStorageChild("ManagementPolicy"),
  azureStorageChild("ObjectReplicationPolicy"),
  azureStorageChild("FileShare"),
  azureStorageChild("Queue"),
  azureStorageChild("Table"),
  {
    token: "azure-native:keyvault:Key",
    cloud: "azure",
    property: "vaultName",
    referenceKind: "name",
    targets: ["azure-native:keyvault:Vault"],
  },
  {
    token: "azure-native:keyvault:Secret",
    cloud: "azure",
    property: "vaultName",
    referenceKind: "name",
    targets: ["azure-native:keyvault:Vault"],
  },
  {
    // A key ring carries no labels; it holds keys, whose labels it takes (resolved through the
    // CryptoKeys that name it in `keyRing`).
    token: "gcp:kms/keyRing:KeyRing",
    cloud: "gcp",
    property: "keyRing",
    referenceKind: "id",
    targets: ["gcp:kms/cryptoKey:CryptoKey"],
    direction: "reverse",
    holdsData: "key",
    location: { properties: ["location"], service: "gcp-kms", providerDefault: false },
  },
  {
    token: "gcp:storage/bucketIAMMember:BucketIAMMember",
    cloud: "gcp",
    property: "bucket",
    referenceKind: "name",
    targets: ["gcp:storage/bucket:Bucket"],
  },
  {
    token: "gcp:storage/bucketIAMBinding:BucketIAMBinding",
    cloud: "gcp",
    property: "bucket",
    referenceKind: "name",
    targets: ["gcp:storage/bucket:Bucket"],
  },
];

const BY_TOKEN: ReadonlyMap<string, DataHoldingType> = new Map(TYPES.map((t) => [t.token, t]));
const CONFIGURING_BY_TOKEN: ReadonlyMap<string, ConfiguringType> = new Map(
  CONFIGURING.map((t) => [t.token, t]),
);

/** The data-holding type entry for a token, if it holds data and is directly taggable. */
export function dataHoldingType(token: string): DataHoldingType | undefined {
  return BY_TOKEN.get(token);
}

/** The configuring-type entry for a token (side resources judged with their target's tags). */
export function configuringType(token: string): ConfiguringType | undefined {
  return CONFIGURING_BY_TOKEN.get(token);
}

export function allDataHoldingTypes(): readonly DataHoldingType[] {
  return TYPES;
}

export function allConfiguringTypes(): readonly ConfiguringType[] {
  return CONFIGURING;
}

/** `aws:s3/bucketV2:BucketV2` and `aws:s3/bucket:Bucket` are the same thing for policy purposes. */
export function canonicalToken(token: string): string {
  return BY_TOKEN.get(token)?.aliasOf ?? token;
}

/** S3 side resources come in pairs (`BucketAcl` / deprecated `BucketAclV2`): the non-V2 token. */
export function sideResourceToken(token: string): string {
  return canonicalToken(token).replace(/V2(:[A-Za-z]+)V2$/, "$1");
}

export function cloudOfToken(token: string): "aws" | "azure" | "gcp" | undefined {
  if (token.startsWith("aws:") || token === "pulumi:providers:aws") return "aws";
  if (token.startsWith("azure-native:") || token === "pulumi:providers:azure-native") return "azure";
  if (token.startsWith("gcp:") || token === "pulumi:providers:gcp") return "gcp";
  return undefined;
}

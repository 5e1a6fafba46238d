// Per-type encryption cases: CMK in region → key and its location; provider default; unknown key
// → unknown naming the property; explicit off where the type allows it; inherited from a source.
import type { PropertyBag } from "../../../sovereignty/resource/properties";

export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export const UNKNOWN_BOOL = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";
export const UNKNOWN_ARRAY = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";

export const awsKey = (region: string): string => `arn:aws:kms:${region}:123456789012:key/1234abcd`;
export const gcpKey = (location: string): string =>
  `projects/p/locations/${location}/keyRings/ring/cryptoKeys/key`;
export const AZURE_KEY = "https://vault1.vault.azure.net/keys/key1/0123456789abcdef";

export type Expected =
  | { kind: "customer-managed"; property: string; region?: string; raw?: string }
  | { kind: "provider-default"; property?: string }
  | { kind: "disabled"; property: string }
  | { kind: "unknown"; property: string; atRest: "on" | "unknown" }
  | { kind: "inherited"; property: string; from: string[] };

export interface Case {
  readonly name: string;
  readonly props: PropertyBag;
  readonly expect: Expected;
}

const cmk = (property: string, region?: string, raw?: string): Expected => ({
  kind: "customer-managed",
  property,
  ...(region ? { region } : {}),
  ...(raw ? { raw } : {}),
});
const DEFAULT: Expected = { kind: "provider-default" };
const unknownOn = (property: string): Expected => ({ kind: "unknown", property, atRest: "on" });
const unknownOff = (property: string): Expected => ({ kind: "unknown", property, atRest: "unknown" });
const off = (property: string): Expected => ({ kind: "disabled", property });

/** A service that always encrypts and takes one optional key at `path`. */
function alwaysKey(path: string[], key: string, region: string): Case[] {
  const nest = (v: unknown): PropertyBag =>
    path.reduceRight<unknown>((inner, part) => ({ [part]: inner }), v) as PropertyBag;
  const property = path.join(".");
  return [
    { name: "customer-managed key in region", props: nest(key), expect: cmk(property, region) },
    { name: "no key: provider default", props: {}, expect: DEFAULT },
    { name: "key unknown at preview", props: nest(UNKNOWN), expect: unknownOn(property) },
  ];
}

export const CASES: Readonly<Record<string, readonly Case[]>> = {
  // ---------- AWS ----------
  "aws:cloudwatch/logGroup:LogGroup": alwaysKey(["kmsKeyId"], awsKey("eu-central-1"), "eu-central-1"),
  "aws:secretsmanager/secret:Secret": alwaysKey(["kmsKeyId"], awsKey("eu-central-1"), "eu-central-1"),
  "aws:sns/topic:Topic": [
    {
      name: "KMS key",
      props: { kmsMasterKeyId: awsKey("eu-west-1") },
      expect: cmk("kmsMasterKeyId", "eu-west-1"),
    },
    { name: "no key: not encrypted", props: {}, expect: off("kmsMasterKeyId") },
    { name: "key unknown", props: { kmsMasterKeyId: UNKNOWN }, expect: unknownOn("kmsMasterKeyId") },
  ],
  "aws:ebs/volume:Volume": [
    {
      name: "encrypted with a CMK",
      props: { encrypted: true, kmsKeyId: awsKey("eu-central-1") },
      expect: cmk("kmsKeyId", "eu-central-1"),
    },
    { name: "encrypted, default key", props: { encrypted: true }, expect: DEFAULT },
    { name: "explicitly off", props: { encrypted: false }, expect: off("encrypted") },
    { name: "flag unknown", props: { encrypted: UNKNOWN_BOOL }, expect: unknownOff("encrypted") },
    { name: "key unknown", props: { encrypted: "true", kmsKeyId: UNKNOWN }, expect: unknownOn("kmsKeyId") },
  ],
  "aws:ebs/snapshot:Snapshot": [
    {
      name: "takes its volume's encryption",
      props: { volumeId: "vol-0123" },
      expect: { kind: "inherited", property: "volumeId", from: ["aws:ebs/volume:Volume"] },
    },
    {
      name: "volume id unknown at preview: still the volume's",
      props: { volumeId: UNKNOWN },
      expect: { kind: "inherited", property: "volumeId", from: ["aws:ebs/volume:Volume"] },
    },
  ],
  "aws:efs/fileSystem:FileSystem": [
    {
      name: "encrypted with a CMK",
      props: { encrypted: true, kmsKeyId: awsKey("eu-north-1") },
      expect: cmk("kmsKeyId", "eu-north-1"),
    },
    { name: "encrypted, default key", props: { encrypted: true }, expect: DEFAULT },
    { name: "not encrypted (the default)", props: {}, expect: off("encrypted") },
  ],
  "aws:glacier/vault:Vault": [{ name: "AWS-managed keys only", props: { name: "v" }, expect: DEFAULT }],
  "aws:rds/snapshot:Snapshot": [
    {
      name: "takes its instance's encryption",
      props: { dbInstanceIdentifier: "db1", dbSnapshotIdentifier: "s1" },
      expect: { kind: "inherited", property: "dbInstanceIdentifier", from: ["aws:rds/instance:Instance"] },
    },
  ],
  "aws:rds/clusterSnapshot:ClusterSnapshot": [
    {
      name: "takes its cluster's encryption",
      props: { dbClusterIdentifier: UNKNOWN, dbClusterSnapshotIdentifier: "s1" },
      expect: { kind: "inherited", property: "dbClusterIdentifier", from: ["aws:rds/cluster:Cluster"] },
    },
  ],
  "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream": [
    {
      name: "customer-managed CMK",
      props: {
        serverSideEncryption: { enabled: true, keyType: "CUSTOMER_MANAGED_CMK", keyArn: awsKey("eu-west-3") },
      },
      expect: cmk("serverSideEncryption.keyArn", "eu-west-3"),
    },
    { name: "AWS owned key", props: { serverSideEncryption: { enabled: true } }, expect: DEFAULT },
    { name: "off (the default)", props: {}, expect: off("serverSideEncryption.enabled") },
    {
      name: "explicitly off",
      props: { serverSideEncryption: { enabled: "false" } },
      expect: off("serverSideEncryption.enabled"),
    },
    {
      name: "switch unknown",
      props: { serverSideEncryption: { enabled: UNKNOWN_BOOL } },
      expect: unknownOff("serverSideEncryption.enabled"),
    },
    {
      name: "key unknown",
      props: { serverSideEncryption: { enabled: true, keyType: "CUSTOMER_MANAGED_CMK", keyArn: UNKNOWN } },
      expect: unknownOn("serverSideEncryption.keyArn"),
    },
  ],
  "aws:msk/cluster:Cluster": alwaysKey(
    ["encryptionInfo", "encryptionAtRestKmsKeyArn"],
    awsKey("eu-central-1"),
    "eu-central-1",
  ),
  "aws:elasticache/cluster:Cluster": [
    {
      name: "member of a replication group",
      props: { replicationGroupId: "rg1" },
      expect: {
        kind: "inherited",
        property: "replicationGroupId",
        from: ["aws:elasticache/replicationGroup:ReplicationGroup"],
      },
    },
    {
      name: "standalone node: no at-rest encryption",
      props: { engine: "memcached" },
      expect: off("replicationGroupId"),
    },
  ],
  "aws:elasticache/serverlessCache:ServerlessCache": alwaysKey(
    ["kmsKeyId"],
    awsKey("eu-central-1"),
    "eu-central-1",
  ),
  "aws:memorydb/cluster:Cluster": alwaysKey(["kmsKeyArn"], awsKey("eu-central-1"), "eu-central-1"),
  "aws:opensearch/domain:Domain": [
    {
      name: "encrypted with a CMK",
      props: { encryptAtRest: { enabled: true, kmsKeyId: awsKey("eu-central-1") } },
      expect: cmk("encryptAtRest.kmsKeyId", "eu-central-1"),
    },
    { name: "encrypted, default key", props: { encryptAtRest: { enabled: true } }, expect: DEFAULT },
    {
      name: "explicitly off",
      props: { encryptAtRest: { enabled: false } },
      expect: off("encryptAtRest.enabled"),
    },
  ],

  // ---------- Azure ----------
  "azure-native:dbformysql:Server": [
    {
      name: "Key Vault key",
      props: { dataEncryption: { type: "AzureKeyVault", primaryKeyURI: AZURE_KEY } },
      expect: cmk("dataEncryption.primaryKeyURI", undefined, AZURE_KEY),
    },
    { name: "system managed", props: { dataEncryption: { type: "SystemManaged" } }, expect: DEFAULT },
    { name: "nothing set", props: {}, expect: DEFAULT },
    {
      name: "type unknown",
      props: { dataEncryption: { type: UNKNOWN } },
      expect: unknownOn("dataEncryption.type"),
    },
    {
      name: "key unknown",
      props: { dataEncryption: { type: "AzureKeyVault", primaryKeyURI: UNKNOWN } },
      expect: unknownOn("dataEncryption.primaryKeyURI"),
    },
  ],
  "azure-native:sql:Server": [
    { name: "CMK protector", props: { keyId: AZURE_KEY }, expect: cmk("keyId", undefined, AZURE_KEY) },
    { name: "service-managed TDE", props: {}, expect: DEFAULT },
    { name: "key unknown", props: { keyId: UNKNOWN }, expect: unknownOn("keyId") },
  ],
  "azure-native:sql:ManagedInstance": [
    { name: "CMK protector", props: { keyId: AZURE_KEY }, expect: cmk("keyId", undefined, AZURE_KEY) },
    { name: "service-managed TDE", props: {}, expect: DEFAULT },
  ],
  "azure-native:sql:Database": [
    {
      name: "per-database CMK",
      props: { serverName: "s1", encryptionProtector: AZURE_KEY },
      expect: cmk("encryptionProtector", undefined, AZURE_KEY),
    },
    {
      name: "server's protector",
      props: { serverName: "s1" },
      expect: { kind: "inherited", property: "serverName", from: ["azure-native:sql:Server"] },
    },
    {
      name: "own protector unknown",
      props: { serverName: "s1", encryptionProtector: UNKNOWN },
      expect: unknownOn("encryptionProtector"),
    },
  ],
  "azure-native:eventhub:Namespace": [
    {
      name: "Key Vault key",
      props: {
        encryption: {
          keySource: "Microsoft.KeyVault",
          keyVaultProperties: [{ keyVaultUri: "https://vault1.vault.azure.net/", keyName: "k1" }],
        },
      },
      expect: cmk(
        "encryption.keyVaultProperties[0].keyVaultUri",
        undefined,
        "https://vault1.vault.azure.net/keys/k1",
      ),
    },
    { name: "Microsoft-managed", props: {}, expect: DEFAULT },
    {
      name: "key list unknown",
      props: { encryption: { keyVaultProperties: UNKNOWN_ARRAY } },
      expect: unknownOn("encryption.keyVaultProperties"),
    },
    {
      name: "vault URI unknown",
      props: { encryption: { keyVaultProperties: [{ keyVaultUri: UNKNOWN, keyName: "k1" }] } },
      expect: unknownOn("encryption.keyVaultProperties[0].keyVaultUri"),
    },
  ],
  "azure-native:servicebus:Namespace": [
    {
      name: "Key Vault key",
      props: {
        encryption: {
          keyVaultProperties: [{ keyVaultUri: "https://vault2.vault.azure.net", keyName: "k2" }],
        },
      },
      expect: cmk(
        "encryption.keyVaultProperties[0].keyVaultUri",
        undefined,
        "https://vault2.vault.azure.net/keys/k2",
      ),
    },
    { name: "Microsoft-managed", props: { sku: { name: "Premium" } }, expect: DEFAULT },
  ],
  "azure-native:compute:Disk": [
    {
      name: "disk encryption set",
      props: {
        encryption: {
          type: "EncryptionAtRestWithCustomerKey",
          diskEncryptionSetId:
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des1",
        },
      },
      expect: cmk(
        "encryption.diskEncryptionSetId",
        undefined,
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des1",
      ),
    },
    {
      name: "platform key",
      props: { encryption: { type: "EncryptionAtRestWithPlatformKey" } },
      expect: DEFAULT,
    },
    { name: "nothing set", props: {}, expect: DEFAULT },
    {
      name: "set unknown",
      props: { encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: UNKNOWN } },
      expect: unknownOn("encryption.diskEncryptionSetId"),
    },
    { name: "type unknown", props: { encryption: { type: UNKNOWN } }, expect: unknownOn("encryption.type") },
  ],
  "azure-native:compute:Snapshot": [
    {
      name: "disk encryption set",
      props: { encryption: { diskEncryptionSetId: "/subscriptions/s/x/diskEncryptionSets/des1" } },
      expect: cmk("encryption.diskEncryptionSetId"),
    },
    { name: "nothing set", props: {}, expect: DEFAULT },
  ],
  "azure-native:dataprotection:BackupVault": [
    {
      name: "CMK enabled",
      props: {
        properties: {
          securitySettings: {
            encryptionSettings: { state: "Enabled", keyVaultProperties: { keyUri: AZURE_KEY } },
          },
        },
      },
      expect: cmk(
        "properties.securitySettings.encryptionSettings.keyVaultProperties.keyUri",
        undefined,
        AZURE_KEY,
      ),
    },
    {
      name: "CMK disabled: platform keys",
      props: { properties: { securitySettings: { encryptionSettings: { state: "Disabled" } } } },
      expect: DEFAULT,
    },
    {
      name: "state unknown",
      props: { properties: { securitySettings: { encryptionSettings: { state: UNKNOWN } } } },
      expect: unknownOn("properties.securitySettings.encryptionSettings.state"),
    },
  ],
  "azure-native:recoveryservices:Vault": [
    {
      name: "CMK",
      props: { properties: { encryption: { keyVaultProperties: { keyUri: AZURE_KEY } } } },
      expect: cmk("properties.encryption.keyVaultProperties.keyUri", undefined, AZURE_KEY),
    },
    { name: "platform keys", props: { properties: {} }, expect: DEFAULT },
  ],
  "azure-native:redis:Redis": [
    { name: "Microsoft-managed keys only", props: { sku: { name: "Premium" } }, expect: DEFAULT },
  ],
  "azure-native:redisenterprise:RedisEnterprise": [
    {
      name: "CMK",
      props: { encryption: { customerManagedKeyEncryption: { keyEncryptionKeyUrl: AZURE_KEY } } },
      expect: cmk("encryption.customerManagedKeyEncryption.keyEncryptionKeyUrl", undefined, AZURE_KEY),
    },
    { name: "Microsoft-managed", props: {}, expect: DEFAULT },
  ],

  // ---------- GCP ----------
  "gcp:spanner/database:Database": [
    {
      name: "CMEK",
      props: { encryptionConfig: { kmsKeyName: gcpKey("europe-west3") } },
      expect: cmk("encryptionConfig.kmsKeyName", "europe-west3"),
    },
    {
      name: "multi-region CMEKs",
      props: { encryptionConfig: { kmsKeyNames: [gcpKey("europe-west1"), gcpKey("europe-west4")] } },
      expect: cmk("encryptionConfig.kmsKeyNames[0]", "europe-west1"),
    },
    { name: "Google-managed", props: {}, expect: DEFAULT },
    {
      name: "key unknown",
      props: { encryptionConfig: { kmsKeyName: UNKNOWN } },
      expect: unknownOn("encryptionConfig.kmsKeyName"),
    },
  ],
  "gcp:bigquery/dataset:Dataset": alwaysKey(
    ["defaultEncryptionConfiguration", "kmsKeyName"],
    gcpKey("europe-west3"),
    "europe-west3",
  ),
  "gcp:pubsub/topic:Topic": alwaysKey(["kmsKeyName"], gcpKey("europe-west1"), "europe-west1"),
  "gcp:filestore/instance:Instance": alwaysKey(["kmsKeyName"], gcpKey("europe-west3"), "europe-west3"),
  "gcp:alloydb/cluster:Cluster": alwaysKey(
    ["encryptionConfig", "kmsKeyName"],
    gcpKey("europe-west3"),
    "europe-west3",
  ),
  "gcp:firestore/database:Database": alwaysKey(["cmekConfig", "kmsKeyName"], gcpKey("europe"), "europe"),
  "gcp:artifactregistry/repository:Repository": alwaysKey(
    ["kmsKeyName"],
    gcpKey("europe-west3"),
    "europe-west3",
  ),
  "gcp:logging/projectBucketConfig:ProjectBucketConfig": alwaysKey(
    ["cmekSettings", "kmsKeyName"],
    gcpKey("europe-west3"),
    "europe-west3",
  ),
  "gcp:backupdisasterrecovery/backupVault:BackupVault": alwaysKey(
    ["encryptionConfig", "kmsKeyName"],
    gcpKey("europe-west3"),
    "europe-west3",
  ),
  "gcp:compute/disk:Disk": [
    ...alwaysKey(
      ["diskEncryptionKey", "kmsKeySelfLink"],
      `${gcpKey("europe-west3")}/cryptoKeyVersions/1`,
      "europe-west3",
    ),
    {
      name: "customer-supplied key (never echoed)",
      props: { diskEncryptionKey: { rawKey: "c2VjcmV0LWtleS1tYXRlcmlhbA==" } },
      expect: cmk("diskEncryptionKey.rawKey", undefined, "(customer-supplied key)"),
    },
  ],
  "gcp:compute/regionDisk:RegionDisk": alwaysKey(
    ["diskEncryptionKey", "kmsKeyName"],
    gcpKey("europe-west3"),
    "europe-west3",
  ),
  "gcp:secretmanager/secret:Secret": [
    {
      name: "automatic replication with a CMEK",
      props: { replication: { auto: { customerManagedEncryption: { kmsKeyName: gcpKey("global") } } } },
      expect: cmk("replication.auto.customerManagedEncryption.kmsKeyName", "global"),
    },
    {
      name: "every replica with its CMEK",
      props: {
        replication: {
          userManaged: {
            replicas: [
              { location: "europe-west3", customerManagedEncryption: { kmsKeyName: gcpKey("europe-west3") } },
              { location: "europe-west1", customerManagedEncryption: { kmsKeyName: gcpKey("europe-west1") } },
            ],
          },
        },
      },
      expect: cmk("replication.userManaged.replicas[0].customerManagedEncryption.kmsKeyName", "europe-west3"),
    },
    {
      name: "one replica without a CMEK",
      props: {
        replication: {
          userManaged: {
            replicas: [
              { location: "europe-west3", customerManagedEncryption: { kmsKeyName: gcpKey("europe-west3") } },
              { location: "europe-west1" },
            ],
          },
        },
      },
      expect: {
        kind: "provider-default",
        property: "replication.userManaged.replicas[1].customerManagedEncryption.kmsKeyName",
      },
    },
    {
      name: "a replica's key unknown",
      props: {
        replication: {
          userManaged: {
            replicas: [{ location: "europe-west3", customerManagedEncryption: { kmsKeyName: UNKNOWN } }],
          },
        },
      },
      expect: unknownOn("replication.userManaged.replicas[0].customerManagedEncryption.kmsKeyName"),
    },
    { name: "Google-managed", props: { replication: { auto: {} } }, expect: DEFAULT },
  ],
};

// The unknowns matrix: every input that can be unknown at preview × classification, and what
// the pack does with it (docs/design.md "Unknown values"):
//   resolved     — the stack policy follows the reference through the engine's property
//                  dependencies; no "cannot verify" (and `outside` proves it really placed it);
//   unverifiable — "cannot verify" naming the property: mandatory for personal, advisory for internal;
//   irrelevant   — the value cannot change a verdict for this classification: nothing reported.
import { UNKNOWN, urn, type TestResource } from "../policypack/harness";
import type { PolicyShort } from "./verdicts";

export type Cls = "internal" | "personal";
export type UnknownVerdict = "resolved" | "unverifiable" | "irrelevant";

export interface UnknownRow {
  readonly input: string;
  /** The property that is unknown, as messages name it. */
  readonly property: string;
  readonly policy: PolicyShort;
  readonly build: (cls: Cls) => TestResource[];
  /** For resolved rows: the same graph with the referenced resource outside the zone. */
  readonly outside?: (cls: Cls) => TestResource[];
  readonly expect: Readonly<Record<Cls, UnknownVerdict>>;
}

const region = (r: string) => `arn:aws:kms:${r}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const aws = (r: string, extra: Record<string, unknown> = {}) => ({
  type: "pulumi:providers:aws",
  name: `aws-${r}`,
  props: { region: r, ...extra },
});
const FRA = aws("eu-central-1");
const tags = (cls: Cls, extra: Record<string, unknown> = {}) => ({
  "data-residency": "eu",
  "data-classification": cls,
  ...extra,
});
const RDS = "aws:rds/instance:Instance";
/** A compliant RDS instance for either classification (encrypted, CMK in its region). */
const rds = (
  cls: Cls,
  props: Record<string, unknown> = {},
  provider: TestResource["provider"] = FRA,
): TestResource => ({
  type: RDS,
  name: "db",
  props: { tags: tags(cls), storageEncrypted: true, kmsKeyId: region("eu-central-1"), ...props },
  provider,
});
const S3 = "aws:s3/bucket:Bucket";
const bucket = (name: string, cls: Cls, r = "eu-central-1"): TestResource[] => [
  { type: S3, name, props: { bucket: name, tags: tags(cls) }, provider: aws(r) },
  {
    type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    name: `${name}-sse`,
    props: {
      bucket: name,
      rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: region(r) } }],
    },
    provider: aws(r),
  },
];
const replication = (dest: string, deps: readonly string[]): TestResource => ({
  type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
  name: "src-replication",
  props: {
    bucket: "src",
    role: "arn:aws:iam::1:role/r",
    rules: [{ id: "all", status: "Enabled", destination: { bucket: dest } }],
  },
  provider: FRA,
  propertyDependencies: deps.length ? { rules: deps } : {},
});
const vault = (name: string, cls: Cls, r = "eu-central-1"): TestResource[] => [
  {
    type: "aws:backup/vault:Vault",
    name,
    props: { name, tags: tags(cls), kmsKeyArn: region(r) },
    provider: aws(r),
  },
  {
    type: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
    name: `${name}-lock`,
    props: { backupVaultName: name, minRetentionDays: 30 },
    provider: aws(r),
  },
];
const plan = (copyTo: string, deps: readonly string[]): TestResource => ({
  type: "aws:backup/plan:Plan",
  name: "daily",
  props: {
    name: "daily",
    rules: [
      {
        ruleName: "d",
        targetVaultName: "main",
        schedule: "cron(0 5 * * ? *)",
        copyActions: [{ destinationVaultArn: copyTo }],
      },
    ],
  },
  provider: FRA,
  propertyDependencies: deps.length ? { rules: deps } : {},
});
const key = (name: string, r: string): TestResource => ({
  type: "aws:kms/key:Key",
  name,
  props: { description: name, tags: { "data-residency": "eu", "data-classification": "internal" } },
  provider: aws(r),
});
const AZ_RG = "azure-native:resources:ResourceGroup";
const azureStorage = (
  cls: Cls,
  props: Record<string, unknown>,
  deps: Record<string, readonly string[]> = {},
): TestResource => ({
  type: "azure-native:storage:StorageAccount",
  name: "acct",
  props: {
    accountName: "acct",
    resourceGroupName: "rg",
    sku: { name: "Standard_ZRS" },
    kind: "StorageV2",
    tags: tags(cls),
    encryption: {
      keySource: "Microsoft.Keyvault",
      keyVaultProperties: { keyVaultUri: "https://kv.vault.azure.net/", keyName: "k" },
    },
    ...props,
  },
  propertyDependencies: deps,
});
/** The Key Vault holding the storage account's CMK, in the resource group's location. */
const keyVault = (location: string): TestResource => ({
  type: "azure-native:keyvault:Vault",
  name: "kv",
  props: {
    vaultName: "kv",
    resourceGroupName: "rg",
    location,
    tags: { "data-residency": "eu", "data-classification": "internal" },
  },
});
const rg = (location: string): TestResource => ({
  type: AZ_RG,
  name: "rg",
  props: { resourceGroupName: "rg", location },
});
const cloudSql = (cls: Cls, backupLocation: unknown): TestResource => ({
  type: "gcp:sql/databaseInstance:DatabaseInstance",
  name: "sql",
  props: {
    region: "europe-west3",
    databaseVersion: "POSTGRES_16",
    encryptionKeyName: "projects/p/locations/europe-west3/keyRings/r/cryptoKeys/k",
    settings: {
      tier: "db-custom-1-3840",
      userLabels: tags(cls),
      ipConfiguration: { ipv4Enabled: false },
      backupConfiguration: { enabled: true, location: backupLocation },
    },
  },
});
const gcsBucket = (cls: Cls, keyName: unknown, deps: readonly string[] = []): TestResource => ({
  type: "gcp:storage/bucket:Bucket",
  name: "files",
  props: {
    name: "files",
    location: "europe-west3",
    uniformBucketLevelAccess: true,
    labels: tags(cls),
    encryption: { defaultKmsKeyName: keyName },
  },
  propertyDependencies: deps.length ? { encryption: deps } : {},
});
const gcpKey = (ringLocation: string): TestResource[] => [
  { type: "gcp:kms/keyRing:KeyRing", name: "ring", props: { name: "ring", location: ringLocation } },
  {
    type: "gcp:kms/cryptoKey:CryptoKey",
    name: "k",
    props: {
      name: "k",
      keyRing: UNKNOWN,
      labels: { "data-residency": "eu", "data-classification": "internal" },
    },
    propertyDependencies: { keyRing: [urn("gcp:kms/keyRing:KeyRing", "ring")] },
  },
];

export const UNKNOWN_ROWS: readonly UnknownRow[] = [
  {
    input: "resource region (v7 per-resource `region`)",
    property: "region",
    policy: "location",
    build: (c) => [rds(c, { region: UNKNOWN })],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "provider region",
    property: "provider.region",
    policy: "location",
    build: (c) => [rds(c, {}, aws(UNKNOWN))],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "Azure location through its resource group (`location: group.location`)",
    property: "location",
    policy: "stack",
    build: (c) => [
      rg("westeurope"),
      keyVault("westeurope"),
      azureStorage(c, { location: UNKNOWN }, { location: [urn(AZ_RG, "rg")] }),
    ],
    outside: (c) => [
      rg("brazilsouth"),
      keyVault("brazilsouth"),
      azureStorage(c, { location: UNKNOWN }, { location: [urn(AZ_RG, "rg")] }),
    ],
    expect: { internal: "resolved", personal: "resolved" },
  },
  {
    input: "one residency tag value (`data-residency`)",
    property: "tags.data-residency",
    policy: "tags",
    build: (c) => [rds(c, { tags: { "data-residency": UNKNOWN, "data-classification": c } })],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "the resource's whole tag map, with the classification only in its provider's default tags",
    property: "tags",
    policy: "tags",
    build: (c) => [
      rds(c, { tags: UNKNOWN }, aws("eu-central-1", { defaultTags: JSON.stringify({ tags: tags(c) }) })),
    ],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "transfer-approval tag",
    property: "tags.transfer-approval",
    policy: "approvals",
    build: (c) => [rds(c, { tags: tags(c, { "transfer-approval": UNKNOWN }) })],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "replication destination bucket ARN, linked by dependency",
    property: "rules[0].destination.bucket",
    policy: "stack",
    build: (c) => [
      ...bucket("src", c),
      ...bucket("dst", c, "eu-west-1"),
      replication(UNKNOWN, [urn(S3, "dst")]),
    ],
    outside: (c) => [
      ...bucket("src", c),
      ...bucket("dst", c, "eu-west-2"),
      replication(UNKNOWN, [urn(S3, "dst")]),
    ],
    expect: { internal: "resolved", personal: "resolved" },
  },
  {
    input: "replication destination bucket ARN, no dependency",
    property: "rules[0].destination.bucket",
    policy: "stack",
    build: (c) => [...bucket("src", c), replication(UNKNOWN, [])],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "backup copy action vault ARN, linked by dependency",
    property: "rules[0].copyActions[0].destinationVaultArn",
    policy: "stack",
    build: (c) => [
      ...vault("main", c),
      ...vault("copy", c, "eu-north-1"),
      plan(UNKNOWN, [urn("aws:backup/vault:Vault", "copy")]),
    ],
    outside: (c) => [
      ...vault("main", c),
      ...vault("copy", c, "us-east-1"),
      plan(UNKNOWN, [urn("aws:backup/vault:Vault", "copy")]),
    ],
    expect: { internal: "resolved", personal: "resolved" },
  },
  {
    input: "backup copy action vault ARN, `rules` depending on the plan's own vault and on the copy vault",
    property: "rules[0].copyActions[0].destinationVaultArn",
    policy: "stack",
    build: (c) => [
      ...vault("main", c),
      ...vault("copy", c, "eu-north-1"),
      plan(UNKNOWN, [urn("aws:backup/vault:Vault", "main"), urn("aws:backup/vault:Vault", "copy")]),
    ],
    outside: (c) => [
      ...vault("main", c),
      ...vault("copy", c, "us-east-1"),
      plan(UNKNOWN, [urn("aws:backup/vault:Vault", "main"), urn("aws:backup/vault:Vault", "copy")]),
    ],
    expect: { internal: "resolved", personal: "resolved" },
  },
  {
    input: "backup copy action vault ARN, no dependency",
    property: "rules[0].copyActions[0].destinationVaultArn",
    policy: "stack",
    build: (c) => [...vault("main", c), plan(UNKNOWN, [])],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input:
      "backup plan `rules`, the whole list unknown (`pulumi.output(rules).apply(...)`), depending on its own vault",
    property: "rules",
    policy: "stack",
    build: (c) => [
      ...vault("main", c),
      {
        ...plan("unused", [urn("aws:backup/vault:Vault", "main")]),
        props: { name: "daily", rules: UNKNOWN },
      },
    ],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "S3 replication `rules`, the whole list unknown, depending on a bucket",
    property: "rules",
    policy: "stack",
    build: (c) => [
      ...bucket("src", c),
      ...bucket("dst", c, "eu-west-1"),
      {
        ...replication("dst", [urn(S3, "dst")]),
        props: { bucket: "src", role: "arn:aws:iam::1:role/r", rules: UNKNOWN },
      },
    ],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "DynamoDB `replicas`, the whole list unknown, depending on a KMS key",
    property: "replicas",
    policy: "stack",
    build: (c) => [
      key("k", "eu-central-1"),
      {
        type: "aws:dynamodb/table:Table",
        name: "t",
        props: {
          name: "t",
          tags: tags(c),
          replicas: UNKNOWN,
          serverSideEncryption: { enabled: true, kmsKeyArn: region("eu-central-1") },
        },
        provider: FRA,
        propertyDependencies: { replicas: [urn("aws:kms/key:Key", "k")] },
      },
    ],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "Cosmos DB `locations`, the whole list unknown, depending on its resource group",
    property: "locations",
    policy: "stack",
    build: (c) => [
      rg("westeurope"),
      keyVault("westeurope"),
      {
        type: "azure-native:cosmosdb:DatabaseAccount",
        name: "cosmos",
        props: {
          accountName: "cosmos",
          resourceGroupName: "rg",
          location: "westeurope",
          databaseAccountOfferType: "Standard",
          publicNetworkAccess: "Disabled",
          keyVaultKeyUri: "https://kv.vault.azure.net/keys/k",
          backupPolicy: { type: "Continuous" },
          tags: tags(c),
          locations: UNKNOWN,
        },
        propertyDependencies: { locations: [urn(AZ_RG, "rg")] },
      },
    ],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "KMS key id (`kmsKeyId: key.arn`), linked by dependency",
    property: "kmsKeyId",
    policy: "stack",
    build: (c) => [
      key("k", "eu-central-1"),
      { ...rds(c, { kmsKeyId: UNKNOWN }), propertyDependencies: { kmsKeyId: [urn("aws:kms/key:Key", "k")] } },
    ],
    outside: (c) => [
      key("k", "eu-west-1"),
      { ...rds(c, { kmsKeyId: UNKNOWN }), propertyDependencies: { kmsKeyId: [urn("aws:kms/key:Key", "k")] } },
    ],
    expect: { internal: "irrelevant", personal: "resolved" },
  },
  {
    input: "KMS key id, no dependency",
    property: "kmsKeyId",
    policy: "stack",
    build: (c) => [rds(c, { kmsKeyId: UNKNOWN })],
    expect: { internal: "irrelevant", personal: "unverifiable" },
  },
  {
    input: "GCS CMEK key name, linked by dependency (key ring placed through the graph)",
    property: "encryption.defaultKmsKeyName",
    policy: "stack",
    build: (c) => [
      ...gcpKey("europe-west3"),
      gcsBucket(c, UNKNOWN, [urn("gcp:kms/cryptoKey:CryptoKey", "k")]),
    ],
    outside: (c) => [
      ...gcpKey("us-central1"),
      gcsBucket(c, UNKNOWN, [urn("gcp:kms/cryptoKey:CryptoKey", "k")]),
    ],
    expect: { internal: "irrelevant", personal: "resolved" },
  },
  {
    input: "encryption switch (`storageEncrypted`)",
    property: "storageEncrypted",
    policy: "controls",
    build: (c) => [rds(c, { storageEncrypted: UNKNOWN })],
    expect: { internal: "irrelevant", personal: "unverifiable" },
  },
  {
    input: "public access switch (`publiclyAccessible`)",
    property: "publiclyAccessible",
    policy: "controls",
    build: (c) => [rds(c, { publiclyAccessible: UNKNOWN })],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "Azure storage SKU name (geo-redundancy)",
    property: "sku.name",
    policy: "stack",
    build: (c) => [
      rg("westeurope"),
      keyVault("westeurope"),
      azureStorage(c, { location: "westeurope", sku: { name: UNKNOWN } }),
    ],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "DynamoDB global-table replica region (the flows policy defers it to the stack policy)",
    property: "replicas[0].regionName",
    policy: "stack",
    build: (c) => [
      {
        type: "aws:dynamodb/table:Table",
        name: "t",
        props: {
          name: "t",
          tags: tags(c),
          replicas: [{ regionName: UNKNOWN }],
          serverSideEncryption: { enabled: true, kmsKeyArn: region("eu-central-1") },
        },
        provider: FRA,
      },
    ],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "Cloud SQL backup location",
    property: "settings.backupConfiguration.location",
    policy: "stack",
    build: (c) => [cloudSql(c, UNKNOWN)],
    expect: { internal: "unverifiable", personal: "unverifiable" },
  },
  {
    input: "vault lock retention (`minRetentionDays`)",
    property: "minRetentionDays",
    policy: "stack",
    build: (c) => [
      {
        type: "aws:backup/vault:Vault",
        name: "v",
        props: { name: "v", tags: tags(c), kmsKeyArn: region("eu-central-1") },
        provider: FRA,
      },
      {
        type: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
        name: "v-lock",
        props: { backupVaultName: "v", minRetentionDays: UNKNOWN },
        provider: FRA,
      },
    ],
    expect: { internal: "irrelevant", personal: "unverifiable" },
  },
];

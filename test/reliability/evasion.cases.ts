// The evasion table: what careless and clever users write, and the verdict they should get
// (policy + level). `about` names the policies a case exercises (the README's counts come from it:
// scripts in test/reliability/counts.ts). Levels follow docs/design.md: a known violation is at the
// policy's level (all mandatory by default); an unverifiable value is mandatory on
// personal/special data and advisory otherwise. Each fact about a resource is reported once
// (test/reliability/facts.test.ts): a multi-/dual-region that is the resource's own location is
// the location policy's verdict, not also a multi-location flow.
import { UNKNOWN, urn, type PolicyConfig, type TestResource } from "../policypack/harness";
import type { PolicyShort, Verdict } from "./verdicts";

export interface EvasionCase {
  readonly name: string;
  readonly about: readonly PolicyShort[];
  readonly resources: readonly TestResource[];
  readonly config?: PolicyConfig;
  /** Every verdict, sorted as `verdictsOf` returns them; `[]` = the stack passes. */
  readonly expect: readonly Verdict[];
}

const aws = (region: string, extra: Record<string, unknown> = {}) => ({
  type: "pulumi:providers:aws",
  name: `aws-${region}`,
  props: { region, ...extra },
});
const FRA = aws("eu-central-1");
const VIRGINIA = aws("us-east-1");
const tags = (residency: string, classification: string, extra: Record<string, unknown> = {}) => ({
  "data-residency": residency,
  "data-classification": classification,
  ...extra,
});
const KEY_FRA = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const KEY_VIRGINIA = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

const S3 = "aws:s3/bucket:Bucket";
const bucket = (
  name: string,
  t: Record<string, unknown>,
  provider = FRA,
  extra: Record<string, unknown> = {},
) => ({
  type: S3,
  name,
  props: { bucket: name, tags: t, ...extra },
  provider,
});
/** A personal bucket with its CMK configured in its region (so only the case's concern reports). */
const personalBucket = (name: string, region = "eu-central-1"): TestResource[] => [
  bucket(name, tags("eu", "personal"), aws(region)),
  {
    type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    name: `${name}-sse`,
    props: {
      bucket: name,
      rules: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: "aws:kms",
            kmsMasterKeyId: `arn:aws:kms:${region}:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
          },
        },
      ],
    },
    provider: aws(region),
  },
];
const replication = (source: string, destination: string, deps: Record<string, readonly string[]> = {}) => ({
  type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
  name: `${source}-replication`,
  props: {
    bucket: source,
    role: "arn:aws:iam::111122223333:role/replication",
    rules: [{ id: "all", status: "Enabled", destination: { bucket: destination } }],
  },
  provider: FRA,
  propertyDependencies: deps,
});

const DDB = "aws:dynamodb/table:Table";
const table = (t: Record<string, unknown>, replicaRegion: string, provider = FRA) => ({
  type: DDB,
  name: "sessions",
  props: {
    name: "sessions",
    tags: t,
    replicas: [{ regionName: replicaRegion }],
    serverSideEncryption: { enabled: true, kmsKeyArn: KEY_FRA },
  },
  provider,
});
const APPROVALS: PolicyConfig = {
  sovereignty: {
    now: "2026-11-01",
    approvals: [
      {
        id: "tx-us",
        from: "eu",
        to: "us-east-1",
        classifications: ["internal"],
        legalBasis: "GDPR Art. 46(2)(c) standard contractual clauses",
        expires: "2026-12-31",
      },
    ],
  },
};
const withNow = (now: string): PolicyConfig => ({
  sovereignty: { ...(APPROVALS["sovereignty"] as object), now },
});

const AZ_STORAGE = "azure-native:storage:StorageAccount";
const azureStorage = (location: string, t: Record<string, unknown>, sku = "Standard_LRS") => ({
  type: AZ_STORAGE,
  name: "invoices",
  props: {
    accountName: "invoices",
    resourceGroupName: "rg",
    location,
    sku: { name: sku },
    kind: "StorageV2",
    tags: t,
  },
});
const GCS = "gcp:storage/bucket:Bucket";
const gcs = (location: string, labels: Record<string, unknown>) => ({
  type: GCS,
  name: "docs",
  props: { name: "docs", location, labels },
});

const PLAN = "aws:backup/plan:Plan";
const vault = (name: string, t: Record<string, unknown>) => ({
  type: "aws:backup/vault:Vault",
  name,
  props: { name, tags: t, kmsKeyArn: KEY_FRA },
  provider: FRA,
});
const lock = (vaultName: string, days: number) => ({
  type: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
  name: `${vaultName}-lock`,
  props: { backupVaultName: vaultName, minRetentionDays: days, changeableForDays: 3 },
  provider: FRA,
});
const plan = (vaultName: string, copyTo: string) => ({
  type: PLAN,
  name: "daily",
  props: {
    name: "daily",
    rules: [
      {
        ruleName: "daily",
        targetVaultName: vaultName,
        schedule: "cron(0 5 * * ? *)",
        copyActions: [{ destinationVaultArn: copyTo }],
      },
    ],
  },
  provider: FRA,
});
const internalVault = vault("tickets", tags("eu", "internal"));

export const EVASION_CASES: readonly EvasionCase[] = [
  // ── Tag keys and values ────────────────────────────────────────────────────────────────
  {
    name: "tag keys in any casing are read (Data-Residency, DATA-CLASSIFICATION)",
    about: ["tags", "location"],
    resources: [bucket("a", { "Data-Residency": "eu", "DATA-CLASSIFICATION": "internal" }, VIRGINIA)],
    expect: ["location:mandatory"],
  },
  {
    name: "tag keys with surrounding white space are read (' data-residency ')",
    about: ["tags", "location"],
    resources: [bucket("a", { " data-residency ": "eu", "data-classification\t": "internal" }, VIRGINIA)],
    expect: ["location:mandatory"],
  },
  {
    name: "whitespace-keyed tags in the zone pass",
    about: ["tags", "location"],
    resources: [bucket("a", { " data-residency ": "eu", " data-classification": "internal" })],
    expect: [],
  },
  {
    name: "value `EU` still names zone eu (and is flagged: not a GCP label value)",
    about: ["tags", "location"],
    resources: [bucket("a", tags("EU", "internal"), VIRGINIA)],
    expect: ["location:mandatory", "tags:mandatory"],
  },
  {
    name: "value ` Personal ` still classifies as personal (unknown approvals do not downgrade it)",
    about: ["tags", "controls"],
    resources: [
      {
        type: "aws:rds/instance:Instance",
        name: "db",
        props: { tags: tags("eu", " Personal "), storageEncrypted: true },
        provider: FRA,
      },
    ],
    expect: ["controls:mandatory", "tags:mandatory"],
  },
  {
    name: "two spellings with different values in one map: violation, and no zone is guessed",
    about: ["tags"],
    resources: [
      bucket("a", { "data-residency": "eu", "Data-Residency": "us", "data-classification": "internal" }),
    ],
    expect: ["tags:mandatory"],
  },
  {
    name: "provider default tag and resource tag, same key, different values: the resource's wins (AWS tagsAll)",
    about: ["tags", "location"],
    resources: [
      bucket(
        "a",
        tags("eu", "internal"),
        aws("us-east-1", { defaultTags: JSON.stringify({ tags: { "data-residency": "us" } }) }),
      ),
    ],
    expect: ["location:mandatory"],
  },
  {
    name: "provider default tag and a differently spelled resource tag with another value: conflict",
    about: ["tags"],
    resources: [
      bucket(
        "a",
        { "Data-Residency": "us", "data-classification": "internal" },
        aws("eu-central-1", { defaultTags: JSON.stringify({ tags: { "data-residency": "eu" } }) }),
      ),
    ],
    expect: ["tags:mandatory"],
  },
  {
    name: "provider default tags alone place the resource (JSON string from an explicit provider)",
    about: ["tags", "location"],
    resources: [
      {
        type: "aws:sqs/queue:Queue",
        name: "q",
        props: {},
        provider: aws("us-east-1", { defaultTags: JSON.stringify({ tags: tags("eu", "internal") }) }),
      },
    ],
    expect: ["location:mandatory"],
  },
  {
    name: "provider default classification `public` does not beat the resource's `personal`",
    about: ["tags", "location"],
    resources: [
      {
        type: "aws:rds/instance:Instance",
        name: "db",
        props: {
          tags: { "data-classification": "personal" },
          storageEncrypted: true,
          kmsKeyId: KEY_VIRGINIA,
        },
        provider: aws("us-east-1", { defaultTags: JSON.stringify({ tags: tags("eu", "public") }) }),
      },
    ],
    expect: ["location:mandatory"],
  },
  {
    name: "GCP provider default labels place a dataset",
    about: ["tags", "location"],
    resources: [
      {
        type: "gcp:bigquery/dataset:Dataset",
        name: "ds",
        props: { location: "US" },
        provider: { type: "pulumi:providers:gcp", props: { defaultLabels: tags("eu", "internal") } },
      },
    ],
    expect: ["location:mandatory"],
  },
  {
    name: "a BigQuery dataset without location defaults to US",
    about: ["location"],
    resources: [
      { type: "gcp:bigquery/dataset:Dataset", name: "ds", props: { labels: tags("eu", "internal") } },
    ],
    expect: ["location:mandatory"],
  },
  // ── Location spellings ────────────────────────────────────────────────────────────────
  ...["Brazil South", "brazil south", "BrazilSouth", "brazilsouth"].map((location): EvasionCase => ({
    name: `Azure display name "${location}" is Brazil, outside eu`,
    about: ["location"],
    resources: [azureStorage(location, tags("eu", "internal"))],
    expect: ["location:mandatory"],
  })),
  ...["Brazil South", "brazil south", "BrazilSouth"].map((location): EvasionCase => ({
    name: `Azure "${location}" with GRS pairs into South Central US: outside br`,
    about: ["flows"],
    resources: [azureStorage(location, tags("br", "internal"), "Standard_GRS")],
    expect: ["flows:mandatory"],
  })),
  {
    name: 'Azure "West Europe" with ZRS stays in eu',
    about: ["location", "flows"],
    resources: [azureStorage("West Europe", tags("eu", "internal"), "Standard_ZRS")],
    expect: [],
  },
  {
    name: "GCS lowercase `eu` is the EU multi-region",
    about: ["location"],
    resources: [gcs("eu", tags("eu", "internal"))],
    expect: [],
  },
  {
    name: "GCS lowercase `eur5` includes London: outside eu",
    about: ["location"],
    resources: [gcs("eur5", tags("eu", "internal"))],
    expect: ["location:mandatory"],
  },
  {
    name: "GCS `EUR4` (Finland + Netherlands) is in eu",
    about: ["location"],
    resources: [gcs("EUR4", tags("eu", "internal"))],
    expect: [],
  },
  {
    name: "a location the catalog does not know is in no zone",
    about: ["location"],
    resources: [gcs("europe-mars1", tags("eu", "internal"))],
    expect: ["location:mandatory"],
  },
  // ── Region: resource vs provider vs explicit provider ─────────────────────────────────
  {
    name: "v7 per-resource region outside the zone overrides a provider inside it",
    about: ["location"],
    resources: [bucket("a", tags("eu", "internal"), FRA, { region: "us-east-1" })],
    expect: ["location:mandatory"],
  },
  {
    name: "v7 per-resource region inside the zone overrides a provider outside it",
    about: ["location"],
    resources: [bucket("a", tags("eu", "internal"), VIRGINIA, { region: "eu-west-1" })],
    expect: [],
  },
  {
    name: "explicit provider region outside the zone",
    about: ["location"],
    resources: [bucket("a", tags("eu", "internal"), aws("eu-west-2"))],
    expect: ["location:mandatory"],
  },
  {
    name: "Zurich (eu-central-2) is not in the EU",
    about: ["location"],
    resources: [bucket("a", tags("eu", "internal"), aws("eu-central-2"))],
    expect: ["location:mandatory"],
  },
  {
    name: "provider region `EU` (an S3 LocationConstraint, not a region) is unknown: fail closed",
    about: ["location"],
    resources: [bucket("a", tags("eu", "internal"), aws("EU"))],
    expect: ["location:mandatory"],
  },
  {
    name: "no region anywhere on personal data: mandatory cannot verify",
    about: ["location"],
    resources: [
      {
        type: "aws:rds/instance:Instance",
        name: "db",
        props: { tags: tags("eu", "personal"), storageEncrypted: true, kmsKeyId: KEY_FRA },
      },
    ],
    expect: ["location:mandatory"],
  },
  // ── Replication through the stack ─────────────────────────────────────────────────────
  {
    name: "replication to a bucket defined elsewhere in the program (unknown ARN, resolved through the graph) outside the zone",
    about: ["stack"],
    resources: [
      ...personalBucket("src"),
      bucket("dst", tags("eu", "personal"), VIRGINIA),
      replication("src", UNKNOWN, { rules: [urn(S3, "dst")] }),
    ],
    // dst itself is also in the wrong region (location) and lacks its CMK (stack).
    expect: ["location:mandatory", "stack:mandatory", "stack:mandatory"],
  },
  {
    name: "replication to an in-zone bucket of the program (unknown ARN) passes",
    about: ["stack"],
    resources: [
      ...personalBucket("src"),
      ...personalBucket("dst", "eu-west-1"),
      replication("src", UNKNOWN, { rules: [urn(S3, "dst")] }),
    ],
    expect: [],
  },
  {
    name: "replication to a known bucket ARN without region, placed by name",
    about: ["stack"],
    resources: [
      ...personalBucket("src"),
      bucket("dst", tags("us", "internal"), VIRGINIA),
      replication("src", "arn:aws:s3:::dst"),
    ],
    expect: ["stack:mandatory"],
  },
  {
    name: "replication to a bucket outside the stack: personal data → mandatory cannot verify",
    about: ["stack"],
    resources: [...personalBucket("src"), replication("src", "arn:aws:s3:::someone-elses")],
    expect: ["stack:mandatory"],
  },
  {
    name: "replication of internal data to a bucket outside the stack → advisory",
    about: ["stack"],
    resources: [bucket("src", tags("eu", "internal")), replication("src", "arn:aws:s3:::someone-elses")],
    expect: ["stack:advisory"],
  },
  {
    name: "replication with an unknown destination and no dependency: personal → mandatory",
    about: ["stack"],
    resources: [...personalBucket("src"), replication("src", UNKNOWN)],
    expect: ["stack:mandatory"],
  },
  {
    name: "`public` destination receiving personal data: the copy keeps the source's classification",
    about: ["stack"],
    resources: [
      ...personalBucket("src"),
      bucket("dst", tags("us", "public"), VIRGINIA),
      replication("src", "arn:aws:s3:::dst"),
    ],
    expect: ["stack:mandatory"],
  },
  {
    name: "`public` destination in the zone receiving personal data is fine for residency",
    about: ["stack"],
    resources: [
      ...personalBucket("src"),
      bucket("dst", tags("eu", "public")),
      replication("src", "arn:aws:s3:::dst"),
    ],
    expect: [],
  },
  // ── Copy actions to other partitions ──────────────────────────────────────────────────
  ...(
    [
      ["arn:aws-cn:backup:cn-north-1:111122223333:backup-vault:copy", ["stack:mandatory"]],
      ["arn:aws-us-gov:backup:us-gov-west-1:111122223333:backup-vault:copy", ["stack:mandatory"]],
      ["arn:aws-eusc:backup:eusc-de-east-1:111122223333:backup-vault:copy", []],
      ["arn:aws:backup:eu-west-2:111122223333:backup-vault:copy", ["stack:mandatory"]],
      ["arn:aws:backup:eu-north-1:111122223333:backup-vault:copy", []],
    ] as const
  ).map(([arn, expect]): EvasionCase => ({
    name: `backup copy action to ${arn.split(":").slice(1, 4).join(":")}`,
    about: ["stack"],
    resources: [internalVault, plan("tickets", arn)],
    expect,
  })),
  // ── Untaggable configuring resources take the tags of what they configure ─────────────
  {
    name: "SSE configuration with a key in another region on a personal bucket",
    about: ["stack", "controls"],
    resources: [
      bucket("a", tags("eu", "personal")),
      {
        type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
        name: "a-sse",
        props: {
          bucket: "a",
          rules: [
            { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY_VIRGINIA } },
          ],
        },
        provider: FRA,
      },
    ],
    expect: ["stack:mandatory"],
  },
  {
    name: "a personal bucket without any SSE configuration",
    about: ["stack", "controls"],
    resources: [bucket("a", tags("eu", "personal"))],
    expect: ["stack:mandatory"],
  },
  {
    name: "versioning side resource: never asked for tags of its own",
    about: ["tags", "stack"],
    resources: [
      bucket("a", tags("eu", "internal")),
      {
        type: "aws:s3/bucketVersioningV2:BucketVersioningV2",
        name: "a-v",
        props: { bucket: "a", versioningConfiguration: { status: "Enabled" } },
        provider: FRA,
      },
    ],
    expect: [],
  },
  {
    name: "public access block that allows public policies on an internal bucket",
    about: ["stack"],
    resources: [
      bucket("a", tags("eu", "internal")),
      {
        type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
        name: "a-pab",
        props: {
          bucket: "a",
          blockPublicAcls: true,
          blockPublicPolicy: false,
          ignorePublicAcls: true,
          restrictPublicBuckets: false,
        },
        provider: FRA,
      },
    ],
    expect: ["stack:mandatory"],
  },
  {
    name: "public access block that allows public policies on a public bucket is fine",
    about: ["stack"],
    resources: [
      bucket("a", tags("eu", "public")),
      {
        type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
        name: "a-pab",
        props: {
          bucket: "a",
          blockPublicAcls: false,
          blockPublicPolicy: false,
          ignorePublicAcls: false,
          restrictPublicBuckets: false,
        },
        provider: FRA,
      },
    ],
    expect: [],
  },
  {
    name: "vault lock below the minimum retention on a personal vault",
    about: ["stack"],
    resources: [vault("v", tags("eu", "personal")), lock("v", 7)],
    expect: ["stack:mandatory"],
  },
  {
    name: "personal vault with no lock at all",
    about: ["stack"],
    resources: [vault("v", tags("eu", "personal"))],
    expect: ["stack:mandatory"],
  },
  {
    name: "personal vault with a 30-day lock passes",
    about: ["stack"],
    resources: [vault("v", tags("eu", "personal")), lock("v", 30)],
    expect: [],
  },
  {
    name: "replication config for a bucket outside the stack: advisory cannot verify",
    about: ["stack"],
    resources: [replication("not-here", "arn:aws:s3:::dst")],
    expect: ["stack:advisory"],
  },
  // ── Transfer approvals ─────────────────────────────────────────────────────────────────
  {
    name: "a valid approval waives exactly its flow",
    about: ["approvals", "flows"],
    resources: [table(tags("eu", "internal", { "transfer-approval": "tx-us" }), "us-east-1")],
    config: APPROVALS,
    expect: [],
  },
  {
    name: "the approval does not cover another destination",
    about: ["approvals", "flows"],
    resources: [table(tags("eu", "internal", { "transfer-approval": "tx-us" }), "us-west-2")],
    config: APPROVALS,
    expect: ["flows:mandatory"],
  },
  {
    name: "an expired approval waives nothing and is a violation",
    about: ["approvals", "flows"],
    resources: [table(tags("eu", "internal", { "transfer-approval": "tx-us" }), "us-east-1")],
    config: withNow("2027-01-01"),
    expect: ["approvals:mandatory", "flows:mandatory"],
  },
  {
    name: "the approval's last day is still valid",
    about: ["approvals"],
    resources: [table(tags("eu", "internal", { "transfer-approval": "tx-us" }), "us-east-1")],
    config: withNow("2026-12-31T23:00:00Z"),
    expect: [],
  },
  {
    name: "an approval for other classifications (internal) does not cover personal data",
    about: ["approvals", "flows"],
    resources: [table(tags("eu", "personal", { "transfer-approval": "tx-us" }), "us-east-1")],
    config: APPROVALS,
    expect: ["approvals:mandatory", "flows:mandatory"],
  },
  {
    name: "an approval from another zone does not cover this one",
    about: ["approvals", "flows"],
    resources: [table(tags("us", "internal", { "transfer-approval": "tx-us" }), "eu-west-1", VIRGINIA)],
    config: APPROVALS,
    expect: ["approvals:mandatory", "flows:mandatory"],
  },
  {
    name: "an undeclared approval id",
    about: ["approvals", "flows"],
    resources: [table(tags("eu", "internal", { "transfer-approval": "tx-typo" }), "us-east-1")],
    config: APPROVALS,
    expect: ["approvals:mandatory", "flows:mandatory"],
  },
  {
    name: "approval tag unknown at preview on internal data: advisory, and the flow is not waived",
    about: ["approvals", "flows"],
    resources: [table(tags("eu", "internal", { "transfer-approval": UNKNOWN }), "us-east-1")],
    config: APPROVALS,
    expect: ["approvals:advisory", "flows:mandatory"],
  },
  {
    name: "approval tag unknown at preview on personal data: mandatory",
    about: ["approvals", "flows"],
    resources: [table(tags("eu", "personal", { "transfer-approval": UNKNOWN }), "us-east-1")],
    config: APPROVALS,
    expect: ["approvals:mandatory", "flows:mandatory"],
  },
  {
    name: "an approval in upper case names the same approval",
    about: ["approvals"],
    resources: [table(tags("eu", "internal", { "Transfer-Approval": "TX-US" }), "us-east-1")],
    config: APPROVALS,
    expect: ["tags:mandatory"],
  },
];

import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { runStackPolicy, UNKNOWN, urn, type TestResource } from "./harness";

const P = "all-stack-references-enforce-residency";
const EU_PERSONAL = { "data-residency": "eu", "data-classification": "personal" };
const aws = (region: string) => ({ type: "pulumi:providers:aws", props: { region } });
const BUCKET = "aws:s3/bucket:Bucket";
const REPL = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
const KEY_FRA = "arn:aws:kms:eu-central-1:111122223333:key/k";

function bucket(name: string, region: string, extra: Record<string, unknown> = {}): TestResource {
  return { type: BUCKET, name, props: { bucket: name, tags: EU_PERSONAL, ...extra }, provider: aws(region) };
}
const sse = (name: string, key: string): TestResource => ({
  type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  name: `${name}-sse`,
  props: {
    bucket: name,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key } }],
  },
  provider: aws("eu-central-1"),
});
function replication(destination: string, deps: Record<string, string[]> = {}): TestResource {
  return {
    type: REPL,
    name: "repl",
    props: {
      bucket: "src",
      role: "arn:aws:iam::1:role/r",
      rules: [{ status: "Enabled", destination: { bucket: destination } }],
    },
    provider: aws("eu-central-1"),
    propertyDependencies: deps,
  };
}

describe(P, () => {
  it("resolves an S3 replication destination ARN (no region) through the stack: in zone passes", async () => {
    const d = await runStackPolicy(P, [
      bucket("src", "eu-central-1"),
      sse("src", KEY_FRA),
      bucket("dst", "eu-west-1"),
      sse("dst", "arn:aws:kms:eu-west-1:1:key/k"),
      replication("arn:aws:s3:::dst"),
    ]);
    assert.deepEqual(d, []);
  });
  it("replication into London is outside eu (the side resource takes the source bucket's tags)", async () => {
    const d = await runStackPolicy(P, [
      bucket("src", "eu-central-1"),
      sse("src", KEY_FRA),
      bucket("dst", "eu-west-2", { tags: {} }),
      replication("arn:aws:s3:::dst"),
    ]);
    const flows = d.filter((x) => /replication via/.test(x.message));
    assert.equal(flows.length, 1);
    assert.match(flows[0]!.message, /`eu-west-2` \(GB\) outside the declared zone `eu`/);
    assert.equal(flows[0]!.urn, urn(REPL, "repl"));
  });
  it("evasion: per-resource region on the destination bucket counts, not its provider's", async () => {
    const d = await runStackPolicy(P, [
      bucket("src", "eu-central-1"),
      sse("src", KEY_FRA),
      bucket("dst", "eu-central-1", { region: "us-east-1" }),
      replication("arn:aws:s3:::dst"),
    ]);
    assert.ok(d.some((x) => /`us-east-1`/.test(x.message)));
  });
  it("unknown destination resolved through property dependencies", async () => {
    const d = await runStackPolicy(P, [
      bucket("src", "eu-central-1"),
      sse("src", KEY_FRA),
      { ...bucket("dst", "us-east-1"), props: { bucket: UNKNOWN, tags: {} } },
      replication(UNKNOWN, { rules: [urn(BUCKET, "dst")] }),
    ]);
    assert.ok(
      d.some(
        (x) =>
          /replication via `rules\[0\]\.destination\.bucket` sends data to `us-east-1`/.test(x.message) &&
          x.level === "mandatory",
      ),
    );
  });
  it("unresolvable unknown destination on personal data: mandatory cannot-verify", async () => {
    const d = await runStackPolicy(P, [
      bucket("src", "eu-central-1"),
      sse("src", KEY_FRA),
      replication(UNKNOWN),
    ]);
    const c = d.find((x) => /cannot verify where its replication goes/.test(x.message));
    assert.equal(c?.level, "mandatory");
  });
  it("a destination outside the stack on personal data: cannot verify", async () => {
    const d = await runStackPolicy(P, [
      bucket("src", "eu-central-1"),
      sse("src", KEY_FRA),
      replication("arn:aws:s3:::elsewhere"),
    ]);
    assert.ok(d.some((x) => /outside this stack/.test(x.message)));
  });
  it("personal bucket without a KMS encryption configuration fails; with one in another region fails", async () => {
    let d = await runStackPolicy(P, [bucket("src", "eu-central-1")]);
    assert.ok(d.some((x) => /requires a customer-managed key in the bucket's region/.test(x.message)));
    d = await runStackPolicy(P, [bucket("src", "eu-central-1"), sse("src", "arn:aws:kms:eu-west-1:1:key/k")]);
    assert.ok(
      d.some((x) => /is in `eu-west-1`, not in the resource's region `eu-central-1`/.test(x.message)),
    );
  });
  it("evasion: the V2 side resource is judged too", async () => {
    const v2 = {
      ...sse("src", "arn:aws:kms:us-east-1:1:key/k"),
      type: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    };
    const d = await runStackPolicy(P, [
      { ...bucket("src", "eu-central-1"), type: "aws:s3/bucketV2:BucketV2" },
      v2,
    ]);
    assert.ok(d.some((x) => /`us-east-1`/.test(x.message)));
  });
  it("public access block switched off on personal data fails", async () => {
    const pab = {
      type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
      name: "pab",
      props: { bucket: "src", blockPublicAcls: false },
    };
    const d = await runStackPolicy(P, [bucket("src", "eu-central-1"), sse("src", KEY_FRA), pab]);
    assert.ok(d.some((x) => /must not be publicly accessible; `blockPublicAcls` is false/.test(x.message)));
  });
  describe("AWS Backup", () => {
    const vault = {
      type: "aws:backup/vault:Vault",
      name: "v",
      props: { name: "v", kmsKeyArn: KEY_FRA, tags: EU_PERSONAL },
      provider: aws("eu-central-1"),
    };
    const lock = (days: number) => ({
      type: "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
      name: "lock",
      props: { backupVaultName: "v", minRetentionDays: days },
    });
    it("a personal vault without a lock fails", async () => {
      const d = await runStackPolicy(P, [vault]);
      assert.ok(d.some((x) => /backups must be immutable; no vault lock/.test(x.message)));
    });
    it("a lock below the minimum retention fails; at the minimum passes", async () => {
      assert.ok(
        (await runStackPolicy(P, [vault, lock(7)])).some((x) =>
          /7 days is below the minimum of 30/.test(x.message),
        ),
      );
      assert.deepEqual(await runStackPolicy(P, [vault, lock(30)]), []);
    });
    it("a plan whose whole `rules` is unknown (built with apply) cannot verify its copies: mandatory for personal, advisory for internal", async () => {
      const plan = (v: string) => ({
        type: "aws:backup/plan:Plan",
        name: "plan",
        props: { name: "plan", rules: UNKNOWN },
        // The list was built from the vault: its dependency names the plan's own vault, not a copy destination.
        propertyDependencies: { rules: [urn("aws:backup/vault:Vault", v)] },
      });
      const personal = await runStackPolicy(P, [vault, lock(30), plan("v")]);
      assert.deepEqual(
        personal.map((x) => x.level),
        ["mandatory"],
        JSON.stringify(personal),
      );
      assert.match(
        personal[0]!.message,
        /cannot verify where its backup-copy goes \(personal data\): `rules` is unknown/,
      );
      const internal = await runStackPolicy(P, [
        {
          ...vault,
          props: { ...vault.props, tags: { "data-residency": "eu", "data-classification": "internal" } },
        },
        plan("v"),
      ]);
      assert.deepEqual(
        internal.map((x) => [x.level, /`rules`/.test(x.message)]),
        [["advisory", true]],
        JSON.stringify(internal),
      );
    });
    it("a copy action to a vault ARN in us-east-1 leaves the zone (plan takes the vault's tags)", async () => {
      const plan = {
        type: "aws:backup/plan:Plan",
        name: "plan",
        props: {
          name: "plan",
          rules: [
            {
              ruleName: "r",
              targetVaultName: "v",
              schedule: "cron(0 5 * * ? *)",
              copyActions: [{ destinationVaultArn: "arn:aws:backup:us-east-1:111122223333:backup-vault:dr" }],
            },
          ],
        },
      };
      const d = await runStackPolicy(P, [vault, lock(30), plan]);
      assert.ok(
        d.some((x) => /sends data to `us-east-1`/.test(x.message)),
        JSON.stringify(d),
      );
    });
  });
  it("copies keep the source's zone: a read replica of an eu database in us-east-1 fails", async () => {
    const src = {
      type: "aws:rds/instance:Instance",
      name: "db",
      props: { identifier: "db", tags: EU_PERSONAL, storageEncrypted: true, kmsKeyId: KEY_FRA },
      provider: aws("eu-central-1"),
    };
    const replica = {
      type: "aws:rds/instance:Instance",
      name: "replica",
      props: {
        identifier: "replica",
        replicateSourceDb: "arn:aws:rds:eu-central-1:1:db:db",
        tags: { "data-residency": "us", "data-classification": "public" },
      },
      provider: aws("us-east-1"),
    };
    const d = await runStackPolicy(P, [src, replica]);
    assert.ok(
      d.some((x) => /read-replica of db .*outside the declared zone `eu` of its source/.test(x.message)),
      JSON.stringify(d),
    );
  });
  it("evasion: a read replica whose source is unknown at preview and linked to nothing cannot be verified", async () => {
    const replica = {
      type: "aws:rds/instance:Instance",
      name: "replica",
      props: {
        identifier: "replica",
        replicateSourceDb: UNKNOWN,
        tags: { "data-residency": "us", "data-classification": "personal" },
      },
      provider: aws("us-east-1"),
    };
    const d = await runStackPolicy(P, [replica]);
    assert.ok(
      d.some(
        (x) =>
          x.level === "mandatory" &&
          /replica\): cannot verify that this read-replica stays in its source's zone \(personal data\): `replicateSourceDb` is unknown/.test(
            x.message,
          ),
      ),
      JSON.stringify(d),
    );
  });
  it("a read replica of a database managed in another stack: cannot verify, named as outside this stack", async () => {
    const replica = {
      type: "aws:rds/instance:Instance",
      name: "replica",
      props: {
        identifier: "replica",
        replicateSourceDb: "arn:aws:rds:eu-central-1:1:db:elsewhere",
        tags: { "data-residency": "us", "data-classification": "internal" },
      },
      provider: aws("us-east-1"),
    };
    const d = await runStackPolicy(P, [replica]);
    assert.ok(
      d.some(
        (x) =>
          x.level === "advisory" &&
          /cannot verify that this read-replica stays in its source's zone \(internal data\): `replicateSourceDb` names a resource outside this stack/.test(
            x.message,
          ),
      ),
      JSON.stringify(d),
    );
  });
  it("a GCP key ring takes its keys' labels; a CryptoKey with an unknown keyRing is placed through the graph", async () => {
    const ring = {
      type: "gcp:kms/keyRing:KeyRing",
      name: "ring",
      props: { name: "ring", location: "us-east1" },
    };
    const key = {
      type: "gcp:kms/cryptoKey:CryptoKey",
      name: "key",
      props: { keyRing: UNKNOWN, labels: EU_PERSONAL },
      propertyDependencies: { keyRing: [urn("gcp:kms/keyRing:KeyRing", "ring")] },
    };
    const d = await runStackPolicy(P, [ring, key]);
    assert.ok(
      d.some(
        (x) =>
          x.urn === urn("gcp:kms/keyRing:KeyRing", "ring") &&
          /outside the declared zone `eu`/.test(x.message),
      ),
      JSON.stringify(d),
    );
    assert.ok(
      d.some((x) => x.urn === urn("gcp:kms/cryptoKey:CryptoKey", "key") && /`us-east1`/.test(x.message)),
      JSON.stringify(d),
    );
  });
});

describe(`${P}: deprecated V2 side resources`, () => {
  it("a public BucketAclV2 on personal data fails like BucketAcl", async () => {
    const acl = {
      type: "aws:s3/bucketAclV2:BucketAclV2",
      name: "acl",
      props: { bucket: "src", acl: "public-read" },
    };
    const d = await runStackPolicy(P, [bucket("src", "eu-central-1"), sse("src", KEY_FRA), acl]);
    assert.ok(
      d.some((x) => /canned ACL `public-read`/.test(x.message)),
      JSON.stringify(d),
    );
  });
});

describe(`${P}: side resources of resources outside the stack`, () => {
  it("a replication config for a bucket not in this stack is an advisory cannot-verify, not a pass", async () => {
    const d = await runStackPolicy(P, [replication("arn:aws:s3:::dst")]);
    assert.equal(d.length, 1);
    assert.equal(d[0]!.level, "advisory");
    assert.match(d[0]!.message, /not in this stack/);
  });
});

describe(`${P}: customer-managed keys placed through the stack`, () => {
  const KEY = "aws:kms/key:Key";
  const db = (deps: Record<string, string[]>): TestResource => ({
    type: "aws:rds/instance:Instance",
    name: "db",
    props: { identifier: "db", tags: EU_PERSONAL, storageEncrypted: true, kmsKeyId: UNKNOWN },
    provider: aws("eu-central-1"),
    propertyDependencies: deps,
  });
  it("an unknown `kmsKeyId` linked to a key in the same region passes", async () => {
    const key = { type: KEY, name: "k", props: { tags: EU_PERSONAL }, provider: aws("eu-central-1") };
    assert.deepEqual(await runStackPolicy(P, [key, db({ kmsKeyId: [urn(KEY, "k")] })]), []);
  });
  it("evasion: the linked key's provider is in another region", async () => {
    const key = { type: KEY, name: "k", props: { tags: EU_PERSONAL }, provider: aws("eu-west-1") };
    const d = await runStackPolicy(P, [key, db({ kmsKeyId: [urn(KEY, "k")] })]);
    assert.ok(
      d.some(
        (x) =>
          /customer-managed key k is in `eu-west-1`, not in the resource's region `eu-central-1`/.test(
            x.message,
          ) && x.level === "mandatory",
      ),
      JSON.stringify(d),
    );
  });
  it("an unknown key with no link on personal data: mandatory cannot-verify naming the property", async () => {
    const d = await runStackPolicy(P, [db({})]);
    assert.ok(
      d.some(
        (x) =>
          /cannot verify that its customer-managed key is in its region .*`kmsKeyId` is unknown/.test(
            x.message,
          ) && x.level === "mandatory",
      ),
      JSON.stringify(d),
    );
  });
  it("an Azure Key Vault key is placed through the vault it names", async () => {
    const vault = {
      type: "azure-native:keyvault:Vault",
      name: "kv",
      props: { vaultName: "kv-fra", location: "eastus", tags: EU_PERSONAL },
    };
    const account = {
      type: "azure-native:storage:StorageAccount",
      name: "acct",
      props: {
        accountName: "acct",
        location: "germanywestcentral",
        tags: EU_PERSONAL,
        encryption: {
          keySource: "Microsoft.Keyvault",
          keyVaultProperties: { keyVaultUri: "https://kv-fra.vault.azure.net/", keyName: "k" },
        },
      },
    };
    const d = await runStackPolicy(P, [vault, account]);
    assert.ok(
      d.some((x) => /customer-managed key kv is in `eastus`/.test(x.message)),
      JSON.stringify(d),
    );
  });
});

describe(`${P}: azure-native resources live in their resource group's location`, () => {
  const RG = "azure-native:resources:ResourceGroup";
  const BR = { "data-residency": "br", "data-classification": "confidential" };
  const group = (location: string | undefined): TestResource => ({
    type: RG,
    name: "rg",
    props: { resourceGroupName: "invoices", ...(location ? { location } : {}) },
    provider: { type: "pulumi:providers:azure-native", props: { location: "brazilsouth" } },
  });
  const account = (
    sku: string,
    props: Record<string, unknown> = {},
    deps: Record<string, string[]> = {},
  ): TestResource => ({
    type: "azure-native:storage:StorageAccount",
    name: "acct",
    props: {
      accountName: "invoicesbr",
      resourceGroupName: "invoices",
      sku: { name: sku },
      tags: BR,
      ...props,
    },
    propertyDependencies: deps,
  });
  it("an account without location in a Brazilian group passes with LRS", async () => {
    assert.deepEqual(await runStackPolicy(P, [group("brazilsouth"), account("Standard_LRS")]), []);
  });
  it("the group's location defaults to the provider's `location`", async () => {
    assert.deepEqual(await runStackPolicy(P, [group(undefined), account("Standard_LRS")]), []);
  });
  it("evasion: a group in East US puts the account outside `br`", async () => {
    const d = await runStackPolicy(P, [group("eastus"), account("Standard_LRS")]);
    assert.ok(
      d.some((x) =>
        /is in `eastus` \(US; from its resource group\), outside the declared zone `br`/.test(x.message),
      ),
      JSON.stringify(d),
    );
  });
  it("GRS in a Brazilian group pairs into the US", async () => {
    const d = await runStackPolicy(P, [group("brazilsouth"), account("Standard_GRS")]);
    assert.ok(
      d.some((x) => /geo-redundancy via `sku.name` sends data to `southcentralus` \(US\)/.test(x.message)),
      JSON.stringify(d),
    );
  });
  it("`location: group.location` unknown at preview is followed to the group", async () => {
    const d = await runStackPolicy(P, [
      group("eastus"),
      account("Standard_LRS", { location: UNKNOWN }, { location: [urn(RG, "rg")] }),
    ]);
    assert.ok(
      d.some((x) => /`eastus`/.test(x.message)),
      JSON.stringify(d),
    );
  });
  it("no group in the stack and no location: cannot verify (advisory for confidential)", async () => {
    const d = await runStackPolicy(P, [account("Standard_LRS")]);
    const c = d.find((x) => /cannot verify that it stays inside the declared zone `br`/.test(x.message));
    assert.equal(c?.level, "advisory");
  });
});

describe(`${P}: Azure Key Vault keys referenced by an unknown URI`, () => {
  const vault = (location: string): TestResource => ({
    type: "azure-native:keyvault:Vault",
    name: "kv",
    props: { vaultName: "kv", location, tags: EU_PERSONAL },
  });
  const key: TestResource = {
    type: "azure-native:keyvault:Key",
    name: "key",
    props: { vaultName: "kv", keyName: "k" },
  };
  const server: TestResource = {
    type: "azure-native:dbforpostgresql:Server",
    name: "pg",
    props: {
      location: "germanywestcentral",
      tags: EU_PERSONAL,
      dataEncryption: { type: "AzureKeyVault", primaryKeyURI: UNKNOWN },
    },
    propertyDependencies: { dataEncryption: [urn("azure-native:keyvault:Key", "key")] },
  };
  it("a key in a vault of the same region passes", async () => {
    const d = await runStackPolicy(P, [vault("germanywestcentral"), key, server]);
    assert.ok(!d.some((x) => /customer-managed key/.test(x.message)), JSON.stringify(d));
  });
  it("a key in a vault elsewhere fails", async () => {
    const d = await runStackPolicy(P, [vault("westeurope"), key, server]);
    assert.ok(
      d.some((x) =>
        /customer-managed key key is in `westeurope`, not in the resource's region `germanywestcentral`/.test(
          x.message,
        ),
      ),
      JSON.stringify(d),
    );
  });
});

describe(`${P}: keys a resource takes from its source`, () => {
  const VOLUME = "aws:ebs/volume:Volume";
  const SNAPSHOT = "aws:ebs/snapshot:Snapshot";
  const KEY = "aws:kms/key:Key";
  const volume = (props: Record<string, unknown>, deps: Record<string, string[]> = {}): TestResource => ({
    type: VOLUME,
    name: "vol",
    props: { availabilityZone: "eu-central-1a", tags: EU_PERSONAL, ...props },
    provider: aws("eu-central-1"),
    propertyDependencies: deps,
  });
  const snapshot = (tags: Record<string, string> = EU_PERSONAL, region = "eu-central-1"): TestResource => ({
    type: SNAPSHOT,
    name: "snap",
    props: { volumeId: UNKNOWN, tags },
    provider: aws(region),
    propertyDependencies: { volumeId: [urn(VOLUME, "vol")] },
  });
  const onSnapshot = <T extends { urn?: string }>(d: readonly T[]): T[] =>
    d.filter((x) => x.urn === urn(SNAPSHOT, "snap"));

  it("a personal EBS snapshot of a volume with an in-region CMK passes", async () => {
    assert.deepEqual(
      await runStackPolicy(P, [volume({ encrypted: true, kmsKeyId: KEY_FRA }), snapshot()]),
      [],
    );
  });
  it("a personal EBS snapshot of a volume whose unknown key is linked to an in-region key passes", async () => {
    const key = { type: KEY, name: "k", props: { tags: EU_PERSONAL }, provider: aws("eu-central-1") };
    const vol = volume({ encrypted: true, kmsKeyId: UNKNOWN }, { kmsKeyId: [urn(KEY, "k")] });
    assert.deepEqual(await runStackPolicy(P, [key, vol, snapshot()]), []);
  });
  it("a personal EBS snapshot of a provider-default volume fails the customer-managed-key rule", async () => {
    const d = onSnapshot(await runStackPolicy(P, [volume({ encrypted: true }), snapshot()]));
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.equal(d[0]!.level, "mandatory");
    assert.match(
      d[0]!.message,
      /personal data requires a customer-managed key .* its source vol has none \(`encrypted`\)/,
    );
  });
  it("evasion: the source's key is in another region than the snapshot", async () => {
    const KEY_IRL = "arn:aws:kms:eu-west-1:111122223333:key/k";
    const d = onSnapshot(
      await runStackPolicy(P, [volume({ encrypted: true, kmsKeyId: KEY_IRL }), snapshot()]),
    );
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.match(
      d[0]!.message,
      /key of its source vol.*is in `eu-west-1`, not in the resource's region `eu-central-1`/,
    );
  });
  it("a confidential snapshot of an unencrypted volume fails encryption at rest", async () => {
    const CONF = { "data-residency": "eu", "data-classification": "confidential" };
    const d = onSnapshot(await runStackPolicy(P, [volume({ encrypted: false, tags: CONF }), snapshot(CONF)]));
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.equal(d[0]!.level, "mandatory");
    assert.match(
      d[0]!.message,
      /confidential data must be encrypted at rest; its source vol's `encrypted` disables it/,
    );
  });
  it("a source not in the stack: cannot verify — mandatory for personal, advisory for confidential", async () => {
    const alone = (tags: Record<string, string>): TestResource => ({
      type: SNAPSHOT,
      name: "snap",
      props: { volumeId: "vol-0123", tags },
      provider: aws("eu-central-1"),
    });
    const personal = await runStackPolicy(P, [alone(EU_PERSONAL)]);
    assert.equal(personal.length, 1, JSON.stringify(personal));
    assert.equal(personal[0]!.level, "mandatory");
    assert.match(
      personal[0]!.message,
      /cannot verify its customer-managed key: `volumeId` names no `aws:ebs\/volume:Volume` in this stack/,
    );
    const conf = await runStackPolicy(P, [
      alone({ "data-residency": "eu", "data-classification": "confidential" }),
    ]);
    assert.equal(conf.length, 1, JSON.stringify(conf));
    assert.equal(conf[0]!.level, "advisory");
  });
});

describe(`${P}: Azure disks name their key through a disk encryption set`, () => {
  const DES = "azure-native:compute:DiskEncryptionSet";
  const DISK = "azure-native:compute:Disk";
  const set = (location: string): TestResource => ({
    type: DES,
    name: "des",
    props: { diskEncryptionSetName: "des-fra", location, resourceGroupName: "rg" },
  });
  const disk = (setId: string, deps: Record<string, string[]> = {}): TestResource => ({
    type: DISK,
    name: "disk",
    props: {
      location: "germanywestcentral",
      tags: EU_PERSONAL,
      encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: setId },
    },
    propertyDependencies: deps,
  });
  it("an unknown set id linked to a set in the disk's region passes", async () => {
    assert.deepEqual(
      await runStackPolicy(P, [set("germanywestcentral"), disk(UNKNOWN, { encryption: [urn(DES, "des")] })]),
      [],
    );
  });
  it("evasion: the linked set is in another region", async () => {
    const d = await runStackPolicy(P, [set("westeurope"), disk(UNKNOWN, { encryption: [urn(DES, "des")] })]);
    assert.equal(d.length, 1, JSON.stringify(d));
    assert.match(
      d[0]!.message,
      /customer-managed key des is in `westeurope`, not in the resource's region `germanywestcentral`/,
    );
  });
  it("a known set id is placed through the set it names; one not in the stack is cannot-verify", async () => {
    const id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/des-fra";
    const d = await runStackPolicy(P, [set("westeurope"), disk(id)]);
    assert.ok(
      d.some((x) => /customer-managed key des is in `westeurope`/.test(x.message)),
      JSON.stringify(d),
    );
    const alone = await runStackPolicy(P, [disk(id)]);
    assert.equal(alone.length, 1, JSON.stringify(alone));
    assert.equal(alone[0]!.level, "mandatory");
    assert.match(
      alone[0]!.message,
      /cannot verify that its customer-managed key is in its region: `encryption.diskEncryptionSetId` names no key/,
    );
  });
});

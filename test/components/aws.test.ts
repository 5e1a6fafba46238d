import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { Provider } from "@pulumi/aws/provider";
import { BackupVault, Bucket, ComponentInputError, Database, Key } from "../../components/aws";
import { SovereigntyInputError } from "../../sovereignty";
import { at, children, one, ofType, registered, settle, useMocks } from "./harness";

// Side resources that configure another resource and have no `tags` input (checked in
// @pulumi/aws 7.48, each resource's `...Args`): they take their target's tags (docs/design.md).
const UNTAGGABLE = new Set([
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketVersioning:BucketVersioning",
  "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
  "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
  "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
  "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
  "aws:backup/selection:Selection",
  "aws:kms/alias:Alias",
  "aws:iam/rolePolicy:RolePolicy",
  "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
]);
// IAM is global: no `region` input (pulumi/pulumi-aws docs/enhanced-region-support.md).
const GLOBAL = /^aws:iam\//;

function assertResidency(zone: string, classification: string, regions: readonly string[]): void {
  const kids = children();
  assert.ok(kids.length > 0, "no children registered");
  for (const r of kids) {
    if (!GLOBAL.test(r.type)) {
      assert.ok(
        regions.includes(r.inputs.region as string),
        `${r.type} ${r.name}: region ${String(r.inputs.region)} not in ${regions.join(", ")}`,
      );
    }
    if (!UNTAGGABLE.has(r.type)) {
      assert.deepEqual(
        { z: at(r.inputs, "tags.data-residency"), c: at(r.inputs, "tags.data-classification") },
        { z: zone, c: classification },
        `${r.type} ${r.name} lacks residency tags`,
      );
    }
  }
}

async function rejects(build: () => unknown, pattern: RegExp): Promise<void> {
  assert.throws(build, (err: unknown) => {
    assert.ok(err instanceof ComponentInputError, `expected ComponentInputError, got ${String(err)}`);
    assert.ok(err instanceof SovereigntyInputError);
    assert.match(err.message, pattern);
    return true;
  });
  await settle();
  assert.equal(
    registered.length,
    0,
    `resources were registered: ${registered.map((r) => r.type).join(", ")}`,
  );
}

describe("components/aws", () => {
  useMocks();

  describe("Key", () => {
    it("creates a rotating single-Region key in the region with residency tags", async () => {
      new Key("k", { zone: "eu", classification: "personal", region: "eu-central-1" });
      await settle();
      const key = one("aws:kms/key:Key");
      assert.equal(key.inputs.enableKeyRotation, true);
      assert.equal(key.inputs.multiRegion, false);
      assertResidency("eu", "personal", ["eu-central-1"]);
    });

    it("becomes multi-Region only with in-zone replicas", async () => {
      new Key("k", {
        zone: "eu",
        classification: "personal",
        region: "eu-central-1",
        replicaRegions: ["eu-west-1"],
      });
      await settle();
      assert.equal(one("aws:kms/key:Key").inputs.multiRegion, true);
      assert.equal(one("aws:kms/replicaKey:ReplicaKey").inputs.region, "eu-west-1");
      assertResidency("eu", "personal", ["eu-central-1", "eu-west-1"]);
    });

    it("rejects a replica in London for the eu zone", async () => {
      await rejects(
        () =>
          new Key("k", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            replicaRegions: ["eu-west-2"],
          }),
        /replicaRegions\[0\].*eu-west-2.*outside the declared zone "eu"/,
      );
    });
  });

  describe("Bucket", () => {
    it("builds SSE-KMS with the regional key, versioning, public access block and tiering", async () => {
      new Bucket("b", { zone: "eu", classification: "personal", region: "eu-central-1" });
      await settle();
      const sse = one(
        "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
      );
      assert.equal(at(sse.inputs, "rules.0.applyServerSideEncryptionByDefault.sseAlgorithm"), "aws:kms");
      assert.equal(
        at(sse.inputs, "rules.0.applyServerSideEncryptionByDefault.kmsMasterKeyId"),
        "arn:aws:kms:eu-central-1:123456789012:key/b-key",
      );
      assert.equal(
        at(one("aws:s3/bucketVersioning:BucketVersioning").inputs, "versioningConfiguration.status"),
        "Enabled",
      );
      const pab = one("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock").inputs;
      assert.deepEqual(
        [pab.blockPublicAcls, pab.blockPublicPolicy, pab.ignorePublicAcls, pab.restrictPublicBuckets],
        [true, true, true, true],
      );
      const lifecycle = one("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration");
      assert.deepEqual(at(lifecycle.inputs, "rules.0.transitions"), [{ days: 30, storageClass: "GLACIER" }]);
      assert.equal(ofType("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration").length, 0);
      assertResidency("eu", "personal", ["eu-central-1"]);
    });

    it("reads region and zone from stack config", async () => {
      pulumi.runtime.setAllConfig({
        "aws:region": "sa-east-1",
        "sovereignty:zone": "br",
        "sovereignty:classification": "confidential",
      });
      new Bucket("b");
      await settle();
      assertResidency("br", "confidential", ["sa-east-1"]);
    });

    it("locks objects in governance mode by default when asked", async () => {
      new Bucket("b", { zone: "eu", classification: "personal", region: "eu-central-1", objectLock: true });
      await settle();
      assert.equal(one("aws:s3/bucket:Bucket").inputs.objectLockEnabled, true);
      const lock = one("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration");
      assert.deepEqual(at(lock.inputs, "rule.defaultRetention"), { mode: "GOVERNANCE", days: 30 });
    });

    it("replicates to a second in-zone region with a replica key there", async () => {
      new Bucket("b", {
        zone: "eu",
        classification: "personal",
        region: "eu-central-1",
        replication: { region: "eu-west-3" },
      });
      await settle();
      const buckets = ofType("aws:s3/bucket:Bucket");
      assert.deepEqual(buckets.map((b) => b.inputs.region).sort(), ["eu-central-1", "eu-west-3"]);
      const replication = one("aws:s3/bucketReplicationConfig:BucketReplicationConfig");
      assert.equal(replication.inputs.region, "eu-central-1");
      assert.equal(
        at(replication.inputs, "rules.0.destination.encryptionConfiguration.replicaKmsKeyId"),
        "arn:aws:kms:eu-west-3:123456789012:key/b-replica-key",
      );
      assert.equal(
        at(replication.inputs, "rules.0.sourceSelectionCriteria.sseKmsEncryptedObjects.status"),
        "Enabled",
      );
      assertResidency("eu", "personal", ["eu-central-1", "eu-west-3"]);
    });

    it("uses a user-supplied key in the same region and creates none", async () => {
      const arn = "arn:aws:kms:eu-central-1:123456789012:key/mine";
      new Bucket("b", { zone: "eu", classification: "personal", region: "eu-central-1", kmsKeyArn: arn });
      await settle();
      assert.equal(ofType("aws:kms/key:Key").length, 0);
      assert.equal(
        at(
          one("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")
            .inputs,
          "rules.0.applyServerSideEncryptionByDefault.kmsMasterKeyId",
        ),
        arn,
      );
    });

    it("passes a user-supplied provider to its children", async () => {
      const provider = new Provider("eu-provider", { region: "eu-central-1" });
      new Bucket(
        "b",
        { zone: "eu", classification: "internal", region: "eu-central-1" },
        { providers: [provider] },
      );
      await settle();
      for (const r of children().filter((c) => c.type.startsWith("aws:s3/"))) {
        assert.match(r.provider ?? "", /eu-provider/, `${r.type} ignores the provider`);
      }
    });

    it("rejects zone eu in us-east-1 before creating anything", async () => {
      await rejects(
        () => new Bucket("b", { zone: "eu", classification: "personal", region: "us-east-1" }),
        /sovereignty:aws:Bucket "b": region: us-east-1 .* outside the declared zone "eu"/,
      );
    });

    it("rejects a key from another region, a replica out of zone, an unknown zone and a missing region", async () => {
      await rejects(
        () =>
          new Bucket("b", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            kmsKeyArn: "arn:aws:kms:eu-west-1:1:key/x",
          }),
        /kmsKeyArn: .*eu-west-1.*same region/,
      );
      await rejects(
        () =>
          new Bucket("b", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            replication: { region: "eu-central-2" },
          }),
        /replication.region.*Zurich|replication.region.*outside/,
      );
      await rejects(
        () => new Bucket("b", { zone: "europe", classification: "personal", region: "eu-central-1" }),
        /unknown zone "europe".*nearest: /,
      );
      await rejects(
        () => new Bucket("b", { zone: "eu", classification: "personal" }),
        /no region given.*aws:region/,
      );
      await rejects(
        () => new Bucket("b", { zone: "eu", classification: "secret" as never, region: "eu-central-1" }),
        /"secret" is not a classification/,
      );
      await rejects(
        () =>
          new Bucket("b", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            tags: { "Data-Residency": "us" },
          }),
        /tags.Data-Residency/,
      );
    });

    it("lets public data live outside the zone", async () => {
      new Bucket("b", { zone: "eu", classification: "public", region: "us-east-1" });
      await settle();
      assertResidency("eu", "public", ["us-east-1"]);
    });
  });

  describe("BackupVault", () => {
    it("locks the vault in governance mode (no changeableForDays) with the minimum retention", async () => {
      new BackupVault("v", { zone: "eu", classification: "personal", region: "eu-central-1" });
      await settle();
      assert.equal(
        one("aws:backup/vault:Vault").inputs.kmsKeyArn,
        "arn:aws:kms:eu-central-1:123456789012:key/v-key",
      );
      const lock = one("aws:backup/vaultLockConfiguration:VaultLockConfiguration").inputs;
      assert.equal(lock.minRetentionDays, 30);
      assert.equal("changeableForDays" in lock, false);
      const plan = one("aws:backup/plan:Plan").inputs;
      assert.deepEqual(at(plan, "rules.0.lifecycle"), { deleteAfter: 365, coldStorageAfter: 30 });
      assert.deepEqual(at(plan, "rules.0.copyActions"), []);
      assertResidency("eu", "personal", ["eu-central-1"]);
    });

    it("copies only to in-zone vaults it creates or is given", async () => {
      const existing = "arn:aws:backup:eu-north-1:123456789012:backup-vault:dr";
      new BackupVault("v", {
        zone: "eu",
        classification: "personal",
        region: "eu-central-1",
        copyRegions: ["eu-west-1"],
        copyToVaultArns: [existing],
        selection: { resources: ["arn:aws:rds:eu-central-1:1:db:x"] },
      });
      await settle();
      const vaults = ofType("aws:backup/vault:Vault");
      assert.deepEqual(vaults.map((v) => v.inputs.region).sort(), ["eu-central-1", "eu-west-1"]);
      assert.equal(ofType("aws:backup/vaultLockConfiguration:VaultLockConfiguration").length, 2);
      const copies = at(one("aws:backup/plan:Plan").inputs, "rules.0.copyActions") as {
        destinationVaultArn: string;
      }[];
      assert.deepEqual(
        copies.map((c) => c.destinationVaultArn),
        ["arn:aws:backup:eu-west-1:123456789012:backup-vault:v-eu-west-1-1234567", existing],
      );
      assert.equal(
        one("aws:backup/selection:Selection").inputs.iamRoleArn,
        "arn:aws:iam::123456789012:role/v-backup-role",
      );
      assertResidency("eu", "personal", ["eu-central-1", "eu-west-1"]);
    });

    it("sets changeableForDays only in compliance mode", async () => {
      new BackupVault("v", {
        zone: "us",
        classification: "special",
        region: "us-east-1",
        lock: { mode: "compliance" },
      });
      await settle();
      assert.equal(
        one("aws:backup/vaultLockConfiguration:VaultLockConfiguration").inputs.changeableForDays,
        3,
      );
    });

    it("rejects copies to us-east-1 from eu, no lock for personal data and retention below the lock", async () => {
      await rejects(
        () =>
          new BackupVault("v", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            copyRegions: ["us-east-1"],
          }),
        /copyRegions\[0\].*us-east-1.*outside the declared zone "eu"/,
      );
      await rejects(
        () =>
          new BackupVault("v", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            copyToVaultArns: ["arn:aws:backup:us-east-1:1:backup-vault:x"],
          }),
        /copyToVaultArns\[0\].*outside/,
      );
      await rejects(
        () =>
          new BackupVault("v", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            lock: false,
          }),
        /requires immutable backups/,
      );
      await rejects(
        () =>
          new BackupVault("v", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            lock: { minRetentionDays: 400 },
          }),
        /rules\[0\].retentionDays: 365 is below/,
      );
      // A lock shorter than the pack's default minimum would be a child the pack rejects.
      await rejects(
        () =>
          new BackupVault("v", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            lock: { minRetentionDays: 7 },
          }),
        /lock.minRetentionDays: 7 days is below the 30-day minimum retention personal backups require/,
      );
    });
  });

  describe("Database", () => {
    it("encrypts RDS PostgreSQL with the regional key, keeps it private, adds an in-zone replica", async () => {
      new Database("db", {
        zone: "eu",
        classification: "personal",
        region: "eu-central-1",
        readReplica: { region: "eu-west-1" },
      });
      await settle();
      const [primary, replica] = [
        one("aws:rds/instance:Instance", "db"),
        one("aws:rds/instance:Instance", "db-replica"),
      ];
      assert.equal(primary.inputs.storageEncrypted, true);
      assert.equal(primary.inputs.kmsKeyId, "arn:aws:kms:eu-central-1:123456789012:key/db-key");
      assert.equal(primary.inputs.publiclyAccessible, false);
      assert.equal(primary.inputs.backupRetentionPeriod, 14);
      assert.equal(replica.inputs.replicateSourceDb, "arn:aws:rds:eu-central-1:123456789012:db:db-db");
      assert.equal(replica.inputs.kmsKeyId, "arn:aws:kms:eu-west-1:123456789012:key/db-replica-key");
      assertResidency("eu", "personal", ["eu-central-1", "eu-west-1"]);
    });

    it("builds an Aurora cluster with a reader in the same region", async () => {
      new Database("db", {
        zone: "us",
        classification: "confidential",
        region: "us-east-2",
        engine: "aurora-postgresql",
        readReplica: {},
      });
      await settle();
      assert.equal(one("aws:rds/cluster:Cluster").inputs.storageEncrypted, true);
      assert.equal(ofType("aws:rds/clusterInstance:ClusterInstance").length, 2);
      assertResidency("us", "confidential", ["us-east-2"]);
    });

    it("rejects a replica outside the zone and a cross-region Aurora replica", async () => {
      await rejects(
        () =>
          new Database("db", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            readReplica: { region: "eu-west-2" },
          }),
        /readReplica.region.*eu-west-2.*outside/,
      );
      await rejects(
        () =>
          new Database("db", {
            zone: "eu",
            classification: "personal",
            region: "eu-central-1",
            engine: "aurora-postgresql",
            readReplica: { region: "eu-west-1" },
          }),
        /global database/,
      );
    });
  });
});

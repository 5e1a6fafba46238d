import assert from "node:assert/strict";
import { describe, it } from "mocha";
import { runResourcePolicy, UNKNOWN } from "./harness";

const P = "all-data-resources-enforce-classification-controls";
const tags = (c: string) => ({ "data-residency": "eu", "data-classification": c });
const KEY_FRA = "arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const KEY_IRL = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const eu = { type: "pulumi:providers:aws", props: { region: "eu-central-1" } };

describe(P, () => {
  it("confidential RDS must be encrypted", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:rds/instance:Instance",
      props: { tags: tags("confidential"), storageEncrypted: false },
      provider: eu,
    });
    assert.equal(d.length, 1);
    assert.match(d[0]!.message, /must be encrypted at rest; `storageEncrypted` disables it/);
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "aws:rds/instance:Instance",
        props: { tags: tags("confidential"), storageEncrypted: true },
        provider: eu,
      }),
      [],
    );
  });
  it("personal RDS needs a CMK in the same region", async () => {
    const noKey = await runResourcePolicy(P, {
      type: "aws:rds/instance:Instance",
      props: { tags: tags("personal"), storageEncrypted: true },
      provider: eu,
    });
    assert.match(noKey[0]!.message, /requires a customer-managed key/);
    const otherRegion = await runResourcePolicy(P, {
      type: "aws:rds/instance:Instance",
      props: { tags: tags("personal"), storageEncrypted: true, kmsKeyId: KEY_IRL },
      provider: eu,
    });
    assert.match(otherRegion[0]!.message, /is in `eu-west-1`, not in the resource's region `eu-central-1`/);
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "aws:rds/instance:Instance",
        props: { tags: tags("personal"), storageEncrypted: true, kmsKeyId: KEY_FRA },
        provider: eu,
      }),
      [],
    );
  });
  it("evasion: per-resource region makes a provider-region key wrong", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:rds/instance:Instance",
      props: { region: "eu-west-1", tags: tags("personal"), storageEncrypted: true, kmsKeyId: KEY_FRA },
      provider: eu,
    });
    assert.equal(d.length, 1);
  });
  it("an unknown key reference is left to the stack policy (it is usually `key.arn` of a key in the program)", async () => {
    const d = await runResourcePolicy(P, {
      type: "aws:rds/instance:Instance",
      props: { tags: tags("personal"), storageEncrypted: true, kmsKeyId: UNKNOWN },
      provider: eu,
    });
    assert.deepEqual(d, []);
  });
  describe("encryption at rest where the service always encrypts", () => {
    // GCS and Cloud SQL encrypt with Google-managed keys whatever the CMEK name: an unknown key
    // name is no "cannot verify encryption at rest" (only the personal-data CMK rule depends on it).
    for (const [type, props] of [
      [
        "gcp:storage/bucket:Bucket",
        { location: "EU", labels: tags("confidential"), encryption: { defaultKmsKeyName: UNKNOWN } },
      ],
      [
        "gcp:sql/databaseInstance:DatabaseInstance",
        {
          region: "europe-west3",
          encryptionKeyName: UNKNOWN,
          settings: { userLabels: tags("confidential") },
        },
      ],
      [
        "aws:dynamodb/table:Table",
        { tags: tags("confidential"), serverSideEncryption: { enabled: UNKNOWN } },
      ],
      [
        "azure-native:storage:StorageAccount",
        { location: "westeurope", tags: tags("confidential"), encryption: { keySource: UNKNOWN } },
      ],
    ] as const) {
      it(`confidential ${type} with an unknown key passes`, async () => {
        assert.deepEqual(await runResourcePolicy(P, { type, props, provider: eu }), []);
      });
    }
    it("a switch that can turn encryption off is still 'cannot verify' (advisory confidential, mandatory personal)", async () => {
      const conf = await runResourcePolicy(P, {
        type: "aws:rds/instance:Instance",
        props: { tags: tags("confidential"), storageEncrypted: UNKNOWN },
        provider: eu,
      });
      assert.deepEqual(
        conf.map((x) => x.level),
        ["advisory"],
      );
      assert.match(conf[0]!.message, /cannot verify encryption at rest.*`storageEncrypted`/);
      const pers = await runResourcePolicy(P, {
        type: "aws:rds/instance:Instance",
        props: { tags: tags("personal"), storageEncrypted: UNKNOWN },
        provider: eu,
      });
      assert.deepEqual(
        pers.map((x) => x.level),
        ["mandatory"],
      );
    });
    it('Redshift `encrypted: "false"` disables encryption; valkey caches encrypt by default', async () => {
      const off = await runResourcePolicy(P, {
        type: "aws:redshift/cluster:Cluster",
        props: { tags: tags("confidential"), encrypted: "false" },
        provider: eu,
      });
      assert.match(off[0]?.message ?? "", /`encrypted` disables it/);
      assert.deepEqual(
        await runResourcePolicy(P, {
          type: "aws:elasticache/replicationGroup:ReplicationGroup",
          props: { tags: tags("confidential"), engine: "valkey" },
          provider: eu,
        }),
        [],
      );
      const redis = await runResourcePolicy(P, {
        type: "aws:elasticache/replicationGroup:ReplicationGroup",
        props: { tags: tags("confidential"), engine: "redis" },
        provider: eu,
      });
      assert.match(redis[0]?.message ?? "", /`atRestEncryptionEnabled` disables it/);
    });
  });
  it("internal data needs no CMK but must not be public", async () => {
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "aws:rds/instance:Instance",
        props: { tags: tags("internal") },
        provider: eu,
      }),
      [],
    );
    const d = await runResourcePolicy(P, {
      type: "aws:rds/instance:Instance",
      props: { tags: tags("internal"), publiclyAccessible: true },
      provider: eu,
    });
    assert.match(d[0]!.message, /must not be publicly accessible; `publiclyAccessible` is true/);
  });
  it("public data may be public", async () => {
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "azure-native:storage:StorageAccount",
        props: { location: "westeurope", tags: tags("public"), allowBlobPublicAccess: true },
      }),
      [],
    );
  });
  it("GCS CMEK in the bucket's location passes; elsewhere fails", async () => {
    const key = (loc: string) => `projects/p/locations/${loc}/keyRings/r/cryptoKeys/k`;
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "gcp:storage/bucket:Bucket",
        props: {
          location: "EUROPE-WEST3",
          labels: tags("personal"),
          encryption: { defaultKmsKeyName: key("europe-west3") },
        },
      }),
      [],
    );
    assert.equal(
      (
        await runResourcePolicy(P, {
          type: "gcp:storage/bucket:Bucket",
          props: {
            location: "EUROPE-WEST3",
            labels: tags("personal"),
            encryption: { defaultKmsKeyName: key("europe-west1") },
          },
        })
      ).length,
      1,
    );
  });
  describe("types without an encryption rule", () => {
    it("personal data on a not-modelled type: advisory 'cannot verify its customer-managed key' naming the reason", async () => {
      const d = await runResourcePolicy(P, {
        type: "gcp:spanner/instance:Instance",
        props: { config: "regional-europe-west3", labels: tags("personal") },
      });
      assert.equal(d.length, 1, JSON.stringify(d));
      assert.equal(d[0]!.level, "advisory");
      assert.match(
        d[0]!.message,
        /cannot verify its customer-managed key: no rule for this type \(Spanner CMEK is set per database.*\) \[catalog /,
      );
    });
    it("confidential data on a not-modelled type: advisory 'cannot verify encryption at rest'", async () => {
      const d = await runResourcePolicy(P, {
        type: "azure-native:operationalinsights:Workspace",
        props: { location: "germanywestcentral", tags: tags("confidential") },
      });
      assert.equal(d.length, 1, JSON.stringify(d));
      assert.equal(d[0]!.level, "advisory");
      assert.match(
        d[0]!.message,
        /cannot verify encryption at rest: no rule for this type \(a Log Analytics/,
      );
      // Internal data needs no encryption rule: nothing to say.
      assert.deepEqual(
        await runResourcePolicy(P, {
          type: "azure-native:operationalinsights:Workspace",
          props: { location: "germanywestcentral", tags: tags("internal") },
        }),
        [],
      );
    });
    it("a snapshot that takes its volume's key is left to the stack policy", async () => {
      assert.deepEqual(
        await runResourcePolicy(P, {
          type: "aws:ebs/snapshot:Snapshot",
          props: { volumeId: UNKNOWN, tags: tags("personal") },
          provider: eu,
        }),
        [],
      );
    });
  });
  describe("immutable backups", () => {
    it("GCP backup vault retention below the minimum fails", async () => {
      const props = {
        location: "europe-west3",
        labels: tags("personal"),
        backupMinimumEnforcedRetentionDuration: `${7 * 86400}s`,
        encryptionConfig: { kmsKeyName: "projects/p/locations/europe-west3/keyRings/r/cryptoKeys/k" },
      };
      const d = await runResourcePolicy(P, {
        type: "gcp:backupdisasterrecovery/backupVault:BackupVault",
        props,
      });
      assert.match(d[0]!.message, /7 days is below the minimum of 30 days/);
      assert.deepEqual(
        await runResourcePolicy(
          P,
          { type: "gcp:backupdisasterrecovery/backupVault:BackupVault", props },
          { sovereignty: { minimumRetentionDays: 7 } },
        ),
        [],
      );
    });
    it("Azure Recovery Services vault without immutability fails for special data", async () => {
      const d = await runResourcePolicy(P, {
        type: "azure-native:recoveryservices:Vault",
        props: {
          location: "westeurope",
          tags: tags("special"),
          properties: { encryption: { keyVaultProperties: { keyUri: "https://v.vault.azure.net/keys/k" } } },
        },
      });
      assert.equal(d.length, 1);
      assert.match(d[0]!.message, /backups must be immutable/);
    });
    it("unknown immutability state on personal data: mandatory", async () => {
      const props = {
        location: "westeurope",
        tags: tags("personal"),
        properties: {
          securitySettings: { immutabilitySettings: { state: UNKNOWN } },
          encryption: { keyVaultProperties: { keyUri: "https://v.vault.azure.net/keys/k" } },
        },
      };
      const d = await runResourcePolicy(P, { type: "azure-native:recoveryservices:Vault", props });
      assert.equal(d[0]!.level, "mandatory");
    });
  });
  it("resources without a classification are left to the tags policy", async () => {
    assert.deepEqual(
      await runResourcePolicy(P, {
        type: "aws:rds/instance:Instance",
        props: { storageEncrypted: false },
        provider: eu,
      }),
      [],
    );
  });
});

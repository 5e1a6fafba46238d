import { strict as assert } from "node:assert";
import { BackupVault, Bucket, ComponentInputError, Database } from "../../components/gcp";
import { at, children, one, ofType, registered, settle, useMocks } from "./harness";

// Where each type keeps its location and labels (@pulumi/gcp 9.37, each resource's `...Args`);
// unlabelled children (key rings, IAM members, service identities) take their target's labels.
const LOCATION: Record<string, string> = {
  "gcp:storage/bucket:Bucket": "location",
  "gcp:kms/keyRing:KeyRing": "location",
  "gcp:backupdisasterrecovery/backupVault:BackupVault": "location",
  "gcp:sql/databaseInstance:DatabaseInstance": "region",
};
const LABELS: Record<string, string> = {
  "gcp:storage/bucket:Bucket": "labels",
  "gcp:kms/cryptoKey:CryptoKey": "labels",
  "gcp:backupdisasterrecovery/backupVault:BackupVault": "labels",
  "gcp:sql/databaseInstance:DatabaseInstance": "settings.userLabels",
};

function assertResidency(zone: string, classification: string, locations: readonly string[]): void {
  for (const r of children()) {
    const loc = LOCATION[r.type];
    if (loc)
      assert.ok(
        locations.includes(at(r.inputs, loc) as string),
        `${r.type} ${r.name}: ${String(at(r.inputs, loc))}`,
      );
    const labels = LABELS[r.type];
    if (labels) {
      assert.equal(at(r.inputs, `${labels}.data-residency`), zone, `${r.type} ${r.name}`);
      assert.equal(at(r.inputs, `${labels}.data-classification`), classification, `${r.type} ${r.name}`);
    }
  }
}

async function rejects(build: () => unknown, pattern: RegExp): Promise<void> {
  assert.throws(build, (err: unknown) => err instanceof ComponentInputError && pattern.test(err.message));
  await settle();
  assert.equal(registered.length, 0);
}

describe("components/gcp", () => {
  useMocks();

  describe("Bucket", () => {
    it("puts an EU bucket's key ring in KMS `europe`, enforces public access prevention and tiers", async () => {
      new Bucket("b", { zone: "eu", classification: "personal", location: "EU" });
      await settle();
      const bucket = one("gcp:storage/bucket:Bucket").inputs;
      assert.equal(one("gcp:kms/keyRing:KeyRing").inputs.location, "europe");
      assert.equal(
        at(bucket, "encryption.defaultKmsKeyName"),
        "projects/proj/locations/europe/keyRings/b-keyring/cryptoKeys/b-key",
      );
      assert.equal(bucket.publicAccessPrevention, "enforced");
      assert.equal(bucket.uniformBucketLevelAccess, true);
      assert.deepEqual(
        (bucket.lifecycleRules as { action: { storageClass: string } }[]).map((r) => r.action.storageClass),
        ["NEARLINE", "COLDLINE"],
      );
      assert.equal(
        one("gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember").inputs.member,
        "serviceAccount:service-1@gs-project-accounts.iam.gserviceaccount.com",
      );
      assertResidency("eu", "personal", ["EU", "europe"]);
    });

    it("keeps a regional bucket's key in the same region, with an in-zone dual-region option", async () => {
      new Bucket("b", {
        zone: "eu",
        classification: "confidential",
        location: "EU",
        dataLocations: ["europe-west3", "europe-west4"],
        retentionDays: 30,
      });
      await settle();
      const bucket = one("gcp:storage/bucket:Bucket").inputs;
      assert.deepEqual(at(bucket, "customPlacementConfig.dataLocations"), ["EUROPE-WEST3", "EUROPE-WEST4"]);
      assert.equal(at(bucket, "retentionPolicy.retentionPeriod"), "2592000");
    });

    it("rejects EUR5 (London) and a London data location for eu, and a key in another location", async () => {
      await rejects(
        () => new Bucket("b", { zone: "eu", classification: "personal", location: "EUR5" }),
        /location: EUR5 .* outside the declared zone "eu"/,
      );
      await rejects(
        () =>
          new Bucket("b", {
            zone: "eu",
            classification: "personal",
            location: "EU",
            dataLocations: ["europe-west3", "europe-west2"],
          }),
        /dataLocations\[1\]: europe-west2/,
      );
      await rejects(
        () =>
          new Bucket("b", {
            zone: "eu",
            classification: "personal",
            location: "europe-west3",
            kmsKeyName: "projects/p/locations/europe/keyRings/r/cryptoKeys/k",
          }),
        /kmsKeyName: the key is in europe, but a bucket in europe-west3 needs a key in europe-west3/,
      );
    });
  });

  describe("BackupVault", () => {
    it("Backup and DR vault with a minimum enforced retention and a regional CMEK", async () => {
      new BackupVault("bv", { zone: "eu", classification: "personal", location: "europe-west3" });
      await settle();
      const v = one("gcp:backupdisasterrecovery/backupVault:BackupVault").inputs;
      assert.equal(v.backupMinimumEnforcedRetentionDuration, "2592000s");
      assert.equal(
        at(v, "encryptionConfig.kmsKeyName"),
        "projects/proj/locations/europe-west3/keyRings/bv-keyring/cryptoKeys/bv-key",
      );
      assertResidency("eu", "personal", ["europe-west3"]);
    });

    it("or a retention-policy bucket", async () => {
      new BackupVault("bv", {
        zone: "us",
        classification: "special",
        location: "us-central1",
        kind: "bucket",
        minRetentionDays: 60,
      });
      await settle();
      assert.equal(
        at(one("gcp:storage/bucket:Bucket").inputs, "retentionPolicy.retentionPeriod"),
        String(60 * 86400),
      );
      assertResidency("us", "special", ["US-CENTRAL1", "us-central1"]);
    });

    it("refuses a minimum retention below the pack's default for personal data, allows it for internal", async () => {
      await rejects(
        () =>
          new BackupVault("bv", {
            zone: "eu",
            classification: "personal",
            location: "europe-west3",
            minRetentionDays: 1,
          }),
        /minRetentionDays: 1 days is below the 30-day minimum retention personal backups require/,
      );
      new BackupVault("bv", {
        zone: "eu",
        classification: "internal",
        location: "europe-west3",
        minRetentionDays: 1,
      });
      await settle();
      assert.equal(ofType("gcp:backupdisasterrecovery/backupVault:BackupVault").length, 1);
    });
  });

  describe("Database", () => {
    it("sets an explicit in-zone backup location and a CMEK in the instance's region", async () => {
      new Database("db", {
        zone: "uk",
        classification: "personal",
        region: "europe-west2",
        replicaRegion: "europe-west2",
      });
      await settle();
      const instances = ofType("gcp:sql/databaseInstance:DatabaseInstance");
      assert.equal(instances.length, 2);
      const primary = one("gcp:sql/databaseInstance:DatabaseInstance", "db").inputs;
      assert.equal(at(primary, "settings.backupConfiguration.location"), "europe-west2");
      assert.equal(
        primary.encryptionKeyName,
        "projects/proj/locations/europe-west2/keyRings/db-keyring/cryptoKeys/db-key",
      );
      assert.deepEqual(at(primary, "settings.ipConfiguration.authorizedNetworks"), []);
      assertResidency("uk", "personal", ["europe-west2"]);
    });

    it("rejects a backup location in the EU multi-region for a UK database", async () => {
      await rejects(
        () =>
          new Database("db", {
            zone: "uk",
            classification: "personal",
            region: "europe-west2",
            backupLocation: "eu",
          }),
        /backupLocation: EU .* outside the declared zone "uk"/,
      );
    });
  });
});

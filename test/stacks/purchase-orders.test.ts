// The purchase-orders system of stacks/: Brazil on Azure (no geo-redundancy into the US pair)
// and the US on GCP (bucket, database backups and keys in the US). One program run per stack.
import { strict as assert } from "node:assert";
import type { ProgramSnapshot } from "../../cli/check/program";
import type { SnapshotResource } from "../../cli/check/snapshot";
import {
  assertResidencyTags,
  at,
  byUrn,
  dataHolding,
  inZone,
  itPassesThePack,
  loadStack,
  one,
  ofType,
} from "./helpers";

/** The one resource of `type` that `from`'s `property` references (followed through the engine's property dependencies). */
function referenced(
  snapshot: ProgramSnapshot,
  from: SnapshotResource,
  property: string,
  type: string,
): SnapshotResource {
  const urns = (from.propertyDependencies[property] ?? []).filter(
    (urn) => byUrn(snapshot, urn).type === type,
  );
  assert.equal(urns.length, 1, `${from.name}.${property} references no single ${type}`);
  return byUrn(snapshot, urns[0]!);
}

/** Geo-redundant Azure storage SKUs: each copies to the paired region (Brazil South → South Central US). */
const GEO_SKUS = /(^|_)(GRS|RAGRS|GZRS|RAGZRS)$/;

describe("stacks: purchase-orders-br (Azure Brazil South, invoices)", function () {
  let snapshot: ProgramSnapshot;
  before(async function () {
    snapshot = await loadStack("purchase-orders-br");
  });

  it("is built from our Azure components in Brazil South", function () {
    assert.equal(snapshot.config["azure-native:location"], "brazilsouth");
    one(snapshot, "sovereignty:azure:StorageAccount", "invoices");
    one(snapshot, "sovereignty:azure:Database", "orders");
    one(snapshot, "sovereignty:azure:BackupVault", "backups");
    for (const r of snapshot.resources.filter((x) => x.custom && "location" in x.properties)) {
      assert.equal(r.properties["location"], "brazilsouth", `${r.type} ${r.name}`);
      assert.ok(inZone("azure", "regions", r.properties["location"], "br"));
    }
  });

  it("stores invoices without geo-redundancy (no GRS/RA-GRS/GZRS that would copy to South Central US)", function () {
    const account = one(snapshot, "azure-native:storage:StorageAccount", "invoices");
    const sku = at(account.properties, "sku.name");
    assert.equal(typeof sku, "string");
    assert.doesNotMatch(String(sku), GEO_SKUS);
    assert.equal(sku, "Standard_ZRS");
    assert.equal(at(account.properties, "immutableStorageWithVersioning.enabled"), true);
  });

  it("keeps database backups and the backup vault in the region", function () {
    const server = one(snapshot, "azure-native:dbforpostgresql:Server", "orders");
    assert.equal(at(server.properties, "backup.geoRedundantBackup"), "Disabled");
    const vault = one(snapshot, "azure-native:dataprotection:BackupVault", "backups");
    const storage = at(vault.properties, "properties.storageSettings") as readonly unknown[];
    assert.ok(storage.length > 0);
    for (const [i] of storage.entries()) {
      assert.ok(
        ["LocallyRedundant", "ZoneRedundant"].includes(
          String(at(vault.properties, `properties.storageSettings.${i}.type`)),
        ),
      );
    }
    assert.equal(
      at(vault.properties, "properties.featureSettings.crossRegionRestoreSettings.state"),
      "Disabled",
    );
    assert.equal(at(vault.properties, "properties.securitySettings.immutabilitySettings.state"), "Unlocked");
  });

  it("encrypts with customer-managed keys from Key Vaults in Brazil South", function () {
    const account = one(snapshot, "azure-native:storage:StorageAccount", "invoices");
    const server = one(snapshot, "azure-native:dbforpostgresql:Server", "orders");
    for (const [holder, property] of [
      [account, "encryption"],
      [server, "dataEncryption"],
    ] as const) {
      const key = referenced(snapshot, holder, property, "azure-native:keyvault:Key");
      const vault = referenced(snapshot, key, "vaultName", "azure-native:keyvault:Vault");
      assert.equal(vault.properties["location"], "brazilsouth", `${holder.name}'s key vault`);
    }
  });

  it("tags every data-holding resource data-residency br, data-classification personal", function () {
    assertResidencyTags(snapshot, "br", "personal");
  });

  itPassesThePack(() => snapshot);
});

describe("stacks: purchase-orders-us (GCP us-central1, tax records)", function () {
  let snapshot: ProgramSnapshot;
  before(async function () {
    snapshot = await loadStack("purchase-orders-us");
  });

  it("is built from our GCP components, in the US", function () {
    assert.equal(snapshot.config["gcp:region"], "us-central1");
    one(snapshot, "sovereignty:gcp:Bucket", "tax-records");
    one(snapshot, "sovereignty:gcp:Database", "ledger");
    one(snapshot, "sovereignty:gcp:BackupVault", "backups");
  });

  it("keeps tax records in a US dual-region bucket with a CMEK in the US", function () {
    const bucket = one(snapshot, "gcp:storage/bucket:Bucket", "tax-records");
    assert.equal(bucket.properties["location"], "NAM4");
    assert.ok(inZone("gcp", "gcs", bucket.properties["location"], "us"));
    const key = referenced(snapshot, bucket, "encryption", "gcp:kms/cryptoKey:CryptoKey");
    const ring = referenced(snapshot, key, "keyRing", "gcp:kms/keyRing:KeyRing");
    assert.ok(
      inZone("gcp", "gcp-kms", ring.properties["location"], "us"),
      String(ring.properties["location"]),
    );
  });

  it("stores Cloud SQL backups at an explicit US location, encrypted with a key in the instance's region", function () {
    const instance = one(snapshot, "gcp:sql/databaseInstance:DatabaseInstance", "ledger");
    assert.equal(instance.properties["region"], "us-central1");
    const backupLocation = at(instance.properties, "settings.backupConfiguration.location");
    assert.equal(backupLocation, "us", "an unset backup location lets Cloud SQL pick a multi-region");
    assert.ok(inZone("gcp", "gcs", backupLocation, "us"));
    const key = referenced(snapshot, instance, "encryptionKeyName", "gcp:kms/cryptoKey:CryptoKey");
    assert.equal(
      referenced(snapshot, key, "keyRing", "gcp:kms/keyRing:KeyRing").properties["location"],
      "us-central1",
    );
  });

  it("keeps backups in a US vault with an enforced minimum retention of at least 30 days", function () {
    const vault = one(snapshot, "gcp:backupdisasterrecovery/backupVault:BackupVault", "backups");
    assert.equal(vault.properties["location"], "us-central1");
    const seconds = Number(
      /^(\d+)s$/.exec(String(vault.properties["backupMinimumEnforcedRetentionDuration"]))?.[1],
    );
    assert.ok(
      seconds >= 30 * 86400,
      `retention ${String(vault.properties["backupMinimumEnforcedRetentionDuration"])}`,
    );
  });

  it("labels every data-holding resource data-residency us, data-classification confidential", function () {
    assertResidencyTags(snapshot, "us", "confidential");
    assert.ok(dataHolding(snapshot).length >= 4);
    assert.ok(ofType(snapshot, "gcp:kms/cryptoKey:CryptoKey").length >= 3);
  });

  itPassesThePack(() => snapshot);
});

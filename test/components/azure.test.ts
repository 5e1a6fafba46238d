import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { BackupVault, ComponentInputError, Database, StorageAccount } from "../../components/azure";
import { at, children, one, ofType, registered, settle, useMocks } from "./harness";

// Children with no `location` input (they live in their parent's region) and no `tags` input
// (@pulumi/azure-native 3.28, each resource's `...Args`).
const NO_LOCATION = new Set([
  "azure-native:keyvault:Key",
  "azure-native:authorization:RoleAssignment",
  "azure-native:storage:BlobServiceProperties",
  "azure-native:storage:ManagementPolicy",
]);
const NO_TAGS = new Set([
  "azure-native:authorization:RoleAssignment",
  "azure-native:storage:BlobServiceProperties",
  "azure-native:storage:ManagementPolicy",
]);

function assertResidency(zone: string, classification: string, locations: readonly string[]): void {
  const kids = children();
  assert.ok(kids.length > 0);
  for (const r of kids) {
    if (!NO_LOCATION.has(r.type)) {
      assert.ok(
        locations.includes(r.inputs.location as string),
        `${r.type} ${r.name}: location ${String(r.inputs.location)}`,
      );
    }
    if (!NO_TAGS.has(r.type)) {
      assert.equal(at(r.inputs, "tags.data-residency"), zone, `${r.type} ${r.name} lacks data-residency`);
      assert.equal(
        at(r.inputs, "tags.data-classification"),
        classification,
        `${r.type} ${r.name} lacks data-classification`,
      );
    }
  }
}

async function rejects(build: () => unknown, pattern: RegExp): Promise<void> {
  assert.throws(build, (err: unknown) => err instanceof ComponentInputError && pattern.test(err.message));
  await settle();
  assert.equal(registered.length, 0);
}

const rg = "rg";

describe("components/azure", () => {
  useMocks();

  describe("StorageAccount", () => {
    it("uses geo-redundancy in westeurope for eu: the pair northeurope is in the EU", async () => {
      const account = new StorageAccount("st", {
        zone: "eu",
        classification: "personal",
        location: "West Europe",
        resourceGroupName: rg,
      });
      await settle();
      const sa = one("azure-native:storage:StorageAccount").inputs;
      assert.equal(at(sa, "sku.name"), "Standard_GZRS");
      assert.equal(account.geoReplicaLocation, "northeurope");
      assert.equal(sa.publicNetworkAccess, "Disabled");
      assert.equal(sa.allowBlobPublicAccess, false);
      assert.equal(at(sa, "encryption.keySource"), "Microsoft.Keyvault");
      assert.equal(at(sa, "encryption.keyVaultProperties.keyVaultUri"), "https://st-kv.vault.azure.net/");
      assert.equal(at(one("azure-native:keyvault:Vault").inputs, "properties.enablePurgeProtection"), true);
      assert.match(
        one("azure-native:authorization:RoleAssignment").inputs.roleDefinitionId as string,
        /e147488a-f6f5-4113-8e2d-b22465e65bf6$/,
      );
      assert.equal(one("azure-native:storage:BlobServiceProperties").inputs.isVersioningEnabled, true);
      assertResidency("eu", "personal", ["westeurope"]);
    });

    it("stays zone-redundant in brazilsouth for br: its pair is South Central US", async () => {
      new StorageAccount("st", {
        zone: "br",
        classification: "personal",
        location: "brazilsouth",
        resourceGroupName: rg,
      });
      await settle();
      assert.equal(at(one("azure-native:storage:StorageAccount").inputs, "sku.name"), "Standard_ZRS");
      assertResidency("br", "personal", ["brazilsouth"]);
    });

    it("falls back to LRS without availability zones and sets immutability when asked", async () => {
      pulumi.runtime.setAllConfig({
        "azure-native:location": "germanynorth",
        "sovereignty:zone": "eu",
        "sovereignty:classification": "confidential",
      });
      new StorageAccount("st", { resourceGroupName: rg, redundancy: "local", immutability: true });
      await settle();
      const sa = one("azure-native:storage:StorageAccount").inputs;
      assert.equal(at(sa, "sku.name"), "Standard_LRS");
      assert.deepEqual(at(sa, "immutableStorageWithVersioning.immutabilityPolicy"), {
        immutabilityPeriodSinceCreationInDays: 30,
        state: "Unlocked",
        allowProtectedAppendWrites: false,
      });
      assertResidency("eu", "confidential", ["germanynorth"]);
    });

    it("rejects geo-redundancy in brazilsouth for br, an eu account in eastus, and a key vault elsewhere", async () => {
      await rejects(
        () =>
          new StorageAccount("st", {
            zone: "br",
            classification: "personal",
            location: "brazilsouth",
            resourceGroupName: rg,
            redundancy: "geo",
          }),
        /redundancy: storage geo-redundancy in brazilsouth copies data to the paired region: southcentralus .* outside the declared zone "br"/,
      );
      await rejects(
        () =>
          new StorageAccount("st", {
            zone: "eu",
            classification: "internal",
            location: "eastus",
            resourceGroupName: rg,
          }),
        /location: eastus .* outside the declared zone "eu"/,
      );
      await rejects(
        () =>
          new StorageAccount("st", {
            zone: "eu",
            classification: "personal",
            location: "westeurope",
            resourceGroupName: rg,
            customerManagedKey: {
              keyVaultLocation: "northeurope",
              keyVaultUri: "https://x.vault.azure.net/",
              keyName: "k",
              keyUri: "https://x.vault.azure.net/keys/k",
              userAssignedIdentityId: "/id",
            },
          }),
        /keyVaultLocation: .*northeurope.*same region/,
      );
    });

    it("uses a user-supplied key and creates no Key Vault", async () => {
      new StorageAccount("st", {
        zone: "eu",
        classification: "personal",
        location: "westeurope",
        resourceGroupName: rg,
        customerManagedKey: {
          keyVaultLocation: "westeurope",
          keyVaultUri: "https://mine.vault.azure.net/",
          keyName: "k",
          keyUri: "https://mine.vault.azure.net/keys/k",
          userAssignedIdentityId: "/id",
        },
      });
      await settle();
      assert.equal(ofType("azure-native:keyvault:Vault").length, 0);
      assert.equal(
        at(one("azure-native:storage:StorageAccount").inputs, "encryption.keyVaultProperties.keyVaultUri"),
        "https://mine.vault.azure.net/",
      );
    });
  });

  describe("BackupVault", () => {
    it("Backup vault: geo-redundant in westeurope, immutable (unlocked), soft delete, CMK", async () => {
      new BackupVault("bv", {
        zone: "eu",
        classification: "personal",
        location: "westeurope",
        resourceGroupName: rg,
        crossRegionRestore: true,
      });
      await settle();
      const p = one("azure-native:dataprotection:BackupVault").inputs;
      assert.deepEqual(at(p, "properties.storageSettings"), [
        { datastoreType: "VaultStore", type: "GeoRedundant" },
      ]);
      assert.equal(at(p, "properties.featureSettings.crossRegionRestoreSettings.state"), "Enabled");
      assert.equal(at(p, "properties.securitySettings.immutabilitySettings.state"), "Unlocked");
      assert.equal(at(p, "properties.securitySettings.softDeleteSettings.state"), "On");
      assert.equal(
        at(p, "properties.securitySettings.encryptionSettings.keyVaultProperties.keyUri"),
        "https://vault.vault.azure.net/keys/bv-key",
      );
      assertResidency("eu", "personal", ["westeurope"]);
    });

    it("Recovery Services vault in brazilsouth: zone-redundant, no cross-region restore", async () => {
      new BackupVault("rsv", {
        zone: "br",
        classification: "personal",
        location: "brazilsouth",
        resourceGroupName: rg,
        kind: "recovery-services",
      });
      await settle();
      const p = one("azure-native:recoveryservices:Vault").inputs;
      assert.deepEqual(at(p, "properties.redundancySettings"), {
        standardTierStorageRedundancy: "ZoneRedundant",
        crossRegionRestore: "Disabled",
      });
      assert.equal(at(p, "properties.securitySettings.immutabilitySettings.state"), "Unlocked");
      assert.equal(
        at(p, "properties.encryption.keyVaultProperties.keyUri"),
        "https://vault.vault.azure.net/keys/rsv-key",
      );
      assertResidency("br", "personal", ["brazilsouth"]);
    });

    it("rejects cross-region restore or geo in brazilsouth for br, and disabled immutability for personal data", async () => {
      await rejects(
        () =>
          new BackupVault("bv", {
            zone: "br",
            classification: "personal",
            location: "brazilsouth",
            resourceGroupName: rg,
            crossRegionRestore: true,
          }),
        /crossRegionRestore: needs geo-redundant storage/,
      );
      await rejects(
        () =>
          new BackupVault("bv", {
            zone: "br",
            classification: "personal",
            location: "brazilsouth",
            resourceGroupName: rg,
            redundancy: "geo",
          }),
        /southcentralus .* outside the declared zone "br"/,
      );
      await rejects(
        () =>
          new BackupVault("bv", {
            zone: "eu",
            classification: "special",
            location: "westeurope",
            resourceGroupName: rg,
            immutability: "Disabled",
          }),
        /requires immutable backups/,
      );
    });
  });

  describe("Database", () => {
    it("PostgreSQL in westeurope with geo backup: a second key in northeurope", async () => {
      const db = new Database("pg", {
        zone: "eu",
        classification: "personal",
        location: "westeurope",
        resourceGroupName: rg,
        geoRedundantBackup: true,
      });
      await settle();
      const s = one("azure-native:dbforpostgresql:Server").inputs;
      assert.equal(at(s, "backup.geoRedundantBackup"), "Enabled");
      assert.equal(at(s, "dataEncryption.type"), "AzureKeyVault");
      assert.equal(at(s, "dataEncryption.primaryKeyURI"), "https://vault.vault.azure.net/keys/pg-key");
      assert.equal(at(s, "dataEncryption.geoBackupKeyURI"), "https://vault.vault.azure.net/keys/pg-geo-key");
      assert.equal(at(s, "network.publicNetworkAccess"), "Disabled");
      assert.equal(db.geoBackupLocation, "northeurope");
      assertResidency("eu", "personal", ["westeurope", "northeurope"]);
    });

    it("PostgreSQL in brazilsouth: geo backup disabled by default, rejected when asked", async () => {
      new Database("pg", {
        zone: "br",
        classification: "personal",
        location: "brazilsouth",
        resourceGroupName: rg,
      });
      await settle();
      assert.equal(
        at(one("azure-native:dbforpostgresql:Server").inputs, "backup.geoRedundantBackup"),
        "Disabled",
      );
      registered.length = 0;
      await rejects(
        () =>
          new Database("pg", {
            zone: "br",
            classification: "personal",
            location: "brazilsouth",
            resourceGroupName: rg,
            geoRedundantBackup: true,
          }),
        /geoRedundantBackup: postgresql-flexible geo-redundancy in brazilsouth .*southcentralus/,
      );
    });

    it("Cosmos DB restricted to in-zone locations with zone backup storage", async () => {
      new Database("cos", {
        zone: "eu",
        classification: "personal",
        location: "germanywestcentral",
        resourceGroupName: rg,
        engine: "cosmosdb",
        additionalLocations: ["francecentral"],
      });
      await settle();
      const a = one("azure-native:cosmosdb:DatabaseAccount").inputs;
      assert.deepEqual(
        (a.locations as { locationName: string }[]).map((l) => l.locationName),
        ["germanywestcentral", "francecentral"],
      );
      assert.equal(at(a, "backupPolicy.periodicModeProperties.backupStorageRedundancy"), "Zone");
      assert.equal(a.keyVaultKeyUri, "https://vault.vault.azure.net/keys/cos-key");
      assert.equal(a.publicNetworkAccess, "Disabled");
      assertResidency("eu", "personal", ["germanywestcentral"]);
      registered.length = 0;
      await rejects(
        () =>
          new Database("cos2", {
            zone: "eu",
            classification: "personal",
            location: "germanywestcentral",
            resourceGroupName: rg,
            engine: "cosmosdb",
            additionalLocations: ["uksouth"],
          }),
        /additionalLocations\[0\]: uksouth .* outside/,
      );
    });
  });
});

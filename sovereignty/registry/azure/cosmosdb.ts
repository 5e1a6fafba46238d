// azure:cosmosdb/* — classic Cosmos DB accounts (@pulumi/azure 6.40, cosmosdb/account.d.ts
// `AccountArgs` {backup, geoLocations, keyVaultKeyId, location, managedHsmKeyId, restore, tags,
// ...}; types/input.d.ts cosmosdb.AccountGeoLocation {location, failoverPriority, zoneRedundant},
// cosmosdb.AccountBackup {type, storageRedundancy ("Defaults to `Geo`"), ...},
// cosmosdb.AccountRestore {sourceCosmosdbAccountId, restoreTimestampInUtc, ...}).
// Its databases and containers stay classified by their module and are judged with its tags.
import { cosmosAccountFlows, cosmosRestoreOrigins } from "../azure-native/cosmosdb";
import type { TypeDeclaration } from "../types";
import { classicData, keyIdOr } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (cosmosdb/account.d.ts); https://learn.microsoft.com/azure/cosmos-db/periodic-backup-storage-redundancy";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: "azure:cosmosdb/account:Account",
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    // Every `geoLocations[].location` holds a replica; periodic backups (the default) are
    // geo-redundant unless `backup.storageRedundancy` says `Local` or `Zone`.
    flows: cosmosAccountFlows({
      locations: "geoLocations",
      locationName: "location",
      backup: "backup",
      redundancy: ["storageRedundancy"],
    }),
    // A restored account is a copy of `restore.sourceCosmosdbAccountId` (an ARM id).
    origins: cosmosRestoreOrigins("restore", "sourceCosmosdbAccountId"),
    // Always encrypted; `keyVaultKeyId` (or `managedHsmKeyId`) is the account key when set
    // (https://learn.microsoft.com/azure/cosmos-db/how-to-setup-customer-managed-keys).
    encryption: { kind: "reader", read: keyIdOr(["keyVaultKeyId"], ["managedHsmKeyId"]) },
  }),
];

// azure:mysql/* — classic MySQL flexible servers (@pulumi/azure 6.40, mysql/flexibleServer.d.ts
// `FlexibleServerArgs` {createMode ("`Default`, `PointInTimeRestore`, `GeoRestore`, and
// `Replica`"), customerManagedKey, geoRedundantBackupEnabled ("Defaults to `false`"), location,
// sourceServerId ("Required when `createMode` is `PointInTimeRestore`, `GeoRestore`, and
// `Replica`"), tags, ...}; types/input.d.ts mysql.FlexibleServerCustomerManagedKey
// {keyVaultKeyId, managedHsmKeyId (deprecated), geoBackupKeyVaultKeyId ("It can't cross region
// and need Customer Managed Key in same region as geo backup"), ...}). Read by the azure-native
// twins' builders. Databases stay classified by their module.
import { flexibleServerGeoBackup, flexibleServerOrigins } from "../azure-native/dbforpostgresql";
import type { TypeDeclaration } from "../types";
import { classicData, keyIdOr } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (mysql/flexibleServer.d.ts); https://learn.microsoft.com/azure/mysql/flexible-server/concepts-business-continuity";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: "azure:mysql/flexibleServer:FlexibleServer",
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    flows: flexibleServerGeoBackup(["geoRedundantBackupEnabled"], "mysql-flexible"),
    origins: flexibleServerOrigins("sourceServerId"),
    // Always encrypted; `customerManagedKey.keyVaultKeyId` (or the deprecated `managedHsmKeyId`)
    // is the server key when set. `geoBackupKeyVaultKeyId` is not: it sits in the geo-backup
    // (paired) region by Azure's rule, which the geo-redundancy flow places.
    encryption: {
      kind: "reader",
      read: keyIdOr(["customerManagedKey", "keyVaultKeyId"], ["customerManagedKey", "managedHsmKeyId"]),
    },
  }),
];

// azure:postgresql/* — classic PostgreSQL flexible servers (@pulumi/azure 6.40,
// postgresql/flexibleServer.d.ts `FlexibleServerArgs` {createMode ("`Default`, `GeoRestore`,
// `PointInTimeRestore`, `Replica`, `ReviveDropped` and `Update`"), customerManagedKey,
// geoRedundantBackupEnabled ("Defaults to `false`"), location, sourceServerId ("Required when
// `createMode` is `GeoRestore`, `PointInTimeRestore` or `Replica`"), tags, ...}; types/input.d.ts
// postgresql.FlexibleServerCustomerManagedKey {keyVaultKeyId, geoBackupKeyVaultKeyId ("must be in
// the same region as the geo-redundant backup"), ...}). Read by the azure-native twin's builders.
// Single servers and databases stay classified by their module.
import { flexibleServerGeoBackup, flexibleServerOrigins } from "../azure-native/dbforpostgresql";
import type { TypeDeclaration } from "../types";
import { classicData, keyIdOr } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (postgresql/flexibleServer.d.ts); https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-geo-disaster-recovery";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: "azure:postgresql/flexibleServer:FlexibleServer",
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    // Geo-backups go to the paired region only ("Can be in non-paired region: No").
    flows: flexibleServerGeoBackup(["geoRedundantBackupEnabled"], "postgresql-flexible"),
    origins: flexibleServerOrigins("sourceServerId"),
    // Always encrypted; `customerManagedKey.keyVaultKeyId` is the server key when set. The geo
    // backup key is not read as the server's: Azure requires it in the paired region, which the
    // geo-redundancy flow places.
    encryption: { kind: "reader", read: keyIdOr(["customerManagedKey", "keyVaultKeyId"]) },
  }),
];

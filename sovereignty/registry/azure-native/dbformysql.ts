// azure-native:dbformysql:* — MySQL flexible servers (@pulumi/azure-native 3.28, dbformysql/server.d.ts
// `ServerArgs` {backup, createMode, dataEncryption, location, sourceServerResourceId, tags, ...};
// input types dbformysql.BackupArgs {geoRedundantBackup: Enabled | Disabled, defaulted to Disabled},
// DataEncryptionArgs {type, primaryKeyURI, geoBackupKeyURI, ...}; enums CreateMode Default |
// PointInTimeRestore | GeoRestore | Replica).
import { keySourceSwitch } from "../../controls/encryptionRead";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";
import { flexibleServerGeoBackup, flexibleServerOrigins } from "./dbforpostgresql";

const SOURCE =
  "@pulumi/azure-native 3.28 (dbformysql/server.d.ts); https://learn.microsoft.com/azure/mysql/flexible-server/concepts-business-continuity";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:dbformysql:Server",
    ...AZURE_DATA,
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    // The same two facts as the PostgreSQL twin: geo-redundant backups to the pair, and a
    // replica / restore of `sourceServerResourceId`.
    flows: flexibleServerGeoBackup(["backup", "geoRedundantBackup"], "mysql-flexible"),
    origins: flexibleServerOrigins("sourceServerResourceId"),
    // `dataEncryption` (type AzureKeyVault | SystemManaged, primaryKeyURI). The geo-backup key
    // (`geoBackupKeyURI`) is not the server's key: it must be in the geo-backup (paired) region.
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["dataEncryption", "type"], "AzureKeyVault", ["dataEncryption", "primaryKeyURI"]),
    },
  },
];

// azure-native:dbformysql:* — MySQL flexible servers (@pulumi/azure-native 3.28, dbformysql/server.d.ts).
import { keySourceSwitch } from "../../controls/encryptionRead";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (dbformysql/server.d.ts); https://learn.microsoft.com/azure/mysql/flexible-server/";

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:dbformysql:Server",
    ...AZURE_DATA,
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    // `dataEncryption` (`DataEncryptionArgs`: type AzureKeyVault | SystemManaged, primaryKeyURI).
    // The geo-backup key (`geoBackupKeyURI`) lives in the paired region by design.
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["dataEncryption", "type"], "AzureKeyVault", ["dataEncryption", "primaryKeyURI"]),
    },
  },
];

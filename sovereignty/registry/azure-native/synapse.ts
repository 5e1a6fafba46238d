// azure-native:synapse:* — Synapse workspaces and dedicated SQL pools (@pulumi/azure-native 3.28,
// synapse/workspace.d.ts `WorkspaceArgs` {defaultDataLakeStorage, encryption, location, tags,
// workspaceName, ...}; synapse/sqlPool.d.ts `SqlPoolArgs` {storageAccountType, workspaceName,
// location, tags, ...}; types/input.d.ts synapse.EncryptionDetailsArgs.cmk.key {keyVaultUrl, name},
// synapse.DataLakeStorageAccountDetailsArgs {resourceId, accountUrl, filesystem}; enums
// synapse.StorageAccountType GRS | LRS).
import { Destinations, field } from "../../flows/read";
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import type { FlowFunction } from "../../flows/types";
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { azureData, flowAt } from "./shared";
import { keyOr } from "../../controls/encryptionRead";
import { readString } from "../../resource/properties";

const SOURCE =
  "@pulumi/azure-native 3.28 (synapse/*.d.ts); https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore#geo-backups-and-disaster-recovery";

/**
 * A dedicated SQL pool's geo-backup goes to the paired region; Microsoft's backup page (SOURCE)
 * says geo-backups are on by default — the wording could not be re-read in this change (cannot
 * verify), so absent is read the fail-closed way: `storageAccountType` absent or `GRS` → the pair;
 * `LRS` → none. (A `SqlPoolGeoBackupPolicy` that disables geo-backups is not joined.)
 */
const sqlPoolFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const type = enumValue(field(props, "storageAccountType"));
  if (type.state === "unknown") return (out.unknown("geo-redundancy", "storageAccountType"), out.list());
  if (type.state === "value" && type.value === "lrs") return out.list();
  geoPair(out, "geo-redundancy", "storageAccountType", "sql", azurePrimary(context));
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  azureData({
    token: "azure-native:synapse:Workspace",
    category: "database",
    source: SOURCE,
    identities: ["workspaceName", "name", "id"],
    // The workspace's primary data lake is a storage account of its own (ADLS Gen2), by resource id.
    flows: flowAt("transfer", "defaultDataLakeStorage.resourceId", reference("id")),
    // Always encrypted; `encryption.cmk.key.keyVaultUrl` (a key URL) is the workspace key when set.
    encryption: {
      kind: "reader",
      read: (p) =>
        keyOr(readString(p, ["encryption", "cmk", "key", "keyVaultUrl"]), {
          kind: "provider-default",
          property: "encryption.cmk",
        }),
    },
  }),
  azureData({
    token: "azure-native:synapse:SqlPool",
    category: "database",
    source: SOURCE,
    identities: ["sqlPoolName", "name", "id"],
    flows: sqlPoolFlows,
    encryption: {
      kind: "gap",
      reason:
        "a dedicated SQL pool is encrypted with its workspace's key (`azure-native:synapse:Workspace` `encryption.cmk`), and its TDE is a separate resource; the pool has no key input",
    },
  }),
];

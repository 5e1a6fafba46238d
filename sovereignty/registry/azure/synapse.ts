// azure:synapse/* — classic Synapse workspaces and dedicated SQL pools (@pulumi/azure 6.40,
// synapse/workspace.d.ts `WorkspaceArgs` {customerManagedKey, location,
// storageDataLakeGen2FilesystemId, tags, ...}; synapse/sqlPool.d.ts `SqlPoolArgs` {dataEncrypted,
// geoBackupPolicyEnabled ("Defaults to `true`"), skuName, storageAccountType ("`LRS` or `GRS`",
// required), synapseWorkspaceId, tags, ...}; types/input.d.ts synapse.WorkspaceCustomerManagedKey
// {keyVersionlessId, keyName, userAssignedIdentityId}). A classic pool has no `location`: it lives
// in the workspace `synapseWorkspaceId` names.
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import { Destinations, field, readBoolean } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { classicData, flowAt, keyIdOr, placedBy } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (synapse/workspace.d.ts, synapse/sqlPool.d.ts); https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore#geo-backups-and-disaster-recovery";
const WORKSPACE = "azure:synapse/workspace:Workspace";

/**
 * - `geoBackupPolicyEnabled` (default true): the daily geo-backup goes to the paired region, as a
 *   classic SQL database's DW geo-backup does (the "sql" pair rule).
 * - `storageAccountType` `GRS`: the pool's backup storage is geo-redundant storage, copied to the
 *   storage pair; `LRS` stays.
 * Each unknown at preview is an unknown destination on its own property.
 */
const sqlPoolFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const primary = azurePrimary(context);
  const geoBackup = readBoolean(field(props, "geoBackupPolicyEnabled"));
  if (geoBackup.state === "unknown") out.unknown("geo-redundancy", "geoBackupPolicyEnabled");
  if (geoBackup.state === "absent" || (geoBackup.state === "value" && geoBackup.value))
    geoPair(out, "geo-redundancy", "geoBackupPolicyEnabled", "sql", primary);
  const type = enumValue(field(props, "storageAccountType"));
  if (type.state === "unknown") out.unknown("geo-redundancy", "storageAccountType");
  if (type.state === "value" && type.value === "grs")
    geoPair(out, "geo-redundancy", "storageAccountType", "storage", primary);
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: WORKSPACE,
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    // The workspace's primary data lake is a Data Lake Gen2 file system (by id), in a storage
    // account of its own, as the azure-native twin's `defaultDataLakeStorage.resourceId`.
    flows: flowAt("transfer", "storageDataLakeGen2FilesystemId", reference("id")),
    // Always encrypted; `customerManagedKey.keyVersionlessId` is the workspace (double-encryption) key when set.
    encryption: { kind: "reader", read: keyIdOr(["customerManagedKey", "keyVersionlessId"]) },
  }),
  classicData({
    token: "azure:synapse/sqlPool:SqlPool",
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    location: placedBy("synapseWorkspaceId", WORKSPACE),
    flows: sqlPoolFlows,
    encryption: {
      kind: "gap",
      reason:
        "a dedicated SQL pool is encrypted with its workspace's key (`customerManagedKey` of the workspace `synapseWorkspaceId` names) once `dataEncrypted` (TDE) is on; the model does not join the two",
    },
  }),
];

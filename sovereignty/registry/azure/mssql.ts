// azure:mssql/* — classic Azure SQL servers, databases and failover groups (@pulumi/azure 6.40,
// mssql/server.d.ts `ServerArgs` {location, tags, transparentDataEncryptionKeyVaultKeyId, ...};
// mssql/database.d.ts `DatabaseArgs` {createMode, creationSourceDatabaseId, geoBackupEnabled,
// serverId, skuName, storageAccountType, tags, transparentDataEncryptionKeyVaultKeyId, ...};
// mssql/failoverGroup.d.ts `FailoverGroupArgs` {databases, partnerServers: [{id, location, role}],
// serverId, ...}; mssql/managedInstance.d.ts `ManagedInstanceArgs` {location, storageAccountType,
// tags, ...}; mssql/managedInstanceFailoverGroup.d.ts `ManagedInstanceFailoverGroupArgs`
// {location, managedInstanceId, partnerManagedInstanceId, ...}). A classic database has no
// `location`: it lives on the server `serverId` names.
import { keyOr } from "../../controls/encryptionRead";
import { azurePrimary, enumValue, geoPair, geoRedundantStorage } from "../../flows/azureGeo";
import { Destinations, field, readBoolean, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readString as readProperty } from "../../resource/properties";
import { sqlBackupFlows, sqlDatabaseOrigins } from "../azure-native/sql";
import { each, fieldOf, reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { classicConfigures, classicData, flowAt, keyIdOr, placedBy } from "./shared";

const SOURCE =
  "@pulumi/azure 6.40 (mssql/*.d.ts); https://learn.microsoft.com/azure/azure-sql/database/automated-backups-overview#backup-storage-redundancy";
const SERVER = "azure:mssql/server:Server";
const MANAGED_INSTANCE = "azure:mssql/managedInstance:ManagedInstance";
const MI_SOURCE =
  "@pulumi/azure 6.40 (mssql/managedInstance.d.ts, mssql/managedInstanceFailoverGroup.d.ts); https://learn.microsoft.com/azure/azure-sql/managed-instance/automated-backups-overview#backup-storage-redundancy; https://learn.microsoft.com/azure/azure-sql/managed-instance/failover-group-sql-mi";

/**
 * `storageAccountType` (`GRS`, `GZRS`, `LRS`, `ZRS`; "Defaults to `GRS`"): a managed instance's
 * backups are copied to the paired region unless they are set to stay in it (LRS / ZRS).
 */
const managedInstanceFlows = sqlBackupFlows("storageAccountType", (v) => !geoRedundantStorage(v));

/**
 * - `storageAccountType` `Geo` ("Defaults to `Geo`") or `GeoZone`: backups are copied to the
 *   paired region; `Local` / `Zone` keep them in the region.
 * - `geoBackupEnabled` ("Defaults to `true`", only for DataWarehouse `DW*` SKUs): a dedicated SQL
 *   pool's geo-backup goes to the paired region
 *   (https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore#geo-backups-and-disaster-recovery).
 *   A SKU unknown at preview may be a DW SKU: unknown, unless geo-backup is switched off.
 */
const databaseFlows: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const primary = azurePrimary(context);
  const redundancy = enumValue(field(props, "storageAccountType"));
  if (redundancy.state === "unknown") out.unknown("geo-redundancy", "storageAccountType");
  if (redundancy.state === "absent" || (redundancy.state === "value" && redundancy.value.startsWith("geo")))
    geoPair(out, "geo-redundancy", "storageAccountType", "sql", primary);
  const geoBackup = readBoolean(field(props, "geoBackupEnabled"));
  if (geoBackup.state === "value" && !geoBackup.value) return out.list();
  const sku = readString(field(props, "skuName"));
  const warehouse = sku.state === "value" && sku.value.toUpperCase().startsWith("DW");
  if (geoBackup.state === "unknown" && warehouse) out.unknown("geo-redundancy", "geoBackupEnabled");
  else if (sku.state === "unknown") out.unknown("geo-redundancy", "skuName");
  else if (warehouse) geoPair(out, "geo-redundancy", "geoBackupEnabled", "sql", primary);
  return out.list();
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  classicData({
    token: SERVER,
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    // TDE with a service-managed key is the default; `transparentDataEncryptionKeyVaultKeyId` is the CMK.
    encryption: { kind: "reader", read: keyIdOr(["transparentDataEncryptionKeyVaultKeyId"]) },
  }),
  classicData({
    token: "azure:mssql/database:Database",
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    location: placedBy("serverId", SERVER),
    flows: databaseFlows,
    origins: sqlDatabaseOrigins("creationSourceDatabaseId"),
    // A per-database CMK; without it the database uses its server's TDE protector.
    encryption: {
      kind: "reader",
      read: (p) => {
        const own = readProperty(p, ["transparentDataEncryptionKeyVaultKeyId"]);
        if (own.kind !== "absent") return keyOr(own, { kind: "provider-default", property: own.property });
        return { kind: "inherited", property: "serverId", from: [SERVER] };
      },
    },
  }),
  classicData({
    token: MANAGED_INSTANCE,
    category: "database",
    source: MI_SOURCE,
    identities: ["name", "id"],
    flows: managedInstanceFlows,
    // TDE is on with a service-managed key unless a separate
    // `azure:mssql/managedInstanceTransparentDataEncryption` sets `keyVaultKeyId`: not joined here.
    encryption: {
      kind: "gap",
      reason:
        "a classic SQL managed instance's customer-managed key is set on a separate managedInstanceTransparentDataEncryption resource (`keyVaultKeyId`), which the model does not join",
    },
  }),
  // The failover group replicates every database of `managedInstanceId` to the partner instance
  // (by ARM id, resolved in the stack). Its own `location` is the primary's region, not a destination.
  classicConfigures({
    token: "azure:mssql/managedInstanceFailoverGroup:ManagedInstanceFailoverGroup",
    source: MI_SOURCE,
    of: { property: "managedInstanceId", referenceKind: "id", token: MANAGED_INSTANCE },
    identities: ["name", "id"],
    flows: flowAt("replication", "partnerManagedInstanceId", reference("id")),
  }),
  // A failover group replicates its databases to each partner server (by ARM id, resolved in the
  // stack; https://learn.microsoft.com/azure/azure-sql/database/failover-group-sql-db).
  classicConfigures({
    token: "azure:mssql/failoverGroup:FailoverGroup",
    source: SOURCE,
    of: { property: "serverId", referenceKind: "id", token: SERVER },
    identities: ["name", "id"],
    flows: flowAt("replication", "partnerServers", each(fieldOf("id", reference("id")))),
  }),
];

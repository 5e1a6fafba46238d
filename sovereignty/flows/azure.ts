// Where data goes on Azure (`@pulumi/azure-native` 3.28). Property paths verified in the installed
// SDK: node_modules/@pulumi/azure-native/<module>/<resource>.d.ts (`...Args`) and
// node_modules/@pulumi/azure-native/types/input.d.ts (namespace <module>), enums in
// types/enums/<module>/index.d.ts.
//
// Geo-redundancy goes to the pair of the primary AS THAT SERVICE DEFINES IT (../azure-geo.ts,
// `azureGeoReplicaRegion`): a pair → a location target; "none" (the service keeps data in the
// region there, e.g. Key Vault in Brazil South) → no destination; "unavailable" (the primary has no
// pair and where the service copies is undocumented — RA-GRS there cannot even be deployed) → no
// invented region, but an unknown target on the geo property, so the flow is reported as
// unverifiable instead of passing. Primary unknown (no `context.primary`) → unknown target too.
import { azureGeoReplicaRegion, type AzureGeoService } from "../azure-geo";
import { defaultCatalog } from "../catalog/catalog";
import type { Location } from "../types";
import type { FlowContext, FlowFunction, FlowKind } from "./types";
import type { FlowOrigin, OriginFunction } from "./origin";
import { referenceOrigin } from "./origin";
import { Destinations, field, forEachItem, path, readNumber, readObject, readString } from "./read";

function azurePrimary(context: FlowContext): Location | undefined {
  const primary = context?.primary;
  return primary && typeof primary === "object" && primary.cloud === "azure" && primary.service === "regions"
    ? primary
    : undefined;
}

/** The geo-redundant copy of `service` when the primary is `primary` (see the header). */
function geoPair(
  out: Destinations,
  kind: FlowKind,
  property: string,
  service: AzureGeoService,
  primary: Location | undefined,
): void {
  if (primary === undefined) return out.unknown(kind, property);
  const replica = azureGeoReplicaRegion(service, primary);
  if (replica.kind === "pair") return out.location(kind, property, "regions", replica.location.name);
  if (replica.kind === "unavailable") out.unknown(kind, property);
}

/** A string property compared case-insensitively; `state` "unknown" / "absent" passed through. */
function enumValue(
  raw: unknown,
): { state: "unknown" } | { state: "absent" } | { state: "value"; value: string } {
  const read = readString(raw);
  return read.state === "value" ? { state: "value", value: read.value.toLowerCase() } : read;
}

/**
 * `azure-native:storage:StorageAccount` sku.name (storage/storageAccount.d.ts; types/input.d.ts
 * storage.SkuArgs; enums storage.SkuName): Standard_GRS, Standard_RAGRS, Standard_GZRS,
 * Standard_RAGZRS, StandardV2_GRS, StandardV2_GZRS copy to the secondary region; *_LRS / *_ZRS stay.
 */
export const storageAccount: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const sku = readObject(field(props, "sku"));
  if (sku.state === "unknown") return (out.unknown("geo-redundancy", "sku"), out.list());
  if (sku.state === "absent") return out.list();
  const name = enumValue(field(sku.value, "name"));
  if (name.state === "unknown") out.unknown("geo-redundancy", "sku.name");
  if (name.state === "value" && /(^|_)(ra)?g(z)?rs$/.test(name.value))
    geoPair(out, "geo-redundancy", "sku.name", "storage", azurePrimary(context));
  return out.list();
};

/**
 * `azure-native:storage:ObjectReplicationPolicy` destinationAccount: an account name, or its full
 * resource id when cross-tenant replication is off (storage/objectReplicationPolicy.d.ts). The same
 * policy is created on the destination and the source account; both name the same flow.
 */
export const storageObjectReplicationPolicy: FlowFunction = (props) => {
  const out = new Destinations("azure");
  const destination = readString(field(props, "destinationAccount"));
  if (destination.state === "unknown") out.unknown("replication", "destinationAccount");
  if (destination.state === "value")
    out.resource(
      "replication",
      "destinationAccount",
      destination.value,
      destination.value.startsWith("/") ? "id" : "name",
    );
  return out.list();
};

/**
 * `azure-native:recoveryservices:Vault` properties.redundancySettings.standardTierStorageRedundancy
 * (recoveryservices/vault.d.ts; types/input.d.ts recoveryservices.VaultPropertiesArgs,
 * VaultPropertiesRedundancySettingsArgs; enums StandardTierStorageRedundancy, CrossRegionRestore).
 * A new vault is geo-redundant unless told otherwise ("By default, the vault has geo-redundant
 * storage", https://learn.microsoft.com/azure/backup/backup-create-recovery-services-vault#set-storage-redundancy):
 * absent → the implicit pair. Only LocallyRedundant / ZoneRedundant keep backups in the region.
 * crossRegionRestore needs GeoRedundant and adds no other destination.
 */
export const recoveryServicesVault: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const at = "properties.redundancySettings.standardTierStorageRedundancy";
  const properties = readObject(field(props, "properties"));
  if (properties.state === "unknown") return (out.unknown("geo-redundancy", "properties"), out.list());
  const settings = readObject(
    field(properties.state === "value" ? properties.value : undefined, "redundancySettings"),
  );
  if (settings.state === "unknown")
    return (out.unknown("geo-redundancy", "properties.redundancySettings"), out.list());
  const redundancy = enumValue(
    field(settings.state === "value" ? settings.value : undefined, "standardTierStorageRedundancy"),
  );
  if (redundancy.state === "unknown") return (out.unknown("geo-redundancy", at), out.list());
  if (
    redundancy.state === "value" &&
    (redundancy.value === "locallyredundant" || redundancy.value === "zoneredundant")
  )
    return out.list();
  geoPair(out, "geo-redundancy", at, "recovery-services", azurePrimary(context));
  return out.list();
};

/**
 * `azure-native:dataprotection:BackupVault` properties.storageSettings[].type GeoRedundant → pair;
 * properties.replicatedRegions[] → each named region (dataprotection/backupVault.d.ts;
 * types/input.d.ts dataprotection.BackupVaultArgs, StorageSettingArgs; enums StorageSettingTypes).
 */
export const dataProtectionBackupVault: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const properties = readObject(field(props, "properties"));
  if (properties.state === "unknown") return (out.unknown("geo-redundancy", "properties"), out.list());
  if (properties.state === "absent") return out.list();
  forEachItem(
    out,
    "geo-redundancy",
    field(properties.value, "storageSettings"),
    "properties.storageSettings",
    (s, at) => {
      const type = enumValue(field(s, "type"));
      if (type.state === "unknown") out.unknown("geo-redundancy", path(at, "type"));
      if (type.state === "value" && type.value === "georedundant")
        geoPair(out, "geo-redundancy", path(at, "type"), "backup-vault", azurePrimary(context));
    },
  );
  forEachItem(
    out,
    "replication",
    field(properties.value, "replicatedRegions"),
    "properties.replicatedRegions",
    (r, at) => {
      const region = readString(r);
      if (region.state === "unknown") out.unknown("replication", at);
      if (region.state === "value") out.location("replication", at, "regions", region.value);
    },
  );
  return out.list();
};

/**
 * `azure-native:cosmosdb:DatabaseAccount` (cosmosdb/databaseAccount.d.ts; types/input.d.ts
 * cosmosdb.LocationArgs, PeriodicModeBackupPolicyArgs, PeriodicModePropertiesArgs,
 * ContinuousModeBackupPolicyArgs; enums BackupStorageRedundancy):
 * - locations[].locationName: every region holding the data, as written (display names such as
 *   "West Europe" included: the catalog reads every spelling);
 * - backups: periodic mode is the default and its backup storage is geo-redundant by default
 *   (https://learn.microsoft.com/azure/cosmos-db/periodic-backup-storage-redundancy), so an absent
 *   backupPolicy or an absent backupStorageRedundancy is the implicit pair of the write region
 *   (backups are taken in the write region: failoverPriority 0, else the first location, else the
 *   account's own location). Continuous mode keeps backups in each account region: nothing more.
 */
export const cosmosDbDatabaseAccount: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  let writeRegion: { state: "unknown" } | { state: "value"; value: string } | undefined;
  let writePriority = Number.POSITIVE_INFINITY;
  forEachItem(out, "multi-location", field(props, "locations"), "locations", (loc, at) => {
    const name = readString(field(loc, "locationName"));
    if (name.state === "unknown") out.unknown("multi-location", path(at, "locationName"));
    if (name.state === "value")
      out.location("multi-location", path(at, "locationName"), "regions", name.value);
    if (name.state === "absent") return;
    const priority = readNumber(field(loc, "failoverPriority"));
    const p = priority.state === "value" ? priority.value : Number.MAX_SAFE_INTEGER;
    if (writeRegion === undefined || p < writePriority) {
      writeRegion = name.state === "value" ? { state: "value", value: name.value } : { state: "unknown" };
      writePriority = p;
    }
  });

  const policy = readObject(field(props, "backupPolicy"));
  let at = "backupPolicy";
  if (policy.state === "unknown") return (out.unknown("geo-redundancy", at), out.list());
  if (policy.state === "value") {
    const type = enumValue(field(policy.value, "type"));
    if (type.state === "unknown") return (out.unknown("geo-redundancy", "backupPolicy.type"), out.list());
    if (type.state === "value" && type.value === "continuous") return out.list();
    const periodic = readObject(field(policy.value, "periodicModeProperties"));
    at = "backupPolicy.periodicModeProperties";
    if (periodic.state === "unknown") return (out.unknown("geo-redundancy", at), out.list());
    at = "backupPolicy.periodicModeProperties.backupStorageRedundancy";
    const redundancy = enumValue(
      field(periodic.state === "value" ? periodic.value : undefined, "backupStorageRedundancy"),
    );
    if (redundancy.state === "unknown") return (out.unknown("geo-redundancy", at), out.list());
    if (redundancy.state === "value" && redundancy.value !== "geo") return out.list();
  }
  const write: { state: "unknown" } | { state: "value"; value: string } | undefined = writeRegion;
  if (write?.state === "unknown") return (out.unknown("geo-redundancy", at), out.list());
  const primary =
    write === undefined
      ? azurePrimary(context)
      : (defaultCatalog.lookup("azure", "regions", write.value) ?? undefined);
  geoPair(out, "geo-redundancy", at, "cosmosdb-backup", primary);
  return out.list();
};

/**
 * `azure-native:dbforpostgresql:Server` (flexible server) backup.geoRedundantBackup "Enabled" →
 * pair; default Disabled (dbforpostgresql/server.d.ts; types/input.d.ts dbforpostgresql.BackupArgs).
 */
export const postgresFlexibleServer: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const backup = readObject(field(props, "backup"));
  if (backup.state === "unknown") return (out.unknown("geo-redundancy", "backup"), out.list());
  if (backup.state === "absent") return out.list();
  const geo = enumValue(field(backup.value, "geoRedundantBackup"));
  if (geo.state === "unknown") out.unknown("geo-redundancy", "backup.geoRedundantBackup");
  if (geo.state === "value" && geo.value === "enabled")
    geoPair(out, "geo-redundancy", "backup.geoRedundantBackup", "postgresql-flexible", azurePrimary(context));
  return out.list();
};

/**
 * `azure-native:sql:Database` requestedBackupStorageRedundancy (sql/database.d.ts; enums
 * sql.BackupStorageRedundancy: Geo, Local, Zone, GeoZone). Geo is the default ("By default, ...
 * backups are geo-replicated to the paired region", https://learn.microsoft.com/azure/azure-sql/database/automated-backups-overview#backup-storage-redundancy):
 * absent → the implicit pair; Geo / GeoZone → pair; Local / Zone → none.
 */
export const sqlDatabase: FlowFunction = (props, context) => {
  const out = new Destinations("azure");
  const at = "requestedBackupStorageRedundancy";
  const redundancy = enumValue(field(props, at));
  if (redundancy.state === "unknown") return (out.unknown("geo-redundancy", at), out.list());
  if (redundancy.state === "value" && (redundancy.value === "local" || redundancy.value === "zone"))
    return out.list();
  geoPair(out, "geo-redundancy", at, "sql", azurePrimary(context));
  return out.list();
};

export const AZURE_FLOWS: Readonly<Record<string, FlowFunction>> = {
  "azure-native:storage:StorageAccount": storageAccount,
  "azure-native:storage:ObjectReplicationPolicy": storageObjectReplicationPolicy,
  "azure-native:recoveryservices:Vault": recoveryServicesVault,
  "azure-native:dataprotection:BackupVault": dataProtectionBackupVault,
  "azure-native:cosmosdb:DatabaseAccount": cosmosDbDatabaseAccount,
  "azure-native:dbforpostgresql:Server": postgresFlexibleServer,
  "azure-native:sql:Database": sqlDatabase,
};

// ---- origins ----

/**
 * Postgres flexible server created from another: createMode Replica (a read replica) or a restore
 * (PointInTimeRestore, GeoRestore, ReviveDropped) of sourceServerResourceId (dbforpostgresql/server.d.ts;
 * enums dbforpostgresql.CreateMode).
 */
const postgresOrigins: OriginFunction = (props) => {
  const mode = enumValue(field(props, "createMode"));
  const kind: FlowKind = mode.state === "value" && mode.value === "replica" ? "read-replica" : "backup-copy";
  return referenceOrigin(
    "azure",
    kind,
    "sourceServerResourceId",
    field(props, "sourceServerResourceId"),
    "id",
  );
};

/**
 * SQL database created from another: createMode Secondary / OnlineSecondary (a geo-replica) or a
 * copy / restore, from sourceDatabaseId (sql/database.d.ts; enums sql.CreateMode).
 */
const sqlDatabaseOrigins: OriginFunction = (props) => {
  const mode = enumValue(field(props, "createMode"));
  const replica = mode.state === "value" && (mode.value === "secondary" || mode.value === "onlinesecondary");
  return referenceOrigin(
    "azure",
    replica ? "read-replica" : "backup-copy",
    "sourceDatabaseId",
    field(props, "sourceDatabaseId"),
    "id",
  );
};

/** Cosmos DB account restored from restoreParameters.restoreSource (types/input.d.ts cosmosdb.RestoreParametersArgs). */
const cosmosOrigins: OriginFunction = (props): FlowOrigin[] => {
  const restore = readObject(field(props, "restoreParameters"));
  if (restore.state === "unknown")
    return [
      { kind: "backup-copy", cloud: "azure", property: "restoreParameters", source: { kind: "unknown" } },
    ];
  if (restore.state === "absent") return [];
  return referenceOrigin(
    "azure",
    "backup-copy",
    "restoreParameters.restoreSource",
    field(restore.value, "restoreSource"),
    "id",
  );
};

export const AZURE_ORIGINS: Readonly<Record<string, OriginFunction>> = {
  "azure-native:dbforpostgresql:Server": postgresOrigins,
  "azure-native:sql:Database": sqlDatabaseOrigins,
  "azure-native:cosmosdb:DatabaseAccount": cosmosOrigins,
};

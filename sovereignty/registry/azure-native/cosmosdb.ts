// azure-native:cosmosdb:* — Cosmos DB accounts (@pulumi/azure-native 3.28,
// cosmosdb/databaseAccount.d.ts; input types cosmosdb.LocationArgs, PeriodicModeBackupPolicyArgs,
// PeriodicModePropertiesArgs, ContinuousModeBackupPolicyArgs, RestoreParametersArgs; enums
// BackupStorageRedundancy). azure-native v2 spelled the module `documentdb`: an alias.
import { always } from "../../controls/encryptionRead";
import { defaultCatalog } from "../../catalog/catalog";
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import { referenceOrigin, type FlowOrigin, type OriginFunction } from "../../flows/origin";
import {
  Destinations,
  field,
  forEachItem,
  path,
  readNumber,
  readObject,
  readString,
  regionName,
} from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readPath } from "../../resource/properties";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";
import { azureData, flowAt, keyUriOr } from "./shared";

const CASSANDRA = "azure-native:cosmosdb:CassandraCluster";
const CASSANDRA_SOURCE =
  "@pulumi/azure-native 3.28 (cosmosdb/cassandraCluster.d.ts, cosmosdb/cassandraDataCenter.d.ts); https://learn.microsoft.com/azure/managed-instance-apache-cassandra/introduction";

const SOURCE =
  "@pulumi/azure-native 3.28 (cosmosdb/databaseAccount.d.ts); https://learn.microsoft.com/azure/cosmos-db/periodic-backup-storage-redundancy";

/**
 * Where a Cosmos DB account's properties name its regions and its backup settings: azure-native
 * (`locations[].locationName`, `backupPolicy.periodicModeProperties.backupStorageRedundancy`) and
 * the classic provider (`geoLocations[].location`, `backup.storageRedundancy`) say the same
 * thing in different places.
 */
export interface CosmosAccountShape {
  /** The list of regions and, in each item, the region's name. */
  readonly locations: string;
  readonly locationName: string;
  /** The backup policy object, and in it the path of the periodic-mode storage redundancy. */
  readonly backup: string;
  readonly redundancy: readonly string[];
}

/**
 * - every item of `locations`: a region holding the data, as written (display names such as
 *   "West Europe" included: the catalog reads every spelling);
 * - backups: periodic mode is the default and its backup storage is geo-redundant by default, so
 *   an absent backup policy or an absent redundancy is the implicit pair of the write region
 *   (backups are taken in the write region: failoverPriority 0, else the first location, else
 *   the account's own location). Continuous mode keeps backups in each account region.
 */
export function cosmosAccountFlows(shape: CosmosAccountShape): FlowFunction {
  return (props, context) => {
    const out = new Destinations("azure");
    let writeRegion: { state: "unknown" } | { state: "value"; value: string } | undefined;
    let writePriority = Number.POSITIVE_INFINITY;
    forEachItem(out, "multi-location", field(props, shape.locations), shape.locations, (loc, at) => {
      const name = readString(field(loc, shape.locationName));
      if (name.state === "unknown") out.unknown("multi-location", path(at, shape.locationName));
      if (name.state === "value")
        out.location("multi-location", path(at, shape.locationName), "regions", name.value);
      if (name.state === "absent") return;
      const priority = readNumber(field(loc, "failoverPriority"));
      const p = priority.state === "value" ? priority.value : Number.MAX_SAFE_INTEGER;
      if (writeRegion === undefined || p < writePriority) {
        writeRegion = name.state === "value" ? { state: "value", value: name.value } : { state: "unknown" };
        writePriority = p;
      }
    });

    const policy = readObject(field(props, shape.backup));
    let at = shape.backup;
    if (policy.state === "unknown") return (out.unknown("geo-redundancy", at), out.list());
    if (policy.state === "value") {
      const type = enumValue(field(policy.value, "type"));
      if (type.state === "unknown") return (out.unknown("geo-redundancy", `${at}.type`), out.list());
      if (type.state === "value" && type.value === "continuous") return out.list();
      const redundancy = readPath(policy.value, shape.redundancy);
      at = `${shape.backup}.${shape.redundancy.join(".")}`;
      if (redundancy.kind === "unknown")
        return (out.unknown("geo-redundancy", `${shape.backup}.${redundancy.property}`), out.list());
      const value = enumValue(redundancy.kind === "value" ? redundancy.value : undefined);
      if (value.state === "value" && value.value !== "geo") return out.list();
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
}

const accountFlows = cosmosAccountFlows({
  locations: "locations",
  locationName: "locationName",
  backup: "backupPolicy",
  redundancy: ["periodicModeProperties", "backupStorageRedundancy"],
});

/**
 * An account restored from the account id at `object.source` (azure-native
 * `restoreParameters.restoreSource`, the classic provider's `restore.sourceCosmosdbAccountId`).
 */
export function cosmosRestoreOrigins(object: string, source: string): OriginFunction {
  return (props): FlowOrigin[] => {
    const restore = readObject(field(props, object));
    if (restore.state === "unknown")
      return [{ kind: "backup-copy", cloud: "azure", property: object, source: { kind: "unknown" } }];
    if (restore.state === "absent") return [];
    return referenceOrigin("azure", "backup-copy", `${object}.${source}`, field(restore.value, source), "id");
  };
}

const accountOrigins = cosmosRestoreOrigins("restoreParameters", "restoreSource");

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:cosmosdb:DatabaseAccount",
    aliases: ["azure-native:documentdb:DatabaseAccount"],
    ...AZURE_DATA,
    category: "database",
    source: SOURCE,
    identities: ["name", "id", "accountName"],
    flows: accountFlows,
    origins: accountOrigins,
    encryption: { kind: "reader", read: (p) => always(p, ["keyVaultKeyUri"]) },
  },
  // Added for issue 12: Azure Managed Instance for Apache Cassandra — a cluster and its data
  // centers (`CassandraClusterArgs` {clusterName, location, properties, tags}; `CassandraDataCenterArgs`
  // {clusterName, dataCenterName, properties: {dataCenterLocation, managedDiskCustomerKeyUri,
  // backupStorageCustomerKeyUri, ...}}). Every data center holds a replica of the keyspaces
  // replicated to it: its `dataCenterLocation` is a flow.
  azureData({
    token: CASSANDRA,
    category: "database",
    source: CASSANDRA_SOURCE,
    identities: ["clusterName", "name", "id"],
    encryption: {
      kind: "gap",
      reason:
        "Managed Cassandra keys are set per data center (`azure-native:cosmosdb:CassandraDataCenter` `properties.managedDiskCustomerKeyUri`), not on the cluster",
    },
  }),
  {
    token: "azure-native:cosmosdb:CassandraDataCenter",
    cloud: "azure",
    class: "configures",
    source: CASSANDRA_SOURCE,
    configures: { property: "clusterName", referenceKind: "name", targets: [CASSANDRA] },
    identities: ["dataCenterName", "name", "id"],
    flows: flowAt("multi-location", "properties.dataCenterLocation", regionName),
    // The data center's disks: `properties.managedDiskCustomerKeyUri`, else Microsoft-managed keys.
    encryption: keyUriOr(["properties", "managedDiskCustomerKeyUri"]),
  },
];

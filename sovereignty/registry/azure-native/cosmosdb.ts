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
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";
import { azureData, flowAt, keyUriOr } from "./shared";

const CASSANDRA = "azure-native:cosmosdb:CassandraCluster";
const CASSANDRA_SOURCE =
  "@pulumi/azure-native 3.28 (cosmosdb/cassandraCluster.d.ts, cosmosdb/cassandraDataCenter.d.ts); https://learn.microsoft.com/azure/managed-instance-apache-cassandra/introduction";

const SOURCE =
  "@pulumi/azure-native 3.28 (cosmosdb/databaseAccount.d.ts); https://learn.microsoft.com/azure/cosmos-db/periodic-backup-storage-redundancy";

/**
 * - locations[].locationName: every region holding the data, as written (display names such as
 *   "West Europe" included: the catalog reads every spelling);
 * - backups: periodic mode is the default and its backup storage is geo-redundant by default, so
 *   an absent backupPolicy or an absent backupStorageRedundancy is the implicit pair of the write
 *   region (backups are taken in the write region: failoverPriority 0, else the first location,
 *   else the account's own location). Continuous mode keeps backups in each account region.
 */
const accountFlows: FlowFunction = (props, context) => {
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

/** An account restored from restoreParameters.restoreSource. */
const accountOrigins: OriginFunction = (props): FlowOrigin[] => {
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

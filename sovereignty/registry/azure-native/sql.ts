// azure-native:sql:* — Azure SQL servers, databases and managed instances (@pulumi/azure-native
// 3.28, sql/*.d.ts; enums sql.BackupStorageRedundancy, sql.CreateMode).
import { always, keyOr } from "../../controls/encryptionRead";
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import { referenceOrigin, type OriginFunction } from "../../flows/origin";
import { Destinations, field } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { readString } from "../../resource/properties";
import { AZURE_DATA } from "../common";
import { regionName } from "../../flows/read";
import { allFlows, each, fieldOf, reference } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const FAILOVER_SOURCE =
  "@pulumi/azure-native 3.28 (sql/failoverGroup.d.ts, sql/instanceFailoverGroup.d.ts); https://learn.microsoft.com/azure/azure-sql/database/failover-group-sql-db";

const SOURCE =
  "@pulumi/azure-native 3.28 (sql/*.d.ts); https://learn.microsoft.com/azure/azure-sql/database/automated-backups-overview#backup-storage-redundancy";

const MI_SOURCE =
  "@pulumi/azure-native 3.28 (sql/managedInstance.d.ts `ManagedInstanceArgs` {keyId, location, requestedBackupStorageRedundancy, tags, ...}); https://learn.microsoft.com/azure/azure-sql/managed-instance/automated-backups-overview#backup-storage-redundancy";

/**
 * The SQL backup storage redundancy at `property`: geo-redundant (the default: "By default, ...
 * backups are geo-replicated to the paired region") → the pair; a value `staysInRegion` accepts
 * → none; unknown → unknown. azure-native databases and managed instances read
 * `requestedBackupStorageRedundancy` (Geo, Local, Zone, GeoZone); the classic provider's
 * databases and managed instances read `storageAccountType`.
 */
export function sqlBackupFlows(property: string, staysInRegion: (value: string) => boolean): FlowFunction {
  return (props, context) => {
    const out = new Destinations("azure");
    const redundancy = enumValue(field(props, property));
    if (redundancy.state === "unknown") return (out.unknown("geo-redundancy", property), out.list());
    if (redundancy.state === "value" && staysInRegion(redundancy.value)) return out.list();
    geoPair(out, "geo-redundancy", property, "sql", azurePrimary(context));
    return out.list();
  };
}

/** Local / Zone keep backups in the region; Geo / GeoZone and absent copy them to the pair. */
const databaseFlows = sqlBackupFlows(
  "requestedBackupStorageRedundancy",
  (v) => v === "local" || v === "zone",
);

/**
 * createMode Secondary / OnlineSecondary (a geo-replica) or a copy / restore, from the database id
 * at `property` (azure-native `sourceDatabaseId`, the classic provider's `creationSourceDatabaseId`).
 */
export function sqlDatabaseOrigins(property: string): OriginFunction {
  return (props) => {
    const mode = enumValue(field(props, "createMode"));
    const replica =
      mode.state === "value" && (mode.value === "secondary" || mode.value === "onlinesecondary");
    return referenceOrigin(
      "azure",
      replica ? "read-replica" : "backup-copy",
      property,
      field(props, property),
      "id",
    );
  };
}

const databaseOrigins = sqlDatabaseOrigins("sourceDatabaseId");

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:sql:Server",
    ...AZURE_DATA,
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    // `keyId`: "A CMK URI of the key to use for encryption." TDE with a service-managed key is the default.
    encryption: { kind: "reader", read: (p) => always(p, ["keyId"]) },
  },
  {
    token: "azure-native:sql:Database",
    ...AZURE_DATA,
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    flows: databaseFlows,
    origins: databaseOrigins,
    // `encryptionProtector`: a per-database CMK; without it the database uses its server's TDE protector.
    encryption: {
      kind: "reader",
      read: (p) => {
        const own = readString(p, ["encryptionProtector"]);
        if (own.kind !== "absent") return keyOr(own, { kind: "provider-default", property: own.property });
        return { kind: "inherited", property: "serverName", from: ["azure-native:sql:Server"] };
      },
    },
  },
  {
    token: "azure-native:sql:ManagedInstance",
    ...AZURE_DATA,
    category: "database",
    source: MI_SOURCE,
    identities: ["name", "id"],
    // Same property, values and default as a database's: "By default, Azure SQL Managed Instance
    // stores backups in geo-redundant storage blobs that are replicated to a paired region".
    flows: databaseFlows,
    encryption: { kind: "reader", read: (p) => always(p, ["keyId"]) },
  },
  // Added for issue 12: failover groups replicate their databases to the partner servers /
  // managed instances (`FailoverGroupArgs` {serverName, partnerServers: [{id}], databases, ...};
  // `InstanceFailoverGroupArgs` {locationName, managedInstancePairs: [{primaryManagedInstanceId,
  // partnerManagedInstanceId}], partnerRegions: [{location}], ...}).
  {
    token: "azure-native:sql:FailoverGroup",
    cloud: "azure",
    class: "configures",
    source: FAILOVER_SOURCE,
    configures: { property: "serverName", referenceKind: "name", targets: ["azure-native:sql:Server"] },
    identities: ["failoverGroupName", "name", "id"],
    flows: flowAt("replication", "partnerServers", each(fieldOf("id", reference("id")))),
  },
  {
    token: "azure-native:sql:InstanceFailoverGroup",
    cloud: "azure",
    class: "configures",
    source: FAILOVER_SOURCE,
    configures: {
      property: "managedInstancePairs[0].primaryManagedInstanceId",
      referenceKind: "id",
      targets: ["azure-native:sql:ManagedInstance"],
    },
    identities: ["failoverGroupName", "name", "id"],
    flows: allFlows(
      flowAt("replication", "partnerRegions", each(fieldOf("location", regionName))),
      flowAt(
        "replication",
        "managedInstancePairs",
        each(fieldOf("partnerManagedInstanceId", reference("id"))),
      ),
    ),
  },
];

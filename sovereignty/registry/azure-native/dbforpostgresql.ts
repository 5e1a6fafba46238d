// azure-native:dbforpostgresql:* — PostgreSQL flexible servers (@pulumi/azure-native 3.28,
// dbforpostgresql/server.d.ts; input types dbforpostgresql.BackupArgs, DataEncryptionArgs; enums CreateMode).
import { keySourceSwitch } from "../../controls/encryptionRead";
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import { referenceOrigin, type OriginFunction } from "../../flows/origin";
import { Destinations, field, readObject } from "../../flows/read";
import type { FlowFunction, FlowKind } from "../../flows/types";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (dbforpostgresql/server.d.ts); https://learn.microsoft.com/azure/postgresql/flexible-server/";

/** backup.geoRedundantBackup "Enabled" → pair; default Disabled. */
const serverFlows: FlowFunction = (props, context) => {
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
 * A server created from another: createMode Replica (a read replica) or a restore
 * (PointInTimeRestore, GeoRestore, ReviveDropped) of sourceServerResourceId.
 */
const serverOrigins: OriginFunction = (props) => {
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

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:dbforpostgresql:Server",
    ...AZURE_DATA,
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    flows: serverFlows,
    origins: serverOrigins,
    // Always encrypted at rest (service-managed key unless `AzureKeyVault`).
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["dataEncryption", "type"], "AzureKeyVault", ["dataEncryption", "primaryKeyURI"]),
    },
  },
];

// azure-native:dbforpostgresql:* — PostgreSQL flexible servers (@pulumi/azure-native 3.28,
// dbforpostgresql/server.d.ts; input types dbforpostgresql.BackupArgs, DataEncryptionArgs; enums CreateMode).
//
// The flexible-server readers below are shared by the four flexible-server declarations (both
// engines, both Azure packages): a geo-redundant backup setting and a creation source are one fact
// each, whatever the SDK calls them.
import { keySourceSwitch } from "../../controls/encryptionRead";
import type { AzureGeoService } from "../../azure-geo";
import { azurePrimary, enumValue, geoPair } from "../../flows/azureGeo";
import { referenceOrigin, type OriginFunction } from "../../flows/origin";
import { Destinations, field } from "../../flows/read";
import type { FlowFunction, FlowKind } from "../../flows/types";
import { readPath } from "../../resource/properties";
import { AZURE_DATA } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/azure-native 3.28 (dbforpostgresql/server.d.ts); https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore#geo-redundant-backup-and-restore";

/**
 * Geo-redundant backups of a flexible server go to the region pair `service` defines. `path` is
 * the switch: a boolean (classic `geoRedundantBackupEnabled`, "Defaults to `false`") or an
 * `Enabled` / `Disabled` enum (azure-native `backup.geoRedundantBackup`, defaulted to `Disabled`
 * by the SDK's `backupArgsProvideDefaults`). Absent: no geo copy. Unknown anywhere along the path:
 * an unknown destination naming the unknown part.
 */
export function flexibleServerGeoBackup(path: readonly string[], service: AzureGeoService): FlowFunction {
  const property = path.join(".");
  return (props, context) => {
    const out = new Destinations("azure");
    const read = readPath(props, path);
    if (read.kind === "unknown") return (out.unknown("geo-redundancy", read.property), out.list());
    if (read.kind === "absent") return out.list();
    const value = read.value;
    if (value === true || (typeof value === "string" && value.toLowerCase() === "enabled"))
      geoPair(out, "geo-redundancy", property, service, azurePrimary(context));
    return out.list();
  };
}

/**
 * A server created from another names it in `source` (an ARM id): `createMode` Replica makes a
 * read replica; PointInTimeRestore, GeoRestore (possibly in another region) and ReviveDropped
 * make a restored copy. Either way this server holds the source's data.
 */
export function flexibleServerOrigins(source: string): OriginFunction {
  return (props) => {
    const mode = enumValue(field(props, "createMode"));
    const kind: FlowKind =
      mode.state === "value" && mode.value === "replica" ? "read-replica" : "backup-copy";
    return referenceOrigin("azure", kind, source, field(props, source), "id");
  };
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "azure-native:dbforpostgresql:Server",
    ...AZURE_DATA,
    category: "database",
    source: SOURCE,
    identities: ["name", "id"],
    flows: flexibleServerGeoBackup(["backup", "geoRedundantBackup"], "postgresql-flexible"),
    origins: flexibleServerOrigins("sourceServerResourceId"),
    // Always encrypted at rest (service-managed key unless `AzureKeyVault`). `geoBackupKeyURI` is
    // not the server's key: Azure requires it in the geo-backup (paired) region, which the
    // geo-redundancy flow already places.
    encryption: {
      kind: "reader",
      read: (p) =>
        keySourceSwitch(p, ["dataEncryption", "type"], "AzureKeyVault", ["dataEncryption", "primaryKeyURI"]),
    },
  },
];

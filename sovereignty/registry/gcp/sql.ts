// gcp:sql/* — Cloud SQL instances (@pulumi/gcp 9.37, sql/databaseInstance.d.ts; input types
// sql.DatabaseInstanceSettings, DatabaseInstanceSettingsBackupConfiguration,
// DatabaseInstanceReplicationCluster, DatabaseInstanceClone).
import { always } from "../../controls/encryptionRead";
import type { PublicAccessReading } from "../../controls/types";
import { isGcpRegion } from "../../flows/gcpLocation";
import { referenceOrigin, type FlowOrigin, type OriginFunction } from "../../flows/origin";
import { Destinations, field, forEachItem, readBoolean, readObject, readString } from "../../flows/read";
import type { FlowContext, FlowFunction, FlowKind } from "../../flows/types";
import {
  readArray as readPropertyArray,
  readString as readProperty,
  type PropertyBag,
} from "../../resource/properties";
import type { Location } from "../../types";
import { GCP_REGION } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE =
  "@pulumi/gcp 9.37 (sql/databaseInstance.d.ts); https://cloud.google.com/sql/docs/postgres/locations";

/** Cloud SQL's backup multi-regions (asia, eu, us). */
const SQL_BACKUP_MULTI_REGIONS: ReadonlySet<string> = new Set(["asia", "eu", "us"]);

/**
 * The multi-region Cloud SQL picks when `backupConfiguration.location` is absent: "Backups are
 * stored in the closest multi-region location to you by default"
 * (https://cloud.google.com/sdk/gcloud/reference/sql/backups/create). Read as the multi-region of
 * the instance's continent, looked up as GCS multi-regions (EU excludes London and Zürich, so a UK
 * or Swiss instance fails its own zone). For continents without an obvious nearest multi-region
 * (South America, Middle East, Africa) the answer is a name no catalog holds, so the check fails
 * closed and the message names it; a policy config may declare it as a location if Google confirms.
 */
function nearestSqlBackupMultiRegion(region: string): string {
  const r = region.toLowerCase();
  if (r.startsWith("europe-")) return "EU";
  if (r.startsWith("us-") || r.startsWith("northamerica-")) return "US";
  if (r.startsWith("asia-") || r.startsWith("australia-")) return "ASIA";
  return `nearest-multi-region-to-${r}`;
}

function gcpPrimary(context: FlowContext): string | undefined {
  const primary: Location | undefined = context?.primary;
  if (!primary || typeof primary !== "object" || primary.cloud !== "gcp") return undefined;
  const name = readString(primary.name);
  return name.state === "value" && isGcpRegion(name.value) ? name.value : undefined;
}

/** Backups run when `enabled` is true, or unknown at preview (fail closed); absent means false. */
function backupsOn(raw: unknown): boolean {
  const read = readBoolean(raw);
  return read.state === "unknown" || (read.state === "value" && read.value);
}

function nameTarget(out: Destinations, kind: FlowKind, property: string, raw: unknown): void {
  const read = readString(raw);
  if (read.state === "unknown") out.unknown(kind, property);
  if (read.state === "value") out.resource(kind, property, read.value, "name");
}

/**
 * - settings.backupConfiguration.location when backups are enabled (enabled unknown counts as on);
 *   absent → the implicit nearest multi-region of the instance's region (`region`, else
 *   `context.primary`), unknown target when neither is known;
 * - replicaNames[] and replicationCluster.failoverDrReplicaName: replicas this primary feeds
 *   (resource names). masterInstanceName / clone make this instance a copy: see origins.
 */
const instanceFlows: FlowFunction = (props, context) => {
  const out = new Destinations("gcp");
  const settings = readObject(field(props, "settings"));
  const backup = readObject(
    settings.state === "value" ? field(settings.value, "backupConfiguration") : undefined,
  );
  if (settings.state === "unknown") out.unknown("backup-location", "settings");
  else if (backup.state === "unknown") out.unknown("backup-location", "settings.backupConfiguration");
  else if (backup.state === "value" && backupsOn(field(backup.value, "enabled"))) {
    const at = "settings.backupConfiguration.location";
    const location = readString(field(backup.value, "location"));
    if (location.state === "unknown") out.unknown("backup-location", at);
    else if (location.state === "value") {
      const name = location.value.toLowerCase();
      if (SQL_BACKUP_MULTI_REGIONS.has(name)) out.location("backup-location", at, "gcs", name.toUpperCase());
      else out.location("backup-location", at, "regions", name);
    } else {
      const region = readString(field(props, "region"));
      const own =
        region.state === "value"
          ? region.value
          : region.state === "unknown"
            ? undefined
            : gcpPrimary(context);
      if (own === undefined) out.unknown("backup-location", region.state === "unknown" ? "region" : at);
      else out.location("backup-location", at, "gcs", nearestSqlBackupMultiRegion(own));
    }
  }
  forEachItem(out, "read-replica", field(props, "replicaNames"), "replicaNames", (n, at) =>
    nameTarget(out, "read-replica", at, n),
  );
  const cluster = readObject(field(props, "replicationCluster"));
  if (cluster.state === "unknown") out.unknown("read-replica", "replicationCluster");
  if (cluster.state === "value")
    nameTarget(
      out,
      "read-replica",
      "replicationCluster.failoverDrReplicaName",
      field(cluster.value, "failoverDrReplicaName"),
    );
  return out.list();
};

/** masterInstanceName (a read replica) and clone.sourceInstanceName (a copy). */
const instanceOrigins: OriginFunction = (props): FlowOrigin[] => {
  const origins = referenceOrigin(
    "gcp",
    "read-replica",
    "masterInstanceName",
    field(props, "masterInstanceName"),
    "name",
  );
  const clone = readObject(field(props, "clone"));
  if (clone.state === "unknown")
    origins.push({ kind: "backup-copy", cloud: "gcp", property: "clone", source: { kind: "unknown" } });
  if (clone.state === "value")
    origins.push(
      ...referenceOrigin(
        "gcp",
        "backup-copy",
        "clone.sourceInstanceName",
        field(clone.value, "sourceInstanceName"),
        "name",
      ),
    );
  return origins;
};

/** settings.ipConfiguration.authorizedNetworks[].value `0.0.0.0/0` opens the instance to everyone. */
function instancePublicAccess(p: PropertyBag): PublicAccessReading {
  const nets = readPropertyArray(p, ["settings", "ipConfiguration", "authorizedNetworks"]);
  if (nets.kind === "unknown") return { kind: "unknown", property: nets.property };
  if (nets.kind === "absent") return { kind: "private" };
  for (const [i, n] of nets.value.entries()) {
    const value = readProperty(n as PropertyBag, ["value"]);
    if (value.kind === "unknown")
      return { kind: "unknown", property: `settings.ipConfiguration.authorizedNetworks[${i}].value` };
    if (value.kind === "value" && /^0\.0\.0\.0\/0$/.test(value.value as string)) {
      return {
        kind: "public",
        property: `settings.ipConfiguration.authorizedNetworks[${i}]`,
        detail: "authorised network `0.0.0.0/0`",
      };
    }
  }
  return { kind: "private" };
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:sql/databaseInstance:DatabaseInstance",
    cloud: "gcp",
    class: "data",
    category: "database",
    source: SOURCE,
    location: GCP_REGION,
    // Cloud SQL labels live in the instance settings.
    tags: { kind: "property", property: "settings.userLabels" },
    identities: ["name", "id"],
    flows: instanceFlows,
    origins: instanceOrigins,
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionKeyName"]) },
    publicAccess: instancePublicAccess,
  },
];

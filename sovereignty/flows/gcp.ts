// Where data goes on GCP (`@pulumi/gcp` 9.37). Property paths verified in the installed SDK:
// node_modules/@pulumi/gcp/<module>/<resource>.d.ts (`...Args`) and
// node_modules/@pulumi/gcp/types/input.d.ts (namespace <module>).
//
// A GCP location name is a region (`europe-west3`, any case) or something wider (multi-region,
// dual-region, `global`, a Spanner multi-region config). A region-shaped location is the
// resource's own location, checked by the location policy: no flow. Anything wider is a
// `multi-location` destination looked up in the service's own catalog namespace, so the zone check
// covers every member country — and a name the catalog does not know is in no zone (fail closed).
import type { Location, LocationService } from "../types";
import type { FlowContext, FlowFunction, FlowKind } from "./types";
import type { FlowOrigin, OriginFunction } from "./origin";
import { referenceOrigin } from "./origin";
import { Destinations, field, forEachItem, readArray, readBoolean, readObject, readString } from "./read";

const REGION = /^[a-z]+-[a-z]+\d+$/i;
const isRegion = (name: string): boolean => REGION.test(name);

/** A location property: region → none; wider → multi-location in `service` (`upper` for GCS/BigQuery spelling). */
function wideLocation(
  out: Destinations,
  property: string,
  raw: unknown,
  service: LocationService,
  upper: boolean,
): void {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown("multi-location", property);
  if (read.state === "absent" || isRegion(read.value)) return;
  out.location(
    "multi-location",
    property,
    service,
    upper ? read.value.toUpperCase() : read.value.toLowerCase(),
  );
}

/**
 * `gcp:storage/bucket:Bucket` location and customPlacementConfig.dataLocations[] (storage/bucket.d.ts;
 * types/input.d.ts storage.BucketCustomPlacementConfig). With custom placement the data sits in the
 * listed regions only (the `location` code just bounds them), so each region is a destination;
 * otherwise a multi- or dual-region `location` is one destination in the `gcs` namespace.
 */
export const storageBucket: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  const placement = readObject(field(props, "customPlacementConfig"));
  if (placement.state === "unknown")
    return (out.unknown("multi-location", "customPlacementConfig"), out.list());
  const dataLocations = readArray(
    field(placement.state === "value" ? placement.value : undefined, "dataLocations"),
  );
  if (dataLocations.state === "absent") {
    wideLocation(out, "location", field(props, "location"), "gcs", true);
    return out.list();
  }
  forEachItem(
    out,
    "multi-location",
    field(placement.state === "value" ? placement.value : undefined, "dataLocations"),
    "customPlacementConfig.dataLocations",
    (r, at) => {
      const region = readString(r);
      if (region.state === "unknown") out.unknown("multi-location", at);
      if (region.state === "value") out.location("multi-location", at, "regions", region.value.toLowerCase());
    },
  );
  return out.list();
};

/** Cloud SQL's backup multi-regions (https://cloud.google.com/sql/docs/postgres/locations: asia, eu, us). */
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
  return name.state === "value" && isRegion(name.value) ? name.value : undefined;
}

/**
 * `gcp:sql/databaseInstance:DatabaseInstance` (sql/databaseInstance.d.ts; types/input.d.ts
 * sql.DatabaseInstanceSettings, DatabaseInstanceSettingsBackupConfiguration,
 * DatabaseInstanceReplicationCluster):
 * - settings.backupConfiguration.location when backups are enabled (enabled unknown counts as on);
 *   absent → the implicit nearest multi-region of the instance's region (`region`, else
 *   `context.primary`), unknown target when neither is known;
 * - replicaNames[] and replicationCluster.failoverDrReplicaName: replicas this primary feeds
 *   (resource names). masterInstanceName / clone make this instance a copy: see origins.
 */
export const sqlDatabaseInstance: FlowFunction = (props, context) => {
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
 * `gcp:bigquery/dataset:Dataset` location (bigquery/dataset.d.ts: "The default value is
 * multi-regional location `US`"): absent → the implicit `US`; a multi-region → itself; a region → none.
 */
export const bigqueryDataset: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  const location = readString(field(props, "location"));
  if (location.state === "absent") out.location("multi-location", "location", "bigquery", "US");
  else wideLocation(out, "location", field(props, "location"), "bigquery", true);
  return out.list();
};

/**
 * `gcp:pubsub/topic:Topic` messageStoragePolicy.allowedPersistenceRegions[] (pubsub/topic.d.ts;
 * types/input.d.ts pubsub.TopicMessageStoragePolicy). Without a policy Pub/Sub may persist messages
 * in any region (only an organisation's resource-location policy narrows it): the destination is
 * `global` in `regions`, a name no zone contains (fail closed).
 */
export const pubsubTopic: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  const policy = readObject(field(props, "messageStoragePolicy"));
  if (policy.state === "unknown") return (out.unknown("message-storage", "messageStoragePolicy"), out.list());
  const regions = policy.state === "value" ? field(policy.value, "allowedPersistenceRegions") : undefined;
  if (readArray(regions).state === "absent")
    return (out.location("message-storage", "messageStoragePolicy", "regions", "global"), out.list());
  forEachItem(out, "message-storage", regions, "messageStoragePolicy.allowedPersistenceRegions", (r, at) => {
    const region = readString(r);
    if (region.state === "unknown") out.unknown("message-storage", at);
    if (region.state === "value") out.location("message-storage", at, "regions", region.value.toLowerCase());
  });
  return out.list();
};

/** `gcp:kms/keyRing:KeyRing` location (kms/keyRing.d.ts): `global` and KMS multi-regions (`europe`, `nam4`) in `gcp-kms`. */
export const kmsKeyRing: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  wideLocation(out, "location", field(props, "location"), "gcp-kms", false);
  return out.list();
};

/**
 * `gcp:spanner/instance:Instance` config (spanner/instance.d.ts), a name or
 * `projects/<p>/instanceConfigs/<name>`. `regional-<region>` keeps data in that region; every other
 * configuration (multi-region `eur3`, `nam6`, dual-region, custom) spans several regions that this
 * model does not list: emitted under its own name in `regions`, unknown to the catalog → fail
 * closed unless the policy config declares it.
 */
export const spannerInstance: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  const config = readString(field(props, "config"));
  if (config.state === "unknown") return (out.unknown("multi-location", "config"), out.list());
  if (config.state === "absent") return out.list();
  const name = (config.value.split("/").pop() ?? "").toLowerCase();
  const regional = /^regional-(.+)$/.exec(name);
  out.location("multi-location", "config", "regions", regional ? (regional[1] as string) : name);
  return out.list();
};

/** `gcp:backupdisasterrecovery/backupVault:BackupVault` location (backupdisasterrecovery/backupVault.d.ts): a non-region location is wider than one region. */
export const backupVault: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  wideLocation(out, "location", field(props, "location"), "regions", false);
  return out.list();
};

export const GCP_FLOWS: Readonly<Record<string, FlowFunction>> = {
  "gcp:storage/bucket:Bucket": storageBucket,
  "gcp:sql/databaseInstance:DatabaseInstance": sqlDatabaseInstance,
  "gcp:bigquery/dataset:Dataset": bigqueryDataset,
  "gcp:pubsub/topic:Topic": pubsubTopic,
  "gcp:kms/keyRing:KeyRing": kmsKeyRing,
  "gcp:spanner/instance:Instance": spannerInstance,
  "gcp:backupdisasterrecovery/backupVault:BackupVault": backupVault,
};

/** masterInstanceName (a read replica) and clone.sourceInstanceName (a copy) (sql/databaseInstance.d.ts; sql.DatabaseInstanceClone). */
const sqlInstanceOrigins: OriginFunction = (props): FlowOrigin[] => {
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

export const GCP_ORIGINS: Readonly<Record<string, OriginFunction>> = {
  "gcp:sql/databaseInstance:DatabaseInstance": sqlInstanceOrigins,
};

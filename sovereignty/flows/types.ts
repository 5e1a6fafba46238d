import type { Cloud, Location, LocationService } from "../types";

/** How data leaves (or is copied beyond) a resource's own location. */
export type FlowKind =
  | "replication" // S3 replication, Azure object replication
  | "backup-copy" // AWS Backup copy actions, RDS automated-backup replication
  | "backup-location" // Cloud SQL backup location, geo-redundant backups
  | "read-replica" // RDS/Aurora replicas, Cloud SQL replicas
  | "global-table" // DynamoDB replicas, Aurora global clusters
  | "geo-redundancy" // Azure GRS/GZRS/RA-*, Recovery Services GeoRedundant, Postgres geo backup
  | "multi-location" // Cosmos DB locations, GCS multi/dual-regions and custom placement
  | "key-replica" // KMS multi-region and replica keys
  | "message-storage" // Pub/Sub message storage policy
  | "inference" // AI inference routed by the cloud (Azure OpenAI Global*/DataZone* SKUs, Bedrock cross-region profiles, Vertex AI `global`)
  | "transfer"; // scheduled copies to another resource (Storage Transfer jobs, BigQuery cross-region copies)

/** Where a flow goes, as far as one resource's own properties can tell. */
export type FlowTarget =
  /** A location name, to be looked up in the catalog under `service`. */
  | { readonly kind: "location"; readonly service: LocationService; readonly location: string }
  /** Another resource, whose location only the stack can tell (an S3 bucket ARN carries no region). */
  | { readonly kind: "resource"; readonly reference: string; readonly referenceKind: "arn" | "name" | "id" }
  /**
   * A set of places the cloud chooses at run time, named as countries: an EU data zone, or
   * `worldwide` (Azure `GlobalStandard`, Bedrock `global.` profiles, Vertex AI `global`).
   * `label` names it in messages (`the Azure EU data zone`).
   */
  | {
      readonly kind: "countries";
      readonly countries: readonly string[] | "worldwide";
      readonly label: string;
    }
  /** The declaring property is unknown at preview. */
  | { readonly kind: "unknown" };

export interface FlowDestination {
  readonly kind: FlowKind;
  readonly cloud: Cloud;
  /** Property path that declares the flow, as users write it: `rules[0].destination.bucket`. */
  readonly property: string;
  readonly target: FlowTarget;
}

export interface FlowContext {
  /** The resource's own effective location, when known (Azure geo-redundancy goes to its pair). */
  readonly primary?: Location;
}

/** Raw (unproxied) resource properties; unknowns are sentinel strings (see `UNKNOWN` in the model's values module). */
export type PropertyBag = Readonly<Record<string, unknown>>;

/** Every destination a resource of one type token sends copies of its data to. Never throws. */
export type FlowFunction = (props: PropertyBag, context: FlowContext) => readonly FlowDestination[];

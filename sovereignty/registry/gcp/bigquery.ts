// gcp:bigquery/* — BigQuery datasets (@pulumi/gcp 9.37, bigquery/dataset.d.ts) and tables
// (bigquery/table.d.ts `TableArgs` {datasetId, tableId, project, labels, encryptionConfiguration:
// TableEncryptionConfiguration {kmsKeyName}, tableReplicationInfo: TableTableReplicationInfo
// {sourceProjectId, sourceDatasetId, sourceTableId, replicationIntervalMs}}).
import { always } from "../../controls/encryptionRead";
import type { FlowOrigin, OriginFunction } from "../../flows/origin";
import { wideLocation } from "../../flows/gcpLocation";
import { Destinations, field, readObject, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { LABELS } from "../common";
import type { Emit } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt } from "./shared";

const SOURCE = "@pulumi/gcp 9.37 (bigquery/dataset.d.ts); https://cloud.google.com/bigquery/docs/locations";
const DATASET = "gcp:bigquery/dataset:Dataset";

/** A BigQuery location (region or `EU` / `US`), looked up in the `bigquery` namespace (any case). */
const bigqueryLocation: Emit = (out, kind, property, raw) => {
  const read = readString(raw);
  if (read.state === "unknown") out.unknown(kind, property);
  if (read.state === "value") out.location(kind, property, "bigquery", read.value);
};

/**
 * location ("The default value is multi-regional location `US`"): absent → the implicit `US`; a
 * multi-region → itself; a region → none.
 */
const datasetFlows: FlowFunction = (props) => {
  const out = new Destinations("gcp");
  const location = readString(field(props, "location"));
  if (location.state === "absent") out.location("multi-location", "location", "bigquery", "US");
  else wideLocation(out, "location", field(props, "location"), "bigquery", true);
  return out.list();
};

/**
 * A materialized view replica (`tableReplicationInfo`, "AS REPLICA OF" its source materialized
 * view) holds a copy of its source's data in this table's dataset. The stack resolves the source
 * by `sourceTableId` (a table's `tableId`, or the dependency the program gave it); a bare table id
 * names the first table of the stack with that id, so two same-named tables in different datasets
 * are not told apart (the reference recorded below keeps the full `projects/…/datasets/…/tables/…`
 * path for the report). Any part unknown at preview: cannot verify.
 */
const replicaOrigins: OriginFunction = (props) => {
  const info = readObject(field(props, "tableReplicationInfo"));
  const unknown = (property: string): FlowOrigin[] => [
    { kind: "replication", cloud: "gcp", property, source: { kind: "unknown" } },
  ];
  if (info.state === "unknown") return unknown("tableReplicationInfo");
  if (info.state === "absent") return [];
  const parts: string[] = [];
  for (const key of ["sourceProjectId", "sourceDatasetId", "sourceTableId"]) {
    const read = readString(field(info.value, key));
    if (read.state === "unknown") return unknown(`tableReplicationInfo.${key}`);
    if (read.state === "absent") return [];
    parts.push(read.value);
  }
  const [project, dataset, table] = parts;
  return [
    {
      kind: "replication",
      cloud: "gcp",
      property: "tableReplicationInfo.sourceTableId",
      source: {
        kind: "resource",
        reference: `projects/${project}/datasets/${dataset}/tables/${table}`,
        referenceKind: "id",
      },
    },
  ];
};

export const DECLARATIONS: readonly TypeDeclaration[] = [
  {
    token: "gcp:bigquery/dataset:Dataset",
    cloud: "gcp",
    class: "data",
    category: "database",
    source: SOURCE,
    // BigQuery datasets default to the `US` multi-region when no location is given (docs/design.md).
    location: {
      properties: ["location"],
      service: "bigquery",
      providerDefault: false,
      implicitDefault: "US",
    },
    tags: LABELS,
    // `datasetId` added for issue 12: transfer configs, FHIR streaming and Pub/Sub subscriptions name a dataset by it.
    identities: ["id", "datasetId"],
    flows: datasetFlows,
    encryption: { kind: "reader", read: (p) => always(p, ["defaultEncryptionConfiguration", "kmsKeyName"]) },
  },
  {
    // Declared for its materialized view replicas (`tableReplicationInfo`). A table has no
    // location of its own: it is where its dataset (`datasetId`) is, when the stack has it.
    token: "gcp:bigquery/table:Table",
    cloud: "gcp",
    class: "data",
    category: "database",
    source: `@pulumi/gcp 9.37 (bigquery/table.d.ts); https://cloud.google.com/bigquery/docs/materialized-view-replicas-create`,
    location: {
      properties: [],
      service: "bigquery",
      providerDefault: false,
      parent: { property: "datasetId", targets: [DATASET] },
    },
    tags: LABELS,
    identities: ["id", "tableId"],
    origins: replicaOrigins,
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionConfiguration", "kmsKeyName"]) },
  },
  // Added for issue 12: scheduled transfers, and dataset copies across regions.
  {
    // A `cross_region_copy` transfer copies `params.source_dataset_id` into `destinationDatasetId`,
    // which lives in the transfer's `location`: judged with the SOURCE dataset's tags (a copy keeps
    // its source's classification). Other data sources load external data into the destination.
    token: "gcp:bigquery/dataTransferConfig:DataTransferConfig",
    cloud: "gcp",
    class: "configures",
    source:
      "@pulumi/gcp 9.37 (bigquery/dataTransferConfig.d.ts: dataSourceId, destinationDatasetId, location, params); https://cloud.google.com/bigquery/docs/copying-datasets",
    configures: { property: "params.source_dataset_id", referenceKind: "name", targets: [DATASET] },
    identities: ["name", "id"],
    flows: (props, context) => {
      const source = readString(field(props, "dataSourceId"));
      if (source.state === "value" && source.value !== "cross_region_copy") return [];
      const out = new Destinations("gcp");
      if (source.state === "unknown") return (out.unknown("transfer", "dataSourceId"), out.list());
      if (source.state === "absent") return out.list();
      // The destination dataset lives in the transfer's location (a region or a BigQuery multi-region).
      return flowAt("transfer", "location", bigqueryLocation)(props, context);
    },
  },
];

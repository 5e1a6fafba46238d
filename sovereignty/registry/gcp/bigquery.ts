// gcp:bigquery/* — BigQuery datasets (@pulumi/gcp 9.37, bigquery/dataset.d.ts).
import { always } from "../../controls/encryptionRead";
import { wideLocation } from "../../flows/gcpLocation";
import { Destinations, field, readString } from "../../flows/read";
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

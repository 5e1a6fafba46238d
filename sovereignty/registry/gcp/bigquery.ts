// gcp:bigquery/* — BigQuery datasets (@pulumi/gcp 9.37, bigquery/dataset.d.ts).
import { always } from "../../controls/encryptionRead";
import { wideLocation } from "../../flows/gcpLocation";
import { Destinations, field, readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { LABELS } from "../common";
import type { TypeDeclaration } from "../types";

const SOURCE = "@pulumi/gcp 9.37 (bigquery/dataset.d.ts); https://cloud.google.com/bigquery/docs/locations";

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
    identities: ["id"],
    flows: datasetFlows,
    encryption: { kind: "reader", read: (p) => always(p, ["defaultEncryptionConfiguration", "kmsKeyName"]) },
  },
];

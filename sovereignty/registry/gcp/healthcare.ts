// gcp:healthcare/* — Cloud Healthcare API datasets and their FHIR, DICOM, HL7v2 and consent stores
// (@pulumi/gcp 9.37, healthcare/dataset.d.ts `DatasetArgs` {encryptionSpec, location, name, ...: no
// labels}; healthcare/fhirStore.d.ts, dicomStore.d.ts, hl7Store.d.ts, consentStore.d.ts `...Args`
// {dataset, labels, ...}; types/input.d.ts healthcare.DatasetEncryptionSpec {kmsKeyName},
// healthcare.FhirStoreStreamConfig.bigqueryDestination {datasetUri}).
import { always, inherited } from "../../controls/encryptionRead";
import { readString } from "../../flows/read";
import type { FlowFunction } from "../../flows/types";
import { GCP_REGIONAL_LOCATION } from "../common";
import { each, fieldOf, type Emit } from "../paths";
import type { TypeDeclaration } from "../types";
import { flowAt, gcpData, locationInId, noLabels } from "./shared";

const SOURCE =
  "@pulumi/gcp 9.37 (healthcare/*.d.ts); https://cloud.google.com/healthcare-api/docs/concepts/regions";
const DATASET = "gcp:healthcare/dataset:Dataset";

/** `bq://project.dataset`: the BigQuery dataset, by its id, that a FHIR store streams every resource to. */
const bigqueryUri: Emit = (out, kind, property, raw) => {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "absent") return;
  const dataset = /^bq:\/\/[^.]+\.(.+)$/i.exec(read.value)?.[1];
  out.resource(kind, property, dataset ?? read.value, "name");
};

/** A store lives in its dataset (`dataset`: `projects/p/locations/L/datasets/d`) and uses its key. */
function store(token: string, flows?: FlowFunction): TypeDeclaration {
  return gcpData({
    token,
    category: "database",
    source: SOURCE,
    location: locationInId("dataset"),
    identities: ["name", "id"],
    encryption: {
      kind: "reader",
      read: (p) =>
        inherited(p, "dataset", [DATASET]) ?? { kind: "unknown", property: "dataset", atRest: "on" },
    },
    ...(flows ? { flows } : {}),
  });
}

export const DECLARATIONS: readonly TypeDeclaration[] = [
  gcpData({
    token: DATASET,
    category: "database",
    source: SOURCE,
    location: GCP_REGIONAL_LOCATION,
    tags: noLabels("a Healthcare dataset"),
    identities: ["name", "id"],
    encryption: { kind: "reader", read: (p) => always(p, ["encryptionSpec", "kmsKeyName"]) },
  }),
  // Streaming copies every FHIR resource to a BigQuery dataset.
  store(
    "gcp:healthcare/fhirStore:FhirStore",
    flowAt(
      "transfer",
      "streamConfigs",
      each(fieldOf("bigqueryDestination", fieldOf("datasetUri", bigqueryUri))),
    ),
  ),
  store("gcp:healthcare/dicomStore:DicomStore"),
  store("gcp:healthcare/hl7Store:Hl7Store"),
  store("gcp:healthcare/consentStore:ConsentStore"),
];

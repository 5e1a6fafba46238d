import { EU_MEMBER_STATES } from "../countries";
import type { CatalogTable } from "./table";

// Cloud Storage bucket locations that are not plain regions (every GCP region is also a GCS
// location; the catalog adds them). Google's own table: https://cloud.google.com/storage/docs/locations
// (read 2026-11 through the stored docs: "Predefined dual-region name / Region Name": ASIA1 =
// ASIA-NORTHEAST1 + ASIA-NORTHEAST2, EUR4 = EUROPE-NORTH1 + EUROPE-WEST4, EUR5 = EUROPE-WEST1 +
// EUROPE-WEST2 (Belgium + London), EUR7 = EUROPE-WEST2 + EUROPE-WEST3 (London + Frankfurt),
// EUR8 = EUROPE-WEST3 + EUROPE-WEST6 (Frankfurt + Zürich), NAM4 = US-CENTRAL1 + US-EAST1).
// Third-party sources disagree on EUR7 (some say Frankfurt + Berlin) and EUR8 (some say Zürich + Milan):
// we follow Google's table, and either way neither EUR7 nor EUR8 is inside the EU.
// GCS spells locations in upper case and accepts any case on input.
const SOURCE = "https://cloud.google.com/storage/docs/locations";

export const GCS_LOCATIONS: CatalogTable = {
  cloud: "gcp",
  service: "gcs",
  source: SOURCE,
  rows: [
    // Multi-regions. `EU`: "data centers within member states of the European Union" — never London
    // (europe-west2) or Zürich (europe-west6). `ASIA`: data centers in Asia; we list every country with a
    // GCP region in Asia, so a narrower zone never accepts it.
    { name: "EU", displayName: "Data centers in the European Union", kind: "multi-region", countries: EU_MEMBER_STATES },
    { name: "US", displayName: "Data centers in the United States", kind: "multi-region", countries: ["US"] },
    {
      name: "ASIA",
      displayName: "Data centers in Asia",
      kind: "multi-region",
      countries: ["TW", "HK", "JP", "KR", "IN", "SG", "ID", "TH"],
    },
    // Predefined dual-regions.
    { name: "ASIA1", displayName: "Tokyo + Osaka", kind: "dual-region", countries: ["JP"], memberRegions: ["asia-northeast1", "asia-northeast2"] },
    { name: "EUR4", displayName: "Finland + Netherlands", kind: "dual-region", countries: ["FI", "NL"], memberRegions: ["europe-north1", "europe-west4"] },
    { name: "EUR5", displayName: "Belgium + London", kind: "dual-region", countries: ["BE", "GB"], memberRegions: ["europe-west1", "europe-west2"] },
    { name: "EUR7", displayName: "London + Frankfurt", kind: "dual-region", countries: ["GB", "DE"], memberRegions: ["europe-west2", "europe-west3"] },
    { name: "EUR8", displayName: "Frankfurt + Zürich", kind: "dual-region", countries: ["DE", "CH"], memberRegions: ["europe-west3", "europe-west6"] },
    { name: "NAM4", displayName: "Iowa + South Carolina", kind: "dual-region", countries: ["US"], memberRegions: ["us-central1", "us-east1"] },
    // Location codes of configurable dual-regions (`location` plus `customPlacementConfig.dataLocations`):
    // the code bounds the two regions, so its countries bound the data. `EU`, `US` and `ASIA` double as
    // such codes (above). Regions per code from Google's "configurable dual-region" table.
    { name: "AU", displayName: "Configurable dual-region in Australia", kind: "dual-region", countries: ["AU"], memberRegions: ["australia-southeast1", "australia-southeast2"] },
    { name: "CA", displayName: "Configurable dual-region in Canada", kind: "dual-region", countries: ["CA"], memberRegions: ["northamerica-northeast1", "northamerica-northeast2"] },
    { name: "DE", displayName: "Configurable dual-region in Germany", kind: "dual-region", countries: ["DE"], memberRegions: ["europe-west3", "europe-west10"] },
    { name: "IN", displayName: "Configurable dual-region in India", kind: "dual-region", countries: ["IN"], memberRegions: ["asia-south1", "asia-south2"] },
    { name: "IT", displayName: "Configurable dual-region in Italy", kind: "dual-region", countries: ["IT"], memberRegions: ["europe-west8", "europe-west12"] },
  ],
}; // prettier-ignore

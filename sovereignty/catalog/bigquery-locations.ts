import { EU_MEMBER_STATES } from "../countries";
import type { CatalogTable } from "./table";

// BigQuery dataset locations that are not plain regions (every GCP region is a BigQuery location).
// Source: https://cloud.google.com/bigquery/docs/locations — `US` and `EU` multi-regions; `EU` is
// "data centers within member states of the European Union".
const SOURCE = "https://cloud.google.com/bigquery/docs/locations";

/**
 * For the policy pack: a BigQuery dataset created without `location` lands in the `US` multi-region
 * (https://cloud.google.com/bigquery/docs/locations#specify_locations; `gcp.bigquery.Dataset.location`
 * "The default value is multi-regional location US"). A missing location is therefore `US`, not unknown.
 */
export const BIGQUERY_DEFAULT_LOCATION = "US";

export const BIGQUERY_LOCATIONS: CatalogTable = {
  cloud: "gcp",
  service: "bigquery",
  source: SOURCE,
  rows: [
    { name: "EU", displayName: "Data centers in the European Union", kind: "multi-region", countries: EU_MEMBER_STATES },
    { name: "US", displayName: "Data centers in the United States", kind: "multi-region", countries: ["US"] },
  ],
}; // prettier-ignore

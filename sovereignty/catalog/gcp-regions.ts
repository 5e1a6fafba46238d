import type { CatalogTable } from "./table";

// Public GCP regions with their city. Sources: https://cloud.google.com/compute/docs/regions-zones and
// https://cloud.google.com/about/locations (region names and cities as of 2026-11; cross-checked with the
// region tables of https://docs.cloud.google.com/bigquery/docs/locations and .../kms/docs/locations).
// A zone name (`europe-west3-a`) resolves to its region in the catalog's normaliser.
// Not included: restricted/partner regions that are not open to every customer (e.g. sovereign-cloud
// partner regions operated by third parties); unknown names are never in a zone (fail closed).
const SOURCE = "https://cloud.google.com/compute/docs/regions-zones";

export const GCP_REGIONS: CatalogTable = {
  cloud: "gcp",
  service: "regions",
  source: SOURCE,
  rows: [
    // Africa
    { name: "africa-south1", displayName: "Johannesburg, South Africa", countries: ["ZA"] },
    // Asia Pacific
    { name: "asia-east1", displayName: "Changhua County, Taiwan", countries: ["TW"] },
    { name: "asia-east2", displayName: "Hong Kong", countries: ["HK"] },
    { name: "asia-northeast1", displayName: "Tokyo, Japan", countries: ["JP"] },
    { name: "asia-northeast2", displayName: "Osaka, Japan", countries: ["JP"] },
    { name: "asia-northeast3", displayName: "Seoul, South Korea", countries: ["KR"] },
    { name: "asia-south1", displayName: "Mumbai, India", countries: ["IN"] },
    { name: "asia-south2", displayName: "Delhi, India", countries: ["IN"] },
    { name: "asia-southeast1", displayName: "Jurong West, Singapore", countries: ["SG"] },
    { name: "asia-southeast2", displayName: "Jakarta, Indonesia", countries: ["ID"] },
    { name: "asia-southeast3", displayName: "Bangkok, Thailand", countries: ["TH"] },
    { name: "australia-southeast1", displayName: "Sydney, Australia", countries: ["AU"] },
    { name: "australia-southeast2", displayName: "Melbourne, Australia", countries: ["AU"] },
    // Europe
    { name: "europe-central2", displayName: "Warsaw, Poland", countries: ["PL"] },
    { name: "europe-north1", displayName: "Hamina, Finland", countries: ["FI"] },
    { name: "europe-north2", displayName: "Stockholm, Sweden", countries: ["SE"] },
    { name: "europe-southwest1", displayName: "Madrid, Spain", countries: ["ES"] },
    { name: "europe-west1", displayName: "St. Ghislain, Belgium", countries: ["BE"] },
    { name: "europe-west2", displayName: "London, England", countries: ["GB"] },
    { name: "europe-west3", displayName: "Frankfurt, Germany", countries: ["DE"] },
    { name: "europe-west4", displayName: "Eemshaven, Netherlands", countries: ["NL"] },
    { name: "europe-west6", displayName: "Zurich, Switzerland", countries: ["CH"] },
    { name: "europe-west8", displayName: "Milan, Italy", countries: ["IT"] },
    { name: "europe-west9", displayName: "Paris, France", countries: ["FR"] },
    { name: "europe-west10", displayName: "Berlin, Germany", countries: ["DE"] },
    { name: "europe-west12", displayName: "Turin, Italy", countries: ["IT"] },
    // Middle East
    { name: "me-central1", displayName: "Doha, Qatar", countries: ["QA"] },
    { name: "me-central2", displayName: "Dammam, Saudi Arabia", countries: ["SA"] },
    { name: "me-west1", displayName: "Tel Aviv, Israel", countries: ["IL"] },
    // North America
    { name: "northamerica-northeast1", displayName: "Montréal, Québec, Canada", countries: ["CA"] },
    { name: "northamerica-northeast2", displayName: "Toronto, Ontario, Canada", countries: ["CA"] },
    { name: "northamerica-south1", displayName: "Querétaro, Mexico", countries: ["MX"] },
    { name: "us-central1", displayName: "Council Bluffs, Iowa", countries: ["US"] },
    { name: "us-east1", displayName: "Moncks Corner, South Carolina", countries: ["US"] },
    { name: "us-east4", displayName: "Ashburn, Virginia", countries: ["US"] },
    { name: "us-east5", displayName: "Columbus, Ohio", countries: ["US"] },
    { name: "us-south1", displayName: "Dallas, Texas", countries: ["US"] },
    { name: "us-west1", displayName: "The Dalles, Oregon", countries: ["US"] },
    { name: "us-west2", displayName: "Los Angeles, California", countries: ["US"] },
    { name: "us-west3", displayName: "Salt Lake City, Utah", countries: ["US"] },
    { name: "us-west4", displayName: "Las Vegas, Nevada", countries: ["US"] },
    // South America
    { name: "southamerica-east1", displayName: "Osasco, São Paulo, Brazil", countries: ["BR"] },
    { name: "southamerica-west1", displayName: "Santiago, Chile", countries: ["CL"] },
  ],
};

import { EU_MEMBER_STATES, ISO_COUNTRY_CODES } from "../countries";
import type { CatalogTable } from "./table";

// Cloud KMS key-ring locations that are not plain regions (every GCP region is also a KMS location).
// Source: https://cloud.google.com/kms/docs/locations. The same names mean other places than in GCS:
// KMS `nam4` is Iowa + South Carolina + Oklahoma, GCS `NAM4` is Iowa + South Carolina.
// `europe`: "Resources created in the europe multi-region are not stored in the europe-west2 (London)
// or europe-west6 (Zürich) data centers" (same page) — so EU member states only.
// `global` may hold key material anywhere: its country set is every country, so it is in no zone.
// Not included (descriptions not verified here; unknown locations are never in a zone — add them
// through the policy config if you use them): `eur6`, `asia1`, `in`, and other newer dual-regions.
const SOURCE = "https://cloud.google.com/kms/docs/locations";

const US_ONLY = { kind: "multi-region", countries: ["US"] } as const;

export const GCP_KMS_LOCATIONS: CatalogTable = {
  cloud: "gcp",
  service: "gcp-kms",
  source: SOURCE,
  rows: [
    { name: "global", displayName: "Global (anywhere)", kind: "global", countries: [...ISO_COUNTRY_CODES] },
    { name: "europe", displayName: "Multiple regions in the European Union", kind: "multi-region", countries: EU_MEMBER_STATES },
    { name: "us", displayName: "Multiple regions in the United States", ...US_ONLY },
    { name: "ca", displayName: "Multiple regions in Canada", kind: "multi-region", countries: ["CA"] },
    { name: "asia", displayName: "Multiple regions in Asia", kind: "multi-region", countries: ["TW", "HK", "JP", "KR", "IN", "SG", "ID", "TH"] },
    { name: "nam3", displayName: "Northern Virginia and South Carolina", ...US_ONLY },
    { name: "nam4", displayName: "Iowa, South Carolina, and Oklahoma", ...US_ONLY },
    { name: "nam6", displayName: "Iowa and South Carolina", ...US_ONLY },
    { name: "nam7", displayName: "Iowa, Northern Virginia, and Oklahoma", ...US_ONLY },
    { name: "nam8", displayName: "Los Angeles, Oregon, and Salt Lake City", ...US_ONLY },
    { name: "nam9", displayName: "Northern Virginia and Iowa", ...US_ONLY },
    { name: "nam10", displayName: "Iowa, Salt Lake City, and Oklahoma", ...US_ONLY },
    { name: "nam11", displayName: "Iowa, South Carolina, and Oklahoma", ...US_ONLY },
    { name: "nam12", displayName: "Iowa, Northern Virginia, Oklahoma, and Oregon", ...US_ONLY },
    { name: "eur3", displayName: "Belgium and Netherlands", kind: "multi-region", countries: ["BE", "NL"], memberRegions: ["europe-west1", "europe-west4"] },
    { name: "eur4", displayName: "Netherlands and Finland", kind: "multi-region", countries: ["NL", "FI"], memberRegions: ["europe-west4", "europe-north1"] },
    { name: "eur5", displayName: "Belgium and London", kind: "multi-region", countries: ["BE", "GB"], memberRegions: ["europe-west1", "europe-west2"] },
  ],
}; // prettier-ignore

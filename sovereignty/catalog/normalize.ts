import type { Cloud, LocationService } from "../types";

/**
 * One normaliser per cloud and service: the key a spelling is looked up under. Lookups compare
 * normalised keys, so every spelling the cloud accepts meets the canonical one.
 * - AWS: region codes are lower case (`EU-CENTRAL-1` is not accepted by AWS, but a key is a key).
 * - Azure: ARM accepts "West Europe", "westeurope" and "WestEurope" alike; pulumi-azure-native diffs
 *   `location` case- and space-insensitively (pulumi/pulumi-azure-native#2281). Drop case and spaces,
 *   and a leading "(Europe) " as in ARM's regionalDisplayName.
 * - GCP: regions are lower case; GCS reports bucket locations in upper case (`EUROPE-WEST3`) and
 *   accepts any case; KMS and BigQuery locations are compared case-insensitively too (`eu` = `EU`).
 */
export function normalizeLocationKey(cloud: Cloud, _service: LocationService, raw: string): string {
  const trimmed = raw.trim().toLowerCase();
  if (cloud === "azure") return trimmed.replace(/^\([^)]*\)\s*/, "").replace(/[\s_-]+/g, "");
  return trimmed;
}

/**
 * The region of a GCP zone name: `europe-west3-a` → `europe-west3`. Undefined when `name` is not
 * shaped like a zone. Source: https://cloud.google.com/compute/docs/regions-zones ("<region>-<letter>").
 */
export function gcpRegionOfZone(name: string): string | undefined {
  const match = /^([a-z]+-[a-z]+\d+)-[a-z]$/.exec(name.trim().toLowerCase());
  return match ? match[1] : undefined;
}

/**
 * The region of an AWS Availability Zone name: `eu-central-1a` → `eu-central-1`. Local Zones
 * (`us-east-1-bue-1a`, Buenos Aires) and Wavelength zones are deliberately NOT mapped: they sit in
 * other cities, sometimes other countries, than their parent region. Zone IDs (`euc1-az1`) neither.
 * Source: https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-availability-zones.html
 */
export function awsRegionOfAvailabilityZone(name: string): string | undefined {
  const match = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/.exec(name.trim().toLowerCase());
  return match ? match[1] : undefined;
}

// The model's vocabulary. Pure data types: nothing here imports a Pulumi runtime, so the
// policy pack, the components and the runner can all share one meaning of "where".

export type Cloud = "aws" | "azure" | "gcp";
export const CLOUDS: readonly Cloud[] = ["aws", "azure", "gcp"];

/** ISO 3166-1 alpha-2, upper case ("DE", "GB", "US"). */
export type CountryCode = string;

/**
 * The namespace a location name is read in. The same name means different places in
 * different services (GCP KMS `nam4` is not GCS `NAM4`), so every lookup names one.
 * - `regions`: the cloud's regions (AWS regions of every partition, Azure physical regions,
 *   GCP regions; a GCP zone name such as `europe-west3-a` resolves to its region).
 * - `gcs`: Cloud Storage bucket locations: regions, multi-regions (`EU`, `US`, `ASIA`) and
 *   predefined dual-regions (`EUR4`, `NAM4`, ...).
 * - `gcp-kms`: Cloud KMS key ring locations: regions, multi-regions (`europe`, `us`, `asia`,
 *   `nam4`, `eur4`, ...) and `global`.
 * - `bigquery`: BigQuery dataset locations: regions and the `EU` / `US` multi-regions.
 */
export type LocationService = "regions" | "gcs" | "gcp-kms" | "bigquery" | "communication";

export type LocationKind = "region" | "multi-region" | "dual-region" | "global";

/** One location a cloud accepts, and every country where it may hold data. */
export interface Location {
  readonly cloud: Cloud;
  readonly service: LocationService;
  /** Canonical spelling: AWS `eu-central-1`, Azure `westeurope`, GCP `europe-west3`, GCS `EU`, KMS `europe`. */
  readonly name: string;
  readonly kind: LocationKind;
  /** Every country where data at this location may be held. Never empty. */
  readonly countries: readonly CountryCode[];
  readonly displayName: string;
  /** AWS partition id (`aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`). */
  readonly partition?: string;
  /** Azure: the canonical name of the paired region geo-redundant copies go to, when there is one. */
  readonly pairedRegion?: string;
  /** Multi- and dual-regions: their member regions, when the source names them. */
  readonly memberRegions?: readonly string[];
  /** Where this entry comes from (a URL), or `policy-config` for a user-added location. */
  readonly source: string;
}

/** A named set of countries. A declaration, not a legal conclusion. */
export interface Zone {
  readonly id: string;
  readonly name: string;
  readonly countries: ReadonlySet<CountryCode>;
  /** Frameworks usually cited for this zone; goes into metadata, never into a verdict. */
  readonly legalFrameworks: readonly string[];
  readonly source: "builtin" | "policy-config";
}

/** A user-defined zone: by countries, by locations (each location's countries), or both. */
export interface ZoneSpec {
  readonly id: string;
  readonly name?: string;
  readonly countries?: readonly CountryCode[];
  readonly locations?: readonly {
    readonly cloud: Cloud;
    readonly service?: LocationService;
    readonly location: string;
  }[];
  readonly legalFrameworks?: readonly string[];
}

/** A location the catalog does not know, added through the policy config. */
export interface LocationSpec {
  readonly cloud: Cloud;
  readonly service?: LocationService;
  readonly location: string;
  readonly countries: readonly CountryCode[];
  readonly kind?: LocationKind;
}

export type Classification = "public" | "internal" | "confidential" | "personal" | "special";
export const CLASSIFICATIONS: readonly Classification[] = [
  "public",
  "internal",
  "confidential",
  "personal",
  "special",
];

/** What a classification demands (docs/design.md, "Residency tags"). */
export interface ClassificationRules {
  readonly staysInZone: boolean;
  readonly encryptionAtRest: "not-required" | "provider-default" | "required";
  readonly customerManagedKeyInSameRegion: boolean;
  readonly publicAccessAllowed: boolean;
  readonly immutableBackups: boolean;
}

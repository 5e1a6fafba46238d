import type { Cloud, CountryCode, LocationKind, LocationService } from "../types";

/** One row of a built-in catalog table: a location with the countries where it may hold data. */
export interface CatalogRow {
  readonly name: string;
  readonly displayName: string;
  readonly countries: readonly CountryCode[];
  readonly kind?: LocationKind;
  readonly partition?: string;
  readonly pairedRegion?: string;
  readonly memberRegions?: readonly string[];
  /** Other spellings the cloud accepts for this location (beyond its normaliser). */
  readonly aliases?: readonly string[];
}

/** A built-in table: one cloud, one service, one source. */
export interface CatalogTable {
  readonly cloud: Cloud;
  readonly service: LocationService;
  readonly source: string;
  readonly rows: readonly CatalogRow[];
}

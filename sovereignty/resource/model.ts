// The parts of the model (../index.ts) this folder needs, as structural types: the real
// Catalog and ZoneRegistry satisfy them, and tests can pass small fakes.
import type { Cloud, Location, LocationService, Zone } from "../types";

export interface CatalogLike {
  lookup(cloud: Cloud, service: LocationService, raw: string): Location | undefined;
}

export interface ZonesLike {
  get(id: string): Zone | undefined;
}

export interface ModelLike {
  readonly catalog: CatalogLike;
  readonly zones: ZonesLike;
}

// Building blocks of the GCP flow functions (declared in ../registry/gcp).
//
// A GCP location name is a region (`europe-west3`, any case) or something wider (multi-region,
// dual-region, `global`, a Spanner multi-region config). A region-shaped location is the
// resource's own location, checked by the location policy: no flow. Anything wider is a
// `multi-location` destination looked up in the service's own catalog namespace, so the zone check
// covers every member country — and a name the catalog does not know is in no zone (fail closed).
import type { LocationService } from "../types";
import { readString, type Destinations } from "./read";

const REGION = /^[a-z]+-[a-z]+\d+$/i;
export const isGcpRegion = (name: string): boolean => REGION.test(name);

/** A location property: region → none; wider → multi-location in `service` (`upper` for GCS/BigQuery spelling). */
export function wideLocation(
  out: Destinations,
  property: string,
  raw: unknown,
  service: LocationService,
  upper: boolean,
): void {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown("multi-location", property);
  if (read.state === "absent" || isGcpRegion(read.value)) return;
  out.location(
    "multi-location",
    property,
    service,
    upper ? read.value.toUpperCase() : read.value.toLowerCase(),
  );
}

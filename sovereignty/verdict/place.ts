// Where data is or goes, as the verdict judges it: a catalog location, a name the catalog does not
// know (in no zone: fail closed), or a set of countries the cloud chooses at run time (AI
// inference: an EU data zone, or `worldwide`).
import { locationInZone } from "../zones";
import type { CountryCode, Location, Zone } from "../types";

export type Place =
  | { readonly kind: "location"; readonly location: Location; readonly raw: string }
  | { readonly kind: "unrecognised"; readonly raw: string }
  | {
      readonly kind: "countries";
      readonly countries: readonly CountryCode[] | "worldwide";
      /** Names the set in messages (`the Azure EU data zone`). */
      readonly label: string;
    };

/** Inside the zone only when every country the place may hold data in is; `worldwide` never is. */
export function placeInZone(place: Place, zone: Zone): boolean {
  switch (place.kind) {
    case "location":
      return locationInZone(place.location, zone);
    case "unrecognised":
      return false;
    case "countries":
      return (
        place.countries !== "worldwide" &&
        place.countries.length > 0 &&
        place.countries.every((c) => zone.countries.has(c))
      );
  }
}

/** The names an approval's `to` may match a place by. */
export function placeName(place: Place): readonly string[] {
  switch (place.kind) {
    case "location":
      return [place.location.name, place.raw];
    case "unrecognised":
      return [place.raw];
    case "countries":
      return [place.label];
  }
}

/** A place in a message: `` `eu-west-2` (GB) ``. */
export function describePlace(place: Place): string {
  switch (place.kind) {
    case "location":
      return `\`${place.location.name}\` (${place.location.countries.join(", ")})`;
    case "unrecognised":
      return `\`${place.raw}\`, which the catalog does not know,`;
    case "countries":
      return place.countries === "worldwide"
        ? `${place.label} (worldwide)`
        : `${place.label} (${place.countries.join(", ")})`;
  }
}

/** Same catalog entry (a multi-region that is the resource's own location). */
export function sameLocation(a: Location, b: Location): boolean {
  return a.cloud === b.cloud && a.service === b.service && a.name === b.name;
}

import { EEA_NON_EU_STATES, EU_MEMBER_STATES, EU_OUTERMOST_REGIONS, isCountryCode } from "./countries";
import { SovereigntyInputError, nearestHint } from "./errors";
import { SERVICES_BY_CLOUD, type Catalog, defaultCatalog, unknownLocationMessage } from "./catalog/catalog";
import { nearest } from "./catalog/suggest";
import { CLOUDS } from "./types";
import type { CountryCode, Location, Zone, ZoneSpec } from "./types";

export interface ZoneRegistry {
  get(id: string): Zone | undefined;
  /** The zone, or SovereigntyInputError naming the id and the nearest known ids. */
  require(id: string): Zone;
  list(): readonly Zone[];
}

interface BuiltinZone {
  readonly id: string;
  readonly name: string;
  readonly countries: readonly CountryCode[];
  readonly legalFrameworks: readonly string[];
}

// Zones are declarations, not legal conclusions: the frameworks are metadata for reports, never a verdict.
const EU = [...EU_MEMBER_STATES, ...EU_OUTERMOST_REGIONS];

export const BUILTIN_ZONES: readonly BuiltinZone[] = [
  { id: "eu", name: "European Union", countries: EU, legalFrameworks: ["GDPR (Regulation (EU) 2016/679)"] },
  {
    id: "eea",
    name: "European Economic Area (EU + Iceland, Liechtenstein, Norway)",
    countries: [...EU, ...EEA_NON_EU_STATES],
    legalFrameworks: ["GDPR (Regulation (EU) 2016/679), incorporated into the EEA Agreement"],
  },
  {
    id: "uk",
    name: "United Kingdom",
    countries: ["GB"],
    legalFrameworks: ["UK GDPR", "Data Protection Act 2018"],
  },
  {
    id: "ch",
    name: "Switzerland",
    countries: ["CH"],
    legalFrameworks: ["Federal Act on Data Protection (revFADP)"],
  },
  {
    id: "us",
    name: "United States",
    countries: ["US"],
    legalFrameworks: ["HIPAA", "GLBA", "State privacy laws (e.g. CCPA/CPRA)", "IRS Pub. 1075 (tax records)"],
  },
  { id: "ca", name: "Canada", countries: ["CA"], legalFrameworks: ["PIPEDA"] },
  { id: "br", name: "Brazil", countries: ["BR"], legalFrameworks: ["LGPD (Lei 13.709/2018)"] },
  { id: "in", name: "India", countries: ["IN"], legalFrameworks: ["DPDP Act 2023"] },
  { id: "au", name: "Australia", countries: ["AU"], legalFrameworks: ["Privacy Act 1988"] },
  { id: "jp", name: "Japan", countries: ["JP"], legalFrameworks: ["APPI"] },
  { id: "kr", name: "South Korea", countries: ["KR"], legalFrameworks: ["PIPA"] },
  { id: "sg", name: "Singapore", countries: ["SG"], legalFrameworks: ["PDPA"] },
  { id: "za", name: "South Africa", countries: ["ZA"], legalFrameworks: ["POPIA"] },
  { id: "cn", name: "China (mainland)", countries: ["CN"], legalFrameworks: ["PIPL", "Data Security Law"] },
];

const ZONE_ID = /^[a-z0-9_-]{1,63}$/;

function freezeZone(zone: Zone): Zone {
  return Object.freeze({
    ...zone,
    countries: new Set(zone.countries),
    legalFrameworks: Object.freeze([...zone.legalFrameworks]),
  });
}

class Registry implements ZoneRegistry {
  constructor(private readonly zones: ReadonlyMap<string, Zone>) {}

  get(id: string): Zone | undefined {
    return typeof id === "string" ? this.zones.get(id.trim().toLowerCase()) : undefined;
  }

  require(id: string): Zone {
    const zone = this.get(id);
    if (zone) return zone;
    const key = typeof id === "string" ? id.trim().toLowerCase() : "";
    const suggestions = nearest(
      key,
      this.list().map((z) => ({ name: z.id, keys: [z.id, z.name.toLowerCase()] })),
    );
    throw new SovereigntyInputError(
      `unknown zone "${String(id)}": expected one of ${[...this.zones.keys()].join(", ")}${nearestHint(suggestions)}`,
    );
  }

  list(): readonly Zone[] {
    return [...this.zones.values()];
  }
}

function zoneFromSpec(
  spec: ZoneSpec,
  index: number,
  catalog: Catalog,
  taken: ReadonlyMap<string, Zone>,
): Zone {
  const label = spec && typeof spec.id === "string" ? `zone "${spec.id}"` : `zone #${index + 1}`;
  if (spec === null || typeof spec !== "object") {
    throw new SovereigntyInputError(
      `${label}: expected an object { id, name?, countries?, locations?, legalFrameworks? }`,
    );
  }
  if (typeof spec.id !== "string" || !ZONE_ID.test(spec.id)) {
    throw new SovereigntyInputError(
      `${label}: the id must be 1-63 characters of lower-case letters, digits, "_" or "-" (it is a tag value)`,
    );
  }
  if (taken.has(spec.id)) {
    const origin = taken.get(spec.id)?.source === "builtin" ? "a built-in zone" : "defined twice";
    throw new SovereigntyInputError(`${label}: the id is already ${origin}; choose another id`);
  }
  const countries = new Set<CountryCode>();
  if (spec.countries !== undefined && !Array.isArray(spec.countries)) {
    throw new SovereigntyInputError(`${label}: "countries" must be a list of ISO 3166-1 alpha-2 codes`);
  }
  for (const raw of spec.countries ?? []) {
    const code = typeof raw === "string" ? raw.trim().toUpperCase() : "";
    if (!isCountryCode(code)) {
      throw new SovereigntyInputError(
        `${label}: "${String(raw)}" is not an ISO 3166-1 alpha-2 country code (expected e.g. "DE", "GB", "US")`,
      );
    }
    countries.add(code);
  }
  if (spec.locations !== undefined && !Array.isArray(spec.locations)) {
    throw new SovereigntyInputError(`${label}: "locations" must be a list of { cloud, service?, location }`);
  }
  const refs: NonNullable<ZoneSpec["locations"]> = spec.locations ?? [];
  for (const ref of refs) {
    if (!ref || !CLOUDS.includes(ref.cloud)) {
      throw new SovereigntyInputError(`${label}: a location's cloud must be one of ${CLOUDS.join(", ")}`);
    }
    const service = ref.service ?? "regions";
    if (!SERVICES_BY_CLOUD[ref.cloud].includes(service)) {
      throw new SovereigntyInputError(
        `${label}: service "${String(service)}" is not one of ${SERVICES_BY_CLOUD[ref.cloud].join(", ")} for ${ref.cloud}`,
      );
    }
    const location =
      typeof ref.location === "string" ? catalog.lookup(ref.cloud, service, ref.location) : undefined;
    if (!location) {
      throw new SovereigntyInputError(
        `${label}: ${unknownLocationMessage(catalog, ref.cloud, service, String(ref.location))}`,
      );
    }
    if (location.kind === "global") {
      throw new SovereigntyInputError(
        `${label}: ${ref.cloud} ${service} "${location.name}" is global, not a place`,
      );
    }
    for (const c of location.countries) countries.add(c);
  }
  if (countries.size === 0) {
    throw new SovereigntyInputError(`${label}: needs at least one country or location`);
  }
  if (
    spec.legalFrameworks !== undefined &&
    !(Array.isArray(spec.legalFrameworks) && spec.legalFrameworks.every((f) => typeof f === "string"))
  ) {
    throw new SovereigntyInputError(`${label}: "legalFrameworks" must be a list of strings`);
  }
  return freezeZone({
    id: spec.id,
    name: typeof spec.name === "string" && spec.name.trim() !== "" ? spec.name : spec.id,
    countries,
    legalFrameworks: spec.legalFrameworks ?? [],
    source: "policy-config",
  });
}

/** The built-in zones plus `extra` ones (by countries, by catalog locations, or both). */
export function createZones(catalog: Catalog, extra: readonly ZoneSpec[] = []): ZoneRegistry {
  const zones = new Map<string, Zone>();
  for (const z of BUILTIN_ZONES) {
    zones.set(z.id, freezeZone({ ...z, countries: new Set(z.countries), source: "builtin" }));
  }
  if (!Array.isArray(extra)) throw new SovereigntyInputError(`zones: expected a list, got ${typeof extra}`);
  extra.forEach((spec, index) => {
    const zone = zoneFromSpec(spec, index, catalog, zones);
    zones.set(zone.id, zone);
  });
  return new Registry(zones);
}

/**
 * Whether every country where `location` may hold data lies in `zone`. An unknown location
 * (undefined), an empty country set or a global location is in no zone: fail closed.
 */
export function locationInZone(location: Location | undefined, zone: Zone): boolean {
  if (!location || location.kind === "global" || location.countries.length === 0) return false;
  return location.countries.every((c) => zone.countries.has(c));
}

export function zonesContaining(location: Location, zones: ZoneRegistry): readonly Zone[] {
  return zones.list().filter((zone) => locationInZone(location, zone));
}

/** The built-in zones over the built-in catalog. */
export const defaultZones: ZoneRegistry = createZones(defaultCatalog);

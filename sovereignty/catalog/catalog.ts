import { SovereigntyInputError, nearestHint } from "../errors";
import { isCountryCode } from "../countries";
import { once } from "../once";
import { CLOUDS } from "../types";
import type { Cloud, Location, LocationKind, LocationService, LocationSpec } from "../types";
import { AWS_REGIONS, S3_LEGACY_LOCATION_CONSTRAINTS } from "./aws-regions";
import { AZURE_COMMUNICATION_LOCATIONS } from "./azure-communication-locations";
import { AZURE_REGIONS } from "./azure-regions";
import { BIGQUERY_LOCATIONS } from "./bigquery-locations";
import { GCP_KMS_LOCATIONS } from "./gcp-kms-locations";
import { GCP_REGIONS } from "./gcp-regions";
import { GCS_LOCATIONS } from "./gcs-locations";
import { awsRegionOfAvailabilityZone, gcpRegionOfZone, normalizeLocationKey } from "./normalize";
import { nearest, type SuggestCandidate } from "./suggest";
import type { CatalogTable } from "./table";

export const LOCATION_SERVICES: readonly LocationService[] = [
  "regions",
  "gcs",
  "gcp-kms",
  "bigquery",
  "communication",
];
const LOCATION_KINDS: readonly LocationKind[] = ["region", "multi-region", "dual-region", "global"];

/** Which services each cloud has a namespace for: Azure Communication Services keep data in geographies, not regions. */
export const SERVICES_BY_CLOUD: Readonly<Record<Cloud, readonly LocationService[]>> = {
  aws: ["regions"],
  azure: ["regions", "communication"],
  gcp: ["regions", "gcs", "gcp-kms", "bigquery"],
};

export interface Catalog {
  /**
   * The location `raw` names in `service` of `cloud`, in any spelling the cloud accepts:
   * Azure "West Europe"/"westeurope"/"WestEurope"; GCS `eu` = `EU`; a GCP zone `europe-west3-a`
   * is its region; an AWS Availability Zone `eu-central-1a` is its region. Undefined when unknown
   * (and then the location is in no zone: fail closed). AWS S3's legacy `EU` is not a region
   * name: see `lookupS3LocationConstraint`.
   */
  lookup(cloud: Cloud, service: LocationService, raw: string): Location | undefined;
  /**
   * S3 `LocationConstraint` (CreateBucketConfiguration / GetBucketLocation): the legacy `EU` is
   * eu-west-1, an empty or null constraint is us-east-1, anything else is a region code.
   */
  lookupS3LocationConstraint(raw: string | null | undefined): Location | undefined;
  /** Every location, optionally of one cloud and one service, in catalog order. */
  all(cloud?: Cloud, service?: LocationService): readonly Location[];
  /** The nearest known names to `raw` in that namespace, for error messages. */
  suggest(cloud: Cloud, service: LocationService, raw: string): readonly string[];
}

type Namespace = `${Cloud}/${LocationService}`;

const BUILTIN_TABLES: readonly CatalogTable[] = [
  AWS_REGIONS,
  AZURE_REGIONS,
  AZURE_COMMUNICATION_LOCATIONS,
  GCP_REGIONS,
  GCS_LOCATIONS,
  GCP_KMS_LOCATIONS,
  BIGQUERY_LOCATIONS,
];

function locationFromRow(table: CatalogTable, row: CatalogTable["rows"][number]): Location {
  return Object.freeze({
    cloud: table.cloud,
    service: table.service,
    name: row.name,
    kind: row.kind ?? "region",
    countries: Object.freeze([...row.countries]),
    displayName: row.displayName,
    ...(row.partition !== undefined && { partition: row.partition }),
    ...(row.pairedRegion !== undefined && { pairedRegion: row.pairedRegion }),
    ...(row.memberRegions !== undefined && { memberRegions: Object.freeze([...row.memberRegions]) }),
    source: table.source,
  });
}

class LocationCatalog implements Catalog {
  private readonly byNamespace = new Map<Namespace, Location[]>();
  private readonly index = new Map<Namespace, Map<string, Location>>();

  add(location: Location, extraKeys: readonly string[] = []): void {
    const ns: Namespace = `${location.cloud}/${location.service}`;
    let list = this.byNamespace.get(ns);
    let keys = this.index.get(ns);
    if (!list || !keys) {
      list = [];
      keys = new Map();
      this.byNamespace.set(ns, list);
      this.index.set(ns, keys);
    }
    list.push(location);
    // Azure accepts display names ("West Europe"); the other clouds accept only their codes.
    const spellings = location.cloud === "azure" ? [location.name, location.displayName] : [location.name];
    for (const spelling of [...spellings, ...extraKeys]) {
      const key = normalizeLocationKey(location.cloud, location.service, spelling);
      // The canonical name wins over another entry's display name.
      if (!keys.has(key) || spelling === location.name) keys.set(key, location);
    }
  }

  find(cloud: Cloud, service: LocationService, raw: string): Location | undefined {
    return this.index.get(`${cloud}/${service}`)?.get(normalizeLocationKey(cloud, service, raw));
  }

  lookup(cloud: Cloud, service: LocationService, raw: string): Location | undefined {
    if (typeof raw !== "string" || raw.trim() === "") return undefined;
    const direct = this.find(cloud, service, raw);
    if (direct) return direct;
    if (cloud === "gcp") {
      const region = gcpRegionOfZone(raw);
      return region === undefined ? undefined : this.find(cloud, service, region);
    }
    if (cloud === "aws") {
      const region = awsRegionOfAvailabilityZone(raw);
      return region === undefined ? undefined : this.find(cloud, service, region);
    }
    return undefined;
  }

  lookupS3LocationConstraint(raw: string | null | undefined): Location | undefined {
    const constraint = (raw ?? "").trim();
    const legacy = S3_LEGACY_LOCATION_CONSTRAINTS[constraint];
    return this.find("aws", "regions", legacy ?? constraint);
  }

  all(cloud?: Cloud, service?: LocationService): readonly Location[] {
    const result: Location[] = [];
    for (const [ns, list] of this.byNamespace) {
      const [c, s] = ns.split("/") as [Cloud, LocationService];
      if ((cloud === undefined || c === cloud) && (service === undefined || s === service))
        result.push(...list);
    }
    return result;
  }

  suggest(cloud: Cloud, service: LocationService, raw: string): readonly string[] {
    const list = this.byNamespace.get(`${cloud}/${service}`) ?? [];
    const candidates: SuggestCandidate[] = list.map((l) => ({
      name: l.name,
      keys: [
        normalizeLocationKey(cloud, service, l.name),
        normalizeLocationKey(cloud, service, l.displayName),
      ],
    }));
    return nearest(normalizeLocationKey(cloud, service, typeof raw === "string" ? raw : ""), candidates);
  }
}

/** GCS, KMS and BigQuery accept every GCP region too: one entry per service, same countries. */
function regionsForService(service: LocationService): CatalogTable {
  return { ...GCP_REGIONS, service };
}

function describeSpec(spec: LocationSpec, index: number): string {
  const name = spec && typeof spec.location === "string" ? `"${spec.location}"` : `#${index + 1}`;
  return `extra location ${name}`;
}

function validateSpec(spec: LocationSpec, index: number, catalog: LocationCatalog): Location {
  const what = describeSpec(spec, index);
  if (spec === null || typeof spec !== "object") {
    throw new SovereigntyInputError(
      `${what}: expected an object { cloud, service?, location, countries, kind? }`,
    );
  }
  if (!CLOUDS.includes(spec.cloud)) {
    throw new SovereigntyInputError(
      `${what}: cloud "${String(spec.cloud)}" is not one of ${CLOUDS.join(", ")}`,
    );
  }
  const service = spec.service ?? "regions";
  if (!SERVICES_BY_CLOUD[spec.cloud].includes(service)) {
    throw new SovereigntyInputError(
      `${what}: service "${String(service)}" is not one of ${SERVICES_BY_CLOUD[spec.cloud].join(", ")} for ${spec.cloud}`,
    );
  }
  if (typeof spec.location !== "string" || spec.location.trim() === "") {
    throw new SovereigntyInputError(`${what}: "location" must be a non-empty string`);
  }
  const kind = spec.kind ?? "region";
  if (!LOCATION_KINDS.includes(kind)) {
    throw new SovereigntyInputError(
      `${what}: kind "${String(kind)}" is not one of ${LOCATION_KINDS.join(", ")}`,
    );
  }
  if (!Array.isArray(spec.countries) || spec.countries.length === 0) {
    throw new SovereigntyInputError(
      `${what}: "countries" must be a non-empty list of ISO 3166-1 alpha-2 codes`,
    );
  }
  const countries: string[] = [];
  for (const raw of spec.countries) {
    const code = typeof raw === "string" ? raw.trim().toUpperCase() : "";
    if (!isCountryCode(code)) {
      throw new SovereigntyInputError(
        `${what}: "${String(raw)}" is not an ISO 3166-1 alpha-2 country code (expected e.g. "DE", "GB", "US")`,
      );
    }
    if (!countries.includes(code)) countries.push(code);
  }
  const location = spec.location.trim();
  const existing = catalog.find(spec.cloud, service, location);
  if (existing) {
    const same =
      existing.countries.length === countries.length &&
      existing.countries.every((c) => countries.includes(c));
    if (!same) {
      throw new SovereigntyInputError(
        `${what}: ${spec.cloud} ${service} location "${existing.name}" is already in the catalog with countries ` +
          `${existing.countries.join(", ")}; an extra location may add a place, not move a known one`,
      );
    }
    return existing;
  }
  return Object.freeze({
    cloud: spec.cloud,
    service,
    name: location,
    kind,
    countries: Object.freeze(countries),
    displayName: location,
    source: "policy-config",
  });
}

/**
 * The built-in catalog plus `extra` locations (from the policy config). Throws
 * SovereigntyInputError for a malformed extra location or one that contradicts the catalog.
 */
export function createCatalog(extra: readonly LocationSpec[] = []): Catalog {
  const catalog = new LocationCatalog();
  for (const table of BUILTIN_TABLES) {
    for (const row of table.rows) catalog.add(locationFromRow(table, row), row.aliases);
    if (table === GCP_REGIONS) {
      for (const service of ["gcs", "gcp-kms", "bigquery"] as const) {
        const derived = regionsForService(service);
        for (const row of derived.rows) catalog.add(locationFromRow(derived, row));
      }
    }
  }
  if (!Array.isArray(extra)) {
    throw new SovereigntyInputError(`extra locations: expected a list, got ${typeof extra}`);
  }
  extra.forEach((spec, index) => {
    const location = validateSpec(spec, index, catalog);
    if (location.source === "policy-config") catalog.add(location);
  });
  return catalog;
}

/** The built-in tables' catalog, built on its first lookup (docs/decisions/2026-11-30-lazy-tables.md). */
const builtinCatalog = once(() => createCatalog());

export const defaultCatalog: Catalog = {
  lookup: (cloud, service, raw) => builtinCatalog().lookup(cloud, service, raw),
  lookupS3LocationConstraint: (raw) => builtinCatalog().lookupS3LocationConstraint(raw),
  all: (cloud, service) => builtinCatalog().all(cloud, service),
  suggest: (cloud, service, raw) => builtinCatalog().suggest(cloud, service, raw),
};

/** "unknown azure location "x" (nearest: a, b)": the one-line message for an unknown location. */
export function unknownLocationMessage(
  catalog: Catalog,
  cloud: Cloud,
  service: LocationService,
  raw: string,
): string {
  const where = service === "regions" ? `${cloud} region` : `${cloud} ${service} location`;
  return `unknown ${where} "${raw}"${nearestHint(catalog.suggest(cloud, service, raw))}`;
}

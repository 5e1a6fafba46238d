// Effective location of a resource: its own `region`/`location` (pulumi-aws v7 per-resource
// region: pulumi/pulumi-aws docs/enhanced-region-support.md), else its provider's (`region` for
// aws and gcp, `location` for azure-native; default providers are synthesised from stack config), else
// the stack config (`aws:region`, `gcp:region`, `azure-native:location`), else a documented
// implicit default (BigQuery `US`). An unknown at the first place that decides stops the
// search: a later fallback would guess.
import type { Cloud, Location, LocationService } from "../types";
import type { CatalogLike } from "./model";
import { readString, type PropertyBag } from "./properties";
import type { EffectiveLocation, LocationRule, LocationSource } from "./types";
import { NO_LOCATION } from "./types";
import { Interned } from "../interned";

export interface LocationInput {
  readonly cloud: Cloud;
  readonly props: PropertyBag;
  readonly provider?: { readonly type: string; readonly properties: PropertyBag } | undefined;
  readonly config?: Readonly<Record<string, string>> | undefined;
  /** The raw location of the resource named by the rule's `parent` (an Azure resource group's), when the caller knows it. */
  readonly parentLocation?: string | undefined;
}

const PROVIDER_PROPERTY: Record<Cloud, string> = { aws: "region", azure: "location", gcp: "region" };
const CONFIG_KEY: Record<Cloud, string> = {
  aws: "aws:region",
  azure: "azure-native:location",
  gcp: "gcp:region",
};
const PROVIDER_TYPE: Record<Cloud, string> = {
  aws: "pulumi:providers:aws",
  azure: "pulumi:providers:azure-native",
  gcp: "pulumi:providers:gcp",
};

/** Turns a raw location value into the catalog name for the rule's service. */
export function parseLocationValue(rule: LocationRule, raw: string): string {
  const value = raw.trim();
  switch (rule.parse) {
    case "gcp-resource-id": {
      // projects/p/locations/europe-west3/keyRings/r (also inside full //cloudkms URLs)
      const match = /\/locations\/([^/]+)/.exec(value);
      return match ? match[1]! : value;
    }
    case "spanner-config": {
      // `regional-europe-west3`, or `projects/p/instanceConfigs/regional-europe-west3`
      const name = value.split("/").pop() ?? value;
      return name.startsWith("regional-") ? name.slice("regional-".length) : name;
    }
    default:
      return value;
  }
}

function resolve(
  catalog: CatalogLike,
  cloud: Cloud,
  service: LocationService,
  raw: string,
  from: LocationSource,
  property: string,
  rule: LocationRule,
): EffectiveLocation {
  const name = parseLocationValue(rule, raw);
  const location = catalog.lookup(cloud, service, name);
  if (!location) return { kind: "unrecognised", raw, from, property };
  return knownLocation(location, from, raw, property);
}

/**
 * Equal known readings are one object: a stack places thousands of resources in the same region
 * the same way, and the stack graph keeps a reading per resource. The readings are immutable;
 * a catalog location is told apart by identity (two catalogs may name a region differently), and
 * each catalog location's table is bounded.
 */
const knownReadings = new WeakMap<Location, Interned<EffectiveLocation>>();
const KNOWN_READINGS_LIMIT = 256;
function knownLocation(
  location: Location,
  from: LocationSource,
  raw: string,
  property: string,
): EffectiveLocation {
  let byReading = knownReadings.get(location);
  if (!byReading) knownReadings.set(location, (byReading = new Interned(KNOWN_READINGS_LIMIT)));
  return byReading.get(`${from}\u0000${raw}\u0000${property}`, () => ({
    kind: "known",
    location,
    from,
    raw,
    property,
  }));
}

export function effectiveLocation(
  rule: LocationRule,
  input: LocationInput,
  catalog: CatalogLike,
): EffectiveLocation {
  for (const property of rule.properties) {
    const read = readString(input.props, property.split("."));
    if (read.kind === "unknown") return { kind: "unknown", property: read.property, from: "resource" };
    if (read.kind === "value") {
      return resolve(
        catalog,
        input.cloud,
        rule.service,
        read.value as string,
        "resource",
        read.property,
        rule,
      );
    }
  }
  if (rule.providerDefault) {
    const providerProp = rule.parse === "gcp-zone" ? ["zone", "region"] : [PROVIDER_PROPERTY[input.cloud]];
    if (input.provider && input.provider.type === PROVIDER_TYPE[input.cloud]) {
      for (const p of providerProp) {
        const read = readString(input.provider.properties, [p]);
        if (read.kind === "unknown") return { kind: "unknown", property: `provider.${p}`, from: "provider" };
        if (read.kind === "value") {
          return resolve(
            catalog,
            input.cloud,
            rule.service,
            read.value as string,
            "provider",
            `provider.${p}`,
            rule,
          );
        }
      }
    }
    const configKeys = rule.parse === "gcp-zone" ? ["gcp:zone", "gcp:region"] : [CONFIG_KEY[input.cloud]];
    for (const key of configKeys) {
      const value = input.config?.[key];
      if (typeof value === "string" && value.trim() !== "") {
        return resolve(catalog, input.cloud, rule.service, value, "config", key, rule);
      }
    }
  }
  if (rule.parent && input.parentLocation && input.parentLocation.trim() !== "") {
    return resolve(
      catalog,
      input.cloud,
      rule.service,
      input.parentLocation,
      "parent",
      rule.parent.property,
      rule,
    );
  }
  if (rule.implicitDefault) {
    return resolve(
      catalog,
      input.cloud,
      rule.service,
      rule.implicitDefault,
      "implicit",
      rule.properties[0] ?? "location",
      rule,
    );
  }
  return NO_LOCATION;
}

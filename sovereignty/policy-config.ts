// The zones and locations a policy pack config declares, as one model (catalog + zones over it).
// The same JSON file `pulumi preview --policy-pack-config` takes: under `all.sovereignty` and under
// any policy's own `sovereignty` (the pack merges `all` with each policy's entry). One question for
// the whole pack takes the union; an identical spec repeated in several entries counts once, two
// different zones with one id are refused by createZones. The CLI's model commands and the
// components read custom zones through this, so `dach` means the same everywhere.
import { createCatalog, type Catalog } from "./catalog/catalog";
import { SovereigntyInputError } from "./errors";
import type { LocationSpec, ZoneSpec } from "./types";
import { createZones, type ZoneRegistry } from "./zones";

/** A catalog and the zones over it. */
export interface SovereigntyModel {
  readonly catalog: Catalog;
  readonly zones: ZoneRegistry;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The model a parsed pack config declares. Throws SovereigntyInputError naming the bad key. */
export function modelFromPolicyConfig(config: unknown): SovereigntyModel {
  if (!isObject(config))
    throw new SovereigntyInputError("expected a JSON object keyed by policy name (or `all`)");
  const zones = new Map<string, ZoneSpec>();
  const locations = new Map<string, LocationSpec>();
  const entries = Object.entries(config).sort(([a], [b]) => (a === "all" ? -1 : b === "all" ? 1 : 0));
  for (const [name, entry] of entries) {
    if (!isObject(entry) || entry["sovereignty"] === undefined) continue;
    const sovereignty = entry["sovereignty"];
    if (!isObject(sovereignty)) throw new SovereigntyInputError(`${name}.sovereignty: expected an object`);
    for (const [key, into] of [
      ["zones", zones],
      ["locations", locations],
    ] as const) {
      const list = sovereignty[key];
      if (list === undefined) continue;
      if (!Array.isArray(list))
        throw new SovereigntyInputError(`${name}.sovereignty.${key}: expected a list, got ${typeof list}`);
      for (const spec of list as unknown[]) (into as Map<string, unknown>).set(JSON.stringify(spec), spec);
    }
  }
  const catalog = createCatalog([...locations.values()]);
  return { catalog, zones: createZones(catalog, [...zones.values()]) };
}

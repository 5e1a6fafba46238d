import { readFileSync } from "node:fs";
import {
  createCatalog,
  createZones,
  defaultCatalog,
  defaultZones,
  SovereigntyInputError,
  type Catalog,
  type LocationSpec,
  type ZoneRegistry,
  type ZoneSpec,
} from "../../../sovereignty";
import { UserError } from "../../errors";

/** What `zones`, `regions` and `where` answer from: a catalog and the zones over it. */
export interface Model {
  readonly catalog: Catalog;
  readonly zones: ZoneRegistry;
}

export const DEFAULT_MODEL: Model = { catalog: defaultCatalog, zones: defaultZones };

export const POLICY_CONFIG_FLAG = "--policy-config <file>";
export const POLICY_CONFIG_HELP =
  "the JSON file `pulumi preview --policy-pack-config` takes: adds the zones and locations its `sovereignty` settings declare";

function refuse(file: string, problem: string): never {
  throw new UserError(`--policy-config ${file}: ${problem}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The zones and locations declared anywhere in the pack config: under `all.sovereignty` and under
 * any policy's own `sovereignty` (policypack/settings.ts merges `all` with each policy's entry).
 * The CLI answers one question for the whole pack, so it takes the union; an identical spec
 * repeated in several entries counts once, two different zones with one id are refused by createZones.
 */
function declared(
  file: string,
  config: Record<string, unknown>,
): { zones: ZoneSpec[]; locations: LocationSpec[] } {
  const zones = new Map<string, ZoneSpec>();
  const locations = new Map<string, LocationSpec>();
  const entries = Object.entries(config).sort(([a], [b]) => (a === "all" ? -1 : b === "all" ? 1 : 0));
  for (const [name, entry] of entries) {
    if (!isObject(entry) || entry["sovereignty"] === undefined) continue;
    const sovereignty = entry["sovereignty"];
    if (!isObject(sovereignty)) refuse(file, `${name}.sovereignty: expected an object`);
    for (const [key, into] of [
      ["zones", zones],
      ["locations", locations],
    ] as const) {
      const list = sovereignty[key];
      if (list === undefined) continue;
      if (!Array.isArray(list))
        refuse(file, `${name}.sovereignty.${key}: expected a list, got ${typeof list}`);
      for (const spec of list as unknown[]) (into as Map<string, unknown>).set(JSON.stringify(spec), spec);
    }
  }
  return { zones: [...zones.values()], locations: [...locations.values()] };
}

/** The model for `--policy-config FILE`, or the built-in one without the flag. Throws UserError. */
export function loadModel(file: string | undefined): Model {
  if (file === undefined) return DEFAULT_MODEL;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    refuse(file, `cannot read the file${code ? ` (${code})` : ""}`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    refuse(file, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(config)) refuse(file, "expected a JSON object keyed by policy name (or `all`)");
  const { zones, locations } = declared(file, config);
  try {
    const catalog = createCatalog(locations);
    return { catalog, zones: createZones(catalog, zones) };
  } catch (error) {
    if (error instanceof SovereigntyInputError) refuse(file, error.message);
    throw error;
  }
}

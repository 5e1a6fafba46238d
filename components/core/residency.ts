// The residency checks every component runs in its constructor, before any resource exists:
// the zone and classification are resolved against the model, and every location the component
// will use (its region, replica and copy regions, key locations) must lie inside the zone when
// the classification says data stays in the zone (docs/design.md, classification table).
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import {
  CLASSIFICATION_RULES,
  CLASSIFICATIONS,
  defaultCatalog,
  defaultZones,
  locationInZone,
  modelFromPolicyConfig,
  parseClassification,
  SovereigntyInputError,
  unknownLocationMessage,
  type Classification,
  type ClassificationRules,
  type Cloud,
  type Location,
  type LocationService,
  type SovereigntyModel,
  type Zone,
} from "../../sovereignty";
import { fail, type ComponentContext } from "./errors";
import { residencyTags } from "./tags";

/** Stack configuration keys the components read when an argument is omitted. */
export const CONFIG = {
  /** `sovereignty:zone` — the declared zone id (`eu`, `us`, `br`, ...). */
  zone: { namespace: "sovereignty", key: "zone" },
  /** `sovereignty:classification` — `public`, `internal`, `confidential`, `personal` or `special`. */
  classification: { namespace: "sovereignty", key: "classification" },
  /**
   * `sovereignty:policyConfig` — the path (relative to the program's folder) of the JSON file given
   * to `pulumi preview --policy-pack-config`: the zones and locations it declares are known to the
   * components too, so a custom zone such as `dach` means the same to the pack and to them.
   */
  policyConfig: { namespace: "sovereignty", key: "policyConfig" },
  /** Each provider's own default location key. */
  aws: { namespace: "aws", key: "region" },
  azure: { namespace: "azure-native", key: "location" },
  gcp: { namespace: "gcp", key: "region" },
} as const;

/** What every component takes to know where its data may live. Plain values: checked at construction. */
export interface ResidencyArgs {
  /**
   * The declared zone the data must stay in (`eu`, `eea`, `us`, `br`, ...): becomes the
   * `data-residency` tag on every child. Default: stack config `sovereignty:zone`. Required.
   */
  zone?: string;
  /**
   * What the data is (`public`, `internal`, `confidential`, `personal`, `special`): becomes the
   * `data-classification` tag and decides what the component enforces (customer-managed key in the
   * same region, immutable backups with a minimum retention). Default: stack config
   * `sovereignty:classification`. Required.
   */
  classification?: Classification;
}

export interface Residency {
  /** The zones and catalog the component judges with (built in, plus the policy config's). */
  readonly model: SovereigntyModel;
  readonly zone: Zone;
  readonly classification: Classification;
  readonly rules: ClassificationRules;
  /** `{ "data-residency": zone, "data-classification": classification }`. */
  readonly tags: Readonly<Record<string, string>>;
}

function configValue(namespace: string, key: string): string | undefined {
  const value = new pulumi.Config(namespace).get(key);
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

const DEFAULT_MODEL: SovereigntyModel = { catalog: defaultCatalog, zones: defaultZones };
const modelsByFile = new Map<string, SovereigntyModel>();

/**
 * The model of stack config `sovereignty:policyConfig` (read once per file and process), else the
 * built-in one. A file that cannot be read or declares a bad zone fails the component at `zone`.
 */
export function componentModel(ctx: ComponentContext): SovereigntyModel {
  const { namespace, key } = CONFIG.policyConfig;
  const file = configValue(namespace, key);
  if (file === undefined) return DEFAULT_MODEL;
  const absolute = path.resolve(file);
  const cached = modelsByFile.get(absolute);
  if (cached !== undefined) return cached;
  const where = `stack config \`${namespace}:${key}\` ${file}`;
  let config: unknown;
  try {
    config = JSON.parse(fs.readFileSync(absolute, "utf8"));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    fail(ctx, "zone", `${where}: ${code === "ENOENT" ? "no such file" : (code ?? (err as Error).message)}`);
  }
  try {
    const model = modelFromPolicyConfig(config);
    modelsByFile.set(absolute, model);
    return model;
  } catch (err) {
    if (err instanceof SovereigntyInputError) fail(ctx, "zone", `${where}: ${err.message}`);
    throw err;
  }
}

/** Zone and classification from the args or the stack config, validated against the model. */
export function resolveResidency(ctx: ComponentContext, args: ResidencyArgs): Residency {
  const model = componentModel(ctx);
  const rawZone = args.zone ?? configValue(CONFIG.zone.namespace, CONFIG.zone.key);
  if (rawZone === undefined) {
    fail(ctx, "zone", "no zone declared: pass `zone` or set stack config `sovereignty:zone` (e.g. `eu`)");
  }
  let zone: Zone;
  try {
    zone = model.zones.require(rawZone);
  } catch (err) {
    if (err instanceof SovereigntyInputError) fail(ctx, "zone", err.message);
    throw err;
  }
  const rawClassification =
    args.classification ?? configValue(CONFIG.classification.namespace, CONFIG.classification.key);
  if (rawClassification === undefined) {
    fail(
      ctx,
      "classification",
      `no classification declared: pass \`classification\` or set stack config \`sovereignty:classification\` (one of ${CLASSIFICATIONS.join(", ")})`,
    );
  }
  const classification = parseClassification(rawClassification);
  if (classification === undefined) {
    fail(
      ctx,
      "classification",
      `"${String(rawClassification)}" is not a classification: expected one of ${CLASSIFICATIONS.join(", ")}`,
    );
  }
  return {
    model,
    zone,
    classification,
    rules: CLASSIFICATION_RULES[classification],
    tags: residencyTags(zone.id, classification),
  };
}

function describe(location: Location): string {
  return `${location.name} (${location.displayName}, in ${location.countries.join(", ")})`;
}

/** "…is outside the declared zone `eu` (European Union)" — docs/design.md: never a legal verdict. */
export function outsideZoneMessage(what: string, location: Location, zone: Zone): string {
  return `${what} ${describe(location)} is outside the declared zone "${zone.id}" (${zone.name})`;
}

/**
 * Looks `raw` up in the catalog and, when the classification keeps data in the zone, checks it
 * lies inside the zone. `input` names the argument in errors.
 */
export function requireLocation(
  ctx: ComponentContext,
  residency: Residency,
  cloud: Cloud,
  service: LocationService,
  raw: string,
  input: string,
): Location {
  if (typeof raw !== "string" || raw.trim() === "") fail(ctx, input, "expected a non-empty location name");
  const { catalog } = residency.model;
  const location = catalog.lookup(cloud, service, raw);
  if (!location) fail(ctx, input, unknownLocationMessage(catalog, cloud, service, raw));
  if (location.kind === "global")
    fail(ctx, input, `"${location.name}" is global, not a place data can be kept`);
  if (residency.rules.staysInZone && !locationInZone(location, residency.zone)) {
    fail(
      ctx,
      input,
      `${outsideZoneMessage("", location, residency.zone).trim()}; ${residency.classification} data must stay in the zone`,
    );
  }
  return location;
}

/** The component's primary location: the argument, else the provider's stack config key. */
export function resolvePrimaryLocation(
  ctx: ComponentContext,
  residency: Residency,
  cloud: Cloud,
  service: LocationService,
  raw: string | undefined,
  input: string,
): Location {
  const config = CONFIG[cloud];
  const value = raw ?? configValue(config.namespace, config.key);
  if (value === undefined) {
    fail(
      ctx,
      input,
      `no ${input} given: pass \`${input}\` or set stack config \`${config.namespace}:${config.key}\``,
    );
  }
  return requireLocation(ctx, residency, cloud, service, value, input);
}

/** Positive whole number check for day counts and similar. */
export function requirePositiveInteger(
  ctx: ComponentContext,
  input: string,
  value: number,
  min = 1,
  max?: number,
): number {
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) {
    fail(
      ctx,
      input,
      `expected a whole number ${max === undefined ? `>= ${min}` : `from ${min} to ${max}`}, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * Minimum retention of immutable backups when the classification requires them and the user gave
 * none. 30 days matches the policy pack's default `sovereignty.minimumRetentionDays`.
 */
export const DEFAULT_MIN_RETENTION_DAYS = 30;

/**
 * The minimum retention of an immutable backup. For classifications that require immutable
 * backups (`personal`, `special`) it may not be below DEFAULT_MIN_RETENTION_DAYS, the pack's default
 * `minimumRetentionDays`: a shorter lock would be a child the pack rejects, built without a word.
 */
export function requireMinRetentionDays(
  ctx: ComponentContext,
  residency: Residency,
  input: string,
  value: number,
): number {
  const min = residency.rules.immutableBackups ? DEFAULT_MIN_RETENTION_DAYS : 1;
  if (Number.isInteger(value) && value >= 1 && value < min) {
    fail(
      ctx,
      input,
      `${value} days is below the ${min}-day minimum retention ${residency.classification} backups require (the policy pack's default minimumRetentionDays)`,
    );
  }
  return requirePositiveInteger(ctx, input, value, min);
}

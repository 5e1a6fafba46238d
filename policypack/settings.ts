// Settings every policy reads: validated with the schema the policies declare (./configValidator),
// defaults applied by the pack (the SDK applies none), the model built once per distinct config.
// Invalid config is rejected by throwing PolicyConfigError from the policy: the engine (and the
// runner) report "Error validating resource with policy ...: <message>" and stop — never a
// silent pass with half the settings.
import type { ErrorObject } from "ajv";
import {
  CATALOG_VERSION,
  createCatalog,
  createZones,
  SovereigntyInputError,
  type Catalog,
  type ZoneRegistry,
} from "../sovereignty";
import type { GraphSettings } from "../sovereignty/graph";
import type { Classification, LocationSpec, ZoneSpec } from "../sovereignty/types";
import type { ApprovalContext, TransferApproval } from "../sovereignty/verdict";
import { allKeyConfig } from "./allKey";
import { configValidator, type ConfigValidator } from "./configValidator";
import { MINIMUM_RETENTION_DAYS_DEFAULT, type SovereigntyConfig } from "./schema";

export class PolicyConfigError extends Error {
  constructor(message: string) {
    super(`invalid policy pack configuration: ${message}`);
    this.name = "PolicyConfigError";
    // A user mistake, not a bug: the engine prints `stack`; keep it to the one clear line.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export type Approval = TransferApproval;

export interface Settings extends GraphSettings, ApprovalContext {
  readonly catalog: Catalog;
  readonly zones: ZoneRegistry;
  readonly approvals: ReadonlyMap<string, Approval>;
  readonly minimumRetentionDays: number;
  readonly defaults: { readonly residency?: string; readonly classification?: Classification };
  /** `sovereignty.requireTagsOnProcessing`: processing resources must carry the residency tags too. */
  readonly requireTagsOnProcessing: boolean;
  readonly now: Date;
  readonly catalogVersion: string;
}

// The built pack runs ajv's standalone output (scripts/build.mjs): no ajv to load or compile at
// start or on the first Analyze.
function validate(value: unknown): ConfigValidator {
  const validator = configValidator();
  validator(value);
  return validator;
}

function describeError(where: string, e: ErrorObject): string {
  const path = e.instancePath
    .split("/")
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join("");
  const at = `${where}${path}`;
  const schema = e.parentSchema as { description?: string } | undefined;
  if (e.keyword === "additionalProperties") {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    const allowed = Object.keys((schema as { properties?: object } | undefined)?.properties ?? {}).join(", ");
    return `${at}: unknown key \`${extra}\`; expected one of ${allowed}`;
  }
  if (e.keyword === "required") {
    return `${at}: missing \`${(e.params as { missingProperty: string }).missingProperty}\``;
  }
  const expected = schema?.description ?? e.message ?? "a valid value";
  return `${at}: got ${JSON.stringify(e.data)}; expected ${expected}`;
}

function parseDate(where: string, raw: string, endOfDay: boolean): Date {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}Z` : raw;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new PolicyConfigError(`${where}: \`${raw}\` is not a valid date`);
  return date;
}

/** Merges the `all` key's `sovereignty` with the policy's own (the policy's keys win). */
export function sharedConfig(own: Readonly<Record<string, unknown>>): { where: string; value: unknown } {
  const fromAll = allKeyConfig()?.["sovereignty"];
  const fromPolicy = own["sovereignty"];
  if (fromAll === undefined) return { where: "sovereignty", value: fromPolicy ?? {} };
  if (fromPolicy === undefined) return { where: "all.sovereignty", value: fromAll };
  if (
    typeof fromAll !== "object" ||
    fromAll === null ||
    typeof fromPolicy !== "object" ||
    fromPolicy === null
  ) {
    return { where: "sovereignty", value: fromPolicy };
  }
  return { where: "sovereignty", value: { ...(fromAll as object), ...(fromPolicy as object) } };
}

const cache = new Map<string, Settings>();

/** Validated settings for a policy's config (`args.getConfig()`); throws PolicyConfigError. */
export function loadSettings(own: Readonly<Record<string, unknown>>, policyName: string): Settings {
  const { where, value } = sharedConfig(own ?? {});
  const key = JSON.stringify(value);
  const cached = cache.get(key);
  if (cached) return cached;
  const label = where === "all.sovereignty" ? "all.sovereignty" : `${policyName}.sovereignty`;
  const checked = validate(value);
  if (checked.errors) {
    throw new PolicyConfigError(checked.errors.map((e) => describeError(label, e)).join("; "));
  }
  const config = value as SovereigntyConfig;
  let catalog: Catalog;
  let zones: ZoneRegistry;
  try {
    catalog = createCatalog((config.locations ?? []) as unknown as LocationSpec[]);
    zones = createZones(catalog, (config.zones ?? []) as unknown as ZoneSpec[]);
  } catch (e) {
    if (e instanceof SovereigntyInputError) throw new PolicyConfigError(`${label}: ${e.message}`);
    throw e;
  }
  const approvals = new Map<string, Approval>();
  for (const [i, a] of (config.approvals ?? []).entries()) {
    const at = `${label}.approvals[${i}]`;
    if (approvals.has(a.id)) throw new PolicyConfigError(`${at}.id: approval \`${a.id}\` is declared twice`);
    if (!zones.get(a.from)) {
      throw new PolicyConfigError(
        `${at}.from: \`${a.from}\` is not a zone (known: ${zones
          .list()
          .map((z) => z.id)
          .join(", ")})`,
      );
    }
    approvals.set(a.id, { ...a, expiresAt: parseDate(`${at}.expires`, a.expires, true) });
  }
  const residency = config.defaults?.["data-residency"];
  if (residency !== undefined && !zones.get(residency)) {
    throw new PolicyConfigError(
      `${label}.defaults.data-residency: \`${residency}\` is not a zone (known: ${zones
        .list()
        .map((z) => z.id)
        .join(", ")})`,
    );
  }
  const classification = config.defaults?.["data-classification"] as Classification | undefined;
  // `now`: the config's `sovereignty.now`, else SOVEREIGNTY_NOW (what the runner's `--now` sets in
  // the pack's environment), else the current date.
  const envNow = process.env["SOVEREIGNTY_NOW"];
  const fixedNow = config.now
    ? parseDate(`${label}.now`, config.now, false)
    : envNow
      ? parseDate("SOVEREIGNTY_NOW", envNow, false)
      : undefined;
  const settings: Settings = {
    catalog,
    zones,
    approvals,
    minimumRetentionDays: config.minimumRetentionDays ?? MINIMUM_RETENTION_DAYS_DEFAULT,
    defaults: { ...(residency ? { residency } : {}), ...(classification ? { classification } : {}) },
    requireTagsOnProcessing: config.requireTagsOnProcessing ?? false,
    now: fixedNow ?? new Date(),
    catalogVersion: CATALOG_VERSION,
  };
  // Without a fixed `now`, expiry is judged at the current date: re-read it on every use.
  const result: Settings = fixedNow
    ? settings
    : {
        ...settings,
        get now() {
          return new Date();
        },
      };
  if (cache.size < 64) cache.set(key, result);
  return result;
}

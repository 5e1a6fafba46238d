// The policy configuration `pulumi preview --policy-pack-config FILE` takes, and what the engine
// does with it before `Configure`: fill each policy's schema defaults, apply the pack's initial
// config, apply "all" then per-policy entries, and validate every policy's properties against its
// declared schema. Source: pulumi/pulumi pkg/resource/analyzer/config.go
// (parsePolicyPackConfig, ReconcilePolicyPackConfig, applyConfig, validatePolicyConfig).
import Ajv, { type ValidateFunction } from "ajv";
import { UserError } from "../../errors";
import type { EnforcementLevel } from "../report/types";

export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = [
  "advisory",
  "mandatory",
  "remediate",
  "disabled",
];

/** One entry of the file: a bare enforcement level, or an object with optional level and properties. */
export type PolicyConfigEntry =
  | EnforcementLevel
  | ({ readonly enforcementLevel?: EnforcementLevel } & { readonly [property: string]: unknown });

/** The whole file: `{ "<policy name>" | "all": entry }`. */
export interface PolicyConfigFile {
  readonly [policy: string]: PolicyConfigEntry;
}

/** A policy's effective configuration, as sent in `Configure`. */
export interface PolicyConfig {
  readonly enforcementLevel: EnforcementLevel | "";
  readonly properties: { readonly [property: string]: unknown };
}

/** A policy's config schema as GetAnalyzerInfo declares it (PolicyConfigSchema). */
export interface ConfigSchema {
  readonly properties: { readonly [key: string]: unknown };
  readonly required: readonly string[];
}

export interface PolicyInfo {
  readonly name: string;
  readonly enforcementLevel: EnforcementLevel;
  /** Present when the pack supports config; `properties` may be empty. */
  readonly configSchema?: ConfigSchema;
}

/**
 * The validators of policies' config schemas, for one pack: one ajv instance, each distinct schema
 * compiled once. Packs often declare one shared schema on every policy (ours does), and a runner
 * that analyses several snapshots with one pack validates against the same schemas each time.
 */
export class ConfigSchemaValidators {
  // Each schema validates one config per snapshot: ajv's optimisation passes over the code it
  // generates (a quarter to a third of compiling a 4 KB schema) cost more than they could save.
  private readonly ajv = new Ajv({ allErrors: true, strict: false, code: { optimize: false } });
  private readonly compiled = new Map<string, ValidateFunction>();

  /**
   * Compiles ajv's meta-schema, which ajv otherwise compiles inside the first `compile` (to check
   * the schema) and which no pack's answer changes: ~15–25 ms a runner can spend while the pack is
   * still loading.
   */
  prepare(): void {
    this.ajv.validateSchema({ type: "object" });
  }

  /** The validator of `schema`; throws ajv's error for an invalid schema (nothing is cached then). */
  validatorFor(schema: object): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) this.compiled.set(key, (validate = this.ajv.compile(schema)));
    return validate;
  }
}

function isLevel(value: unknown): value is EnforcementLevel {
  return typeof value === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(value);
}

/** Parses and checks the file's shape (what the engine rejects, we reject): a UserError naming the file. */
export function parsePolicyConfig(text: string, file: string): PolicyConfigFile {
  if (text.trim() === "") return {}; // the engine accepts an empty file as no config
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`--policy-config ${file}: not valid JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UserError(
      `--policy-config ${file}: expected a JSON object { "<policy-name>": { "enforcementLevel": ..., ... } }`,
    );
  }
  for (const [policy, entry] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof entry === "string") {
      if (!isLevel(entry)) {
        throw new UserError(
          `--policy-config ${file}: "${policy}": "${entry}" is not an enforcement level (${ENFORCEMENT_LEVELS.join(", ")})`,
        );
      }
    } else if (entry !== null && typeof entry === "object" && !Array.isArray(entry)) {
      const level = (entry as Record<string, unknown>).enforcementLevel;
      if (level !== undefined && !isLevel(level)) {
        throw new UserError(
          `--policy-config ${file}: "${policy}".enforcementLevel: ${JSON.stringify(level)} is not one of ${ENFORCEMENT_LEVELS.join(", ")}`,
        );
      }
    } else {
      throw new UserError(`--policy-config ${file}: "${policy}" must be an enforcement level or an object`);
    }
  }
  return parsed as PolicyConfigFile;
}

function entryToConfig(entry: PolicyConfigEntry): PolicyConfig {
  if (typeof entry === "string") return { enforcementLevel: entry, properties: {} };
  const { enforcementLevel, ...properties } = entry;
  return { enforcementLevel: enforcementLevel ?? "", properties };
}

function applyConfig(result: Map<string, PolicyConfig>, toApply: ReadonlyMap<string, PolicyConfig>): void {
  const all = toApply.get("all");
  if (all && all.enforcementLevel !== "") {
    for (const [name, config] of result)
      result.set(name, { ...config, enforcementLevel: all.enforcementLevel });
  }
  for (const [name, given] of toApply) {
    const current = result.get(name);
    result.set(name, {
      enforcementLevel:
        given.enforcementLevel !== "" ? given.enforcementLevel : (current?.enforcementLevel ?? ""),
      properties: { ...(current?.properties ?? {}), ...given.properties },
    });
  }
}

/** Levenshtein distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/**
 * The configuration the engine would send for this pack: defaults, then the pack's initial config,
 * then the file's. Throws a UserError naming the file when an entry names no policy of the pack
 * or a policy's resulting properties fail its schema.
 */
export function reconcilePolicyConfig(
  packName: string,
  policies: readonly PolicyInfo[],
  initialConfig: ReadonlyMap<string, PolicyConfig>,
  file: PolicyConfigFile | undefined,
  fileName: string,
  validators: ConfigSchemaValidators = new ConfigSchemaValidators(),
): Map<string, PolicyConfig> {
  const result = new Map<string, PolicyConfig>();
  for (const policy of policies) {
    const properties: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
      if (schema !== null && typeof schema === "object" && "default" in schema) {
        properties[key] = (schema as { default: unknown }).default;
      }
    }
    result.set(policy.name, { enforcementLevel: policy.enforcementLevel, properties });
  }
  applyConfig(result, initialConfig);
  if (file) {
    const known = new Set(policies.map((p) => p.name));
    const given = new Map<string, PolicyConfig>();
    for (const [name, entry] of Object.entries(file)) {
      if (name !== "all" && !known.has(name)) {
        // The engine would silently keep it; a misspelt policy name is a config that does nothing.
        const nearest = [...known].sort((a, b) => distance(name, a) - distance(name, b)).slice(0, 3);
        throw new UserError(
          `--policy-config ${fileName}: pack '${packName}' has no policy "${name}"` +
            (nearest.length > 0 ? ` (nearest: ${nearest.join(", ")})` : ""),
        );
      }
      given.set(name, entryToConfig(entry));
    }
    applyConfig(result, given);
  }

  // The engine sends every entry of the merged config in Configure and refuses one without a level
  // (pulumi/pulumi sdk/go/common/resource/plugin/analyzer_plugin.go Configure: `invalid enforcement
  // level %q`). A named policy keeps its own level; an "all" entry without one stays levelless.
  for (const [name, config] of result) {
    if (config.enforcementLevel === "") {
      throw new UserError(
        `--policy-config ${fileName}: invalid enforcement level "" for "${name}", as \`pulumi preview\` would refuse it: give "${name}" an "enforcementLevel" (${ENFORCEMENT_LEVELS.join(", ")})`,
      );
    }
  }

  for (const policy of policies) {
    if (!policy.configSchema) continue;
    const schema: Record<string, unknown> = { type: "object" };
    if (Object.keys(policy.configSchema.properties).length > 0)
      schema.properties = policy.configSchema.properties;
    if (policy.configSchema.required.length > 0) schema.required = policy.configSchema.required;
    let validate;
    try {
      validate = validators.validatorFor(schema);
    } catch (error) {
      throw new UserError(
        `pack '${packName}' declares an invalid config schema for "${policy.name}": ${(error as Error).message}`,
      );
    }
    const properties = result.get(policy.name)?.properties ?? {};
    if (!validate(properties)) {
      const problems = (validate.errors ?? []).map(
        (e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`,
      );
      throw new UserError(`--policy-config ${fileName}: "${policy.name}": ${problems.join("; ")}`);
    }
  }
  return result;
}

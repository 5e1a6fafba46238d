// Stack configuration as `pulumi preview` would hand it to the program: project-level defaults
// from Pulumi.yaml, then `Pulumi.<stack>.yaml`, then extra files, then `--config key=value`.
// Keys are `<namespace>:<key>`; a bare key belongs to the project
// (https://www.pulumi.com/docs/iac/concepts/config/). Structured values reach programs as JSON.
// `secure:` values are encrypted with a key we do not have: the program sees a placeholder and
// the key is reported as secret, so nothing downstream mistakes the placeholder for the value.

import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { UserError } from "../../errors";
import { firstLine, isRecord, type PulumiProject } from "./project";

/** What a program reads for a `secure:` config value that cannot be decrypted offline. */
export const SECRET_PLACEHOLDER = "[secret: not decrypted offline]";

export interface StackConfig {
  readonly values: Readonly<Record<string, string>>;
  readonly secretKeys: readonly string[];
}

export interface StackConfigOptions {
  readonly stack: string;
  /** Overrides like `--config key=value` (bare keys belong to the project). */
  readonly overrides?: Readonly<Record<string, string>>;
  /** Further files in the `Pulumi.<stack>.yaml` format, applied after the stack's own file. */
  readonly configFiles?: readonly string[];
}

export function stackConfigFile(project: PulumiProject, stack: string): string {
  return path.join(project.stackConfigDir, `Pulumi.${stack}.yaml`);
}

export function loadStackConfig(project: PulumiProject, options: StackConfigOptions): StackConfig {
  const values = new Map<string, string>();
  const secretKeys = new Set<string>();
  const set = (rawKey: string, raw: unknown, source: string): void => {
    const key = namespacedKey(project.name, rawKey, source);
    const { text, secret } = configText(raw, `${source}: ${rawKey}`);
    values.set(key, text);
    if (secret) secretKeys.add(key);
    else secretKeys.delete(key);
  };

  for (const [key, declaration] of Object.entries(project.config)) {
    // Project-level config is either a plain value or a declaration with `default`/`value`.
    if (isRecord(declaration) && !("secure" in declaration)) {
      const value = declaration["value"] ?? declaration["default"];
      if (value !== undefined) set(key, value, project.file);
    } else if (declaration !== undefined && declaration !== null) {
      set(key, declaration, project.file);
    }
  }

  const stackFile = stackConfigFile(project, options.stack);
  if (fs.existsSync(stackFile)) {
    applyFile(stackFile, set);
  } else if (!/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+){0,2}$/.test(options.stack)) {
    throw new UserError(`stack name ${JSON.stringify(options.stack)} is not a valid Pulumi stack name`);
  } else {
    // Pulumi allows a stack configured elsewhere (Pulumi ESC, a backend): go on with the project's
    // config and say so, rather than refuse a stack `pulumi preview` would run.
    const known = knownStacks(project);
    process.stderr.write(
      `sovereignty: warning: stack ${options.stack} has no ${path.basename(stackFile)} in ${path.relative(process.cwd(), project.stackConfigDir) || "."}${known.length > 0 ? ` (stacks with a file: ${known.join(", ")})` : ""}; using the project config only (add --config key=value for settings kept elsewhere, e.g. Pulumi ESC)\n`,
    );
  }
  for (const file of options.configFiles ?? []) {
    if (!fs.existsSync(file)) throw new UserError(`config file ${file} does not exist`);
    applyFile(file, set);
  }
  for (const [key, value] of Object.entries(options.overrides ?? {})) {
    set(key, value, "--config");
  }
  return { values: Object.fromEntries(values), secretKeys: [...secretKeys].sort() };
}

/** Stacks with a `Pulumi.<stack>.yaml` next to the project. */
export function knownStacks(project: PulumiProject): string[] {
  if (!fs.existsSync(project.stackConfigDir)) return [];
  return fs
    .readdirSync(project.stackConfigDir)
    .map((file) => /^Pulumi\.(.+)\.ya?ml$/.exec(file)?.[1])
    .filter((stack): stack is string => stack !== undefined)
    .sort();
}

/** Parses `key=value` pairs as given to `--config`. */
export function parseConfigOverrides(pairs: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UserError(`--config ${pair}: expected key=value, e.g. aws:region=eu-central-1`);
    result[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return result;
}

function applyFile(file: string, set: (key: string, raw: unknown, source: string) => void): void {
  let doc: unknown;
  try {
    doc = parseYaml(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new UserError(`${file} is not valid YAML: ${firstLine(err)}`);
  }
  if (doc === null || doc === undefined) return;
  if (!isRecord(doc)) throw new UserError(`${file} must be a YAML mapping with a "config:" key`);
  const config = doc["config"];
  if (config === undefined || config === null) return;
  if (!isRecord(config)) throw new UserError(`${file}: "config:" must be a mapping of key: value`);
  for (const [key, value] of Object.entries(config)) set(key, value, file);
}

function namespacedKey(project: string, key: string, source: string): string {
  const parts = key.split(":");
  if (parts.some((part) => part === "") || parts.length > 3) {
    throw new UserError(`${source}: config key ${JSON.stringify(key)} is not of the form <namespace>:<key>`);
  }
  if (parts.length === 1) return `${project}:${key}`;
  // `aws:config:region` is the old spelling of `aws:region`.
  if (parts.length === 3 && parts[1] === "config") return `${parts[0]}:${parts[2]}`;
  if (parts.length === 3) {
    throw new UserError(`${source}: config key ${JSON.stringify(key)} is not of the form <namespace>:<key>`);
  }
  return key;
}

function configText(raw: unknown, where: string): { text: string; secret: boolean } {
  if (isRecord(raw) && Object.keys(raw).length === 1 && "secure" in raw) {
    return { text: SECRET_PLACEHOLDER, secret: true };
  }
  if (typeof raw === "string") return { text: raw, secret: false };
  if (typeof raw === "number" || typeof raw === "boolean") return { text: String(raw), secret: false };
  if (raw === null || raw === undefined) return { text: "", secret: false };
  if (typeof raw === "object") {
    let secret = false;
    const plain = JSON.stringify(raw, (_key, value: unknown) => {
      if (isRecord(value) && Object.keys(value).length === 1 && "secure" in value) {
        secret = true;
        return SECRET_PLACEHOLDER;
      }
      return value;
    });
    return { text: plain, secret };
  }
  throw new UserError(`${where}: unsupported config value`);
}

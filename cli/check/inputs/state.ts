// `pulumi stack export` → StackSnapshot.
// The file is an UntypedDeployment `{ version, deployment }` whose deployment is a DeploymentV3
// `{ manifest, secrets_providers?, resources: ResourceV3[], pending_operations?, metadata? }`.
// Version 3 is DeploymentSchemaVersionCurrent; version 4 (DeploymentSchemaVersionLatest) is the
// same shape written when the state uses newer features, listed in `features`.
// Sources (pulumi/pulumi): sdk/go/common/apitype/core.go (UntypedDeployment, DeploymentV3,
// ResourceV3, SecretV1), pkg/resource/stack/deployment.go (DeserializeResource: urn and type are
// required; DeserializePropertyValue: the computed placeholder, secrets with exactly one of
// `ciphertext` / `plaintext`, resource references), pkg/resource/deploy/analyze_snapshot.go
// (`pulumi policy analyze` analyses every resource not marked `delete`, with its inputs).
import * as path from "node:path";
import { UserError } from "../../errors";
import {
  SECRET_SIG,
  SIG_KEY,
  UNKNOWN,
  type SnapshotResource,
  type StackSnapshot,
  type WireObject,
  type WireValue,
} from "../snapshot";
import { isProviderType, packageOf, urnName } from "../engine/providers";
import { engineMarshalled, MalformedReferenceError } from "../engine/marshal";
import { rewriteValue } from "../rewrite";
import { isObject, OPAQUE_SECRET, readJsonFile } from "./json-file";

const FLAG = "--state";
const EXPECTED =
  'the output of `pulumi stack export` ({ "version": 3, "deployment": { "resources": [...] } })';
const SUPPORTED_VERSIONS = [3, 4];

class StateFormatError extends Error {}

/**
 * Converts one serialised state value to the engine's wire form (secrets kept, references as
 * ids). Copy on write: a value with nothing to convert is returned as parsed, so a 50,000-resource
 * export is not held twice (parsed and converted); only the objects and arrays on the way to a
 * secret or a resource reference are new. `path` is where we are, for messages (built only on an
 * error).
 */
function stateValue(value: unknown, path: (string | number)[]): WireValue {
  return rewriteValue(value, stateLeaf, path);
}

/** A secret as the engine keeps it (an encrypted one: a secret of unknown value), a reference as the analyzer receives it. */
function stateLeaf(value: unknown, path: (string | number)[]): WireValue | undefined {
  if (!isObject(value)) return undefined;
  const sig = value[SIG_KEY];
  if (sig === SECRET_SIG) {
    const hasCipher = typeof value.ciphertext === "string";
    const hasPlain = typeof value.plaintext === "string";
    if (hasCipher === hasPlain) {
      throw new StateFormatError(
        `${where(path)}: a secret must have exactly one of "ciphertext" or "plaintext"`,
      );
    }
    // Encrypted: we hold no key, so the engine's secret is, to us, a secret of unknown value.
    if (hasCipher) return OPAQUE_SECRET;
    let inner: unknown;
    try {
      inner = JSON.parse(value.plaintext as string);
    } catch {
      throw new StateFormatError(`${where(path)}: a secret's "plaintext" must be JSON`);
    }
    return { [SIG_KEY]: SECRET_SIG, value: stateValue(inner, path) };
  }
  try {
    return engineMarshalled(value);
  } catch (error) {
    if (error instanceof MalformedReferenceError)
      throw new StateFormatError(`${where(path)}: a resource reference must have a "urn"`);
    throw error;
  }
}

/** `resources[3].inputs.tags[0]` from its segments. */
function where(path: readonly (string | number)[]): string {
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join("");
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new StateFormatError(`${where} must be a list of URNs`);
  }
  return value as string[];
}

function toResource(raw: unknown, index: number): SnapshotResource | undefined {
  const where = `resources[${index}]`;
  if (!isObject(raw)) throw new StateFormatError(`${where} is not an object`);
  if (typeof raw.urn !== "string" || raw.urn === "") throw new StateFormatError(`${where} has no "urn"`);
  if (typeof raw.type !== "string" || raw.type === "")
    throw new StateFormatError(`${where} (${raw.urn}) has no "type"`);
  if (raw.delete === true) return undefined; // pending deletion: not analysed (analyze_snapshot.go)
  if (raw.inputs !== undefined && raw.inputs !== null && !isObject(raw.inputs)) {
    throw new StateFormatError(`${where} (${raw.urn}): "inputs" must be an object`);
  }
  const propertyDependencies: { [key: string]: string[] } = {};
  if (raw.propertyDependencies !== undefined && raw.propertyDependencies !== null) {
    if (!isObject(raw.propertyDependencies)) {
      throw new StateFormatError(`${where} (${raw.urn}): "propertyDependencies" must be an object`);
    }
    for (const [key, urns] of Object.entries(raw.propertyDependencies)) {
      propertyDependencies[key] = stringList(urns, `${where}.propertyDependencies.${key}`);
    }
  }
  const optionalString = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value !== "string")
      throw new StateFormatError(`${where} (${raw.urn}): "${key}" must be a string`);
    return value;
  };
  const parent = optionalString("parent");
  const provider = optionalString("provider");
  const id = optionalString("id");
  return {
    urn: raw.urn,
    type: raw.type,
    name: urnName(raw.urn),
    custom: raw.custom === true,
    ...(id !== undefined ? { id } : {}),
    ...(parent !== undefined ? { parent } : {}),
    ...(provider !== undefined ? { provider } : {}),
    properties: stateValue(raw.inputs ?? {}, [`${where}.inputs`]) as WireObject,
    ...(raw.outputs !== undefined
      ? { outputs: stateValue(raw.outputs, [`${where}.outputs`]) as WireObject }
      : {}),
    dependencies: stringList(raw.dependencies, `${where}.dependencies`),
    propertyDependencies,
    ...(raw.protect === true ? { protect: true } : {}),
  };
}

/** `urn:pulumi:<stack>::<project>::...` → stack and project. */
export function stackOfUrn(urn: string): { stack: string; project: string } | undefined {
  const match = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(urn);
  return match ? { stack: match[1]!, project: match[2]! } : undefined;
}

/** Stack config as the default providers were given it: `<pkg>:<key>` from their inputs. */
export function configFromDefaultProviders(resources: readonly SnapshotResource[]): {
  [key: string]: string;
} {
  const config: { [key: string]: string } = {};
  for (const resource of resources) {
    if (!isProviderType(resource.type) || !resource.name.startsWith("default")) continue;
    const pkg = packageOf(resource.type);
    for (const [key, value] of Object.entries(resource.properties)) {
      if (key === "version" || key.startsWith("__")) continue; // plugin version, engine-internal keys
      if (value === null) continue;
      if (isObject(value) && value[SIG_KEY] === SECRET_SIG) {
        config[`${pkg}:${key}`] = UNKNOWN;
      } else {
        config[`${pkg}:${key}`] = typeof value === "string" ? value : JSON.stringify(value);
      }
    }
  }
  return config;
}

export function loadStateSnapshot(file: string): StackSnapshot {
  const parsed = readJsonFile(file, FLAG, EXPECTED);
  const fail = (what: string): never => {
    throw new UserError(`${FLAG} ${file}: ${what}; expected ${EXPECTED}`);
  };
  if (!isObject(parsed)) return fail("the file is not a JSON object");
  if (Array.isArray(parsed.steps) || isObject(parsed.changeSummary)) {
    return fail("this is `pulumi preview --json` output (use --preview)");
  }
  if (!("version" in parsed) || !("deployment" in parsed)) {
    return fail(`it has no "version" and "deployment"`);
  }
  if (typeof parsed.version !== "number" || !SUPPORTED_VERSIONS.includes(parsed.version)) {
    return fail(`deployment version ${JSON.stringify(parsed.version)} is not supported (this reads 3 and 4)`);
  }
  const deployment = parsed.deployment;
  if (!isObject(deployment)) return fail(`"deployment" is not an object`);
  const rawResources = deployment.resources ?? [];
  if (!Array.isArray(rawResources)) return fail(`"deployment.resources" is not a list`);

  let resources: SnapshotResource[];
  try {
    resources = rawResources.map(toResource).filter((r): r is SnapshotResource => r !== undefined);
  } catch (error) {
    if (error instanceof StateFormatError) throw new UserError(`${FLAG} ${file}: ${error.message}`);
    throw error;
  }
  const root = resources.find((r) => r.type === "pulumi:pulumi:Stack") ?? resources[0];
  const identity = root ? stackOfUrn(root.urn) : undefined;
  if (root && !identity) return fail(`resource URN ${JSON.stringify(root.urn)} is not a Pulumi URN`);
  const fallback = path.basename(file).replace(/\.json$/i, "");
  return {
    origin: file,
    kind: "state",
    project: identity?.project ?? fallback,
    stack: identity?.stack ?? fallback,
    config: configFromDefaultProviders(resources),
    resources,
  };
}

// `pulumi preview --json` → StackSnapshot.
// The file is a PreviewDigest `{ config?, steps?, diagnostics?, duration?, changeSummary?,
// maybeCorrupt? }`; each step is a PreviewStep `{ op, urn, provider?, oldState?, newState?,
// diffReasons?, replaceReasons?, detailedDiff? }` whose states are ResourceV3, as in a state file.
// What the JSON shows (pkg/backend/display/json.go ShowPreviewDigest, stateForJSONOutput):
//   - secrets are replaced by the string "[secret]" (MassageSecrets with showSecrets=false) — we
//     send them as secrets of unknown value; a secret config value is "[secret]" too;
//   - a value not known until apply is the computed placeholder
//     "04da6b54-80e4-46f7-96ec-b56ff0331ba9" (pkg/resource/stack/deployment.go
//     SerializePropertyValue; older CLIs dropped such properties altogether);
//   - unchanged resources (op "same") and therefore unchanged providers appear only with
//     `--show-sames`; replacement halves only with `--show-replacement-steps`.
// Sources (pulumi/pulumi): sdk/go/common/display/json.go (PreviewDigest, PreviewStep),
// pkg/backend/display/json.go, sdk/go/common/apitype/core.go (ResourceV3).
import * as path from "node:path";
import { UserError } from "../../errors";
import {
  UNKNOWN,
  type SnapshotResource,
  type StackSnapshot,
  type WireObject,
  type WireValue,
} from "../snapshot";
import { engineMarshalled, MalformedReferenceError } from "../engine/marshal";
import { rewriteValue } from "../rewrite";
import { referenceUrn, urnName } from "../engine/providers";
import { isObject, OPAQUE_SECRET, readJsonFile } from "./json-file";
import { stackOfUrn } from "./state";

const FLAG = "--preview";
const EXPECTED = 'the output of `pulumi preview --json` ({ "steps": [ { "op", "urn", "newState" } ] })';
const REDACTED_SECRET = "[secret]";

/** Steps whose resource does not exist after the update: not analysed. */
const DELETING_OPS = new Set([
  "delete",
  "delete-replaced",
  "discard",
  "discard-replaced",
  "read-discard",
  "remove-pending-replace",
]);

class PreviewFormatError extends Error {}

/** Redacted secrets as opaque secrets, references as the analyzer receives them. */
function previewValue(value: unknown): WireValue {
  return rewriteValue(value, (inner) => {
    if (inner === REDACTED_SECRET) return OPAQUE_SECRET;
    try {
      return engineMarshalled(inner);
    } catch (error) {
      if (error instanceof MalformedReferenceError)
        throw new PreviewFormatError(`a resource reference has no "urn"`);
      throw error;
    }
  });
}

function stringList(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    throw new PreviewFormatError(`${where} must be a list of URNs`);
  }
  return value as string[];
}

function toResource(
  step: { readonly [key: string]: unknown },
  state: { readonly [key: string]: unknown },
  where: string,
): SnapshotResource {
  const urn = typeof state.urn === "string" && state.urn !== "" ? state.urn : (step.urn as string);
  if (typeof state.type !== "string" || state.type === "")
    throw new PreviewFormatError(`${where}.newState has no "type"`);
  if (state.inputs !== undefined && state.inputs !== null && !isObject(state.inputs)) {
    throw new PreviewFormatError(`${where}.newState.inputs must be an object`);
  }
  const propertyDependencies: { [key: string]: string[] } = {};
  if (isObject(state.propertyDependencies)) {
    for (const [key, urns] of Object.entries(state.propertyDependencies)) {
      propertyDependencies[key] = stringList(urns, `${where}.newState.propertyDependencies.${key}`);
    }
  }
  const str = (value: unknown): string | undefined =>
    typeof value === "string" && value !== "" ? value : undefined;
  const parent = str(state.parent);
  const provider = str(state.provider) ?? str(step.provider);
  const id = str(state.id);
  return {
    urn,
    type: state.type,
    name: urnName(urn),
    custom: state.custom === true,
    ...(id !== undefined ? { id } : {}),
    ...(parent !== undefined ? { parent } : {}),
    ...(provider !== undefined ? { provider } : {}),
    properties: previewValue(state.inputs ?? {}) as WireObject,
    dependencies: stringList(state.dependencies, `${where}.newState.dependencies`),
    propertyDependencies,
    ...(state.protect === true ? { protect: true } : {}),
  };
}

/**
 * Steps that read a resource the program does not manage (`Resource.get`, `StackReference`): the
 * engine does not analyse read steps (pkg/resource/deploy/step_generator.go GenerateReadSteps asks
 * no analyzer), but they are present for references.
 */
const READ_OPS = new Set(["read", "read-replacement"]);

export interface PreviewOptions {
  /** Accept a file known to lack resources (no `--show-sames`); the snapshot then says why it is partial. */
  readonly allowPartial?: boolean;
}

/**
 * Why a preview file is known to be incomplete, or undefined. Without `--show-sames` unchanged
 * resources and explicit providers are absent while the resources that remain still reference them;
 * the engine analyses every resource, unchanged ones included. An absent default provider is not a
 * sign (its inputs are the stack config, which the file carries).
 */
function missingFromPreview(
  stepCount: number,
  present: ReadonlySet<string>,
  resources: readonly SnapshotResource[],
): string | undefined {
  if (stepCount === 0) return "it has no steps";
  for (const resource of resources) {
    const referenced = [
      ...(resource.parent !== undefined ? [resource.parent] : []),
      ...resource.dependencies,
      ...Object.values(resource.propertyDependencies).flat(),
    ];
    const missing = referenced.find((urn) => !present.has(urn));
    if (missing !== undefined) return `${resource.urn} references ${missing}, which is not in the file`;
    if (resource.provider !== undefined) {
      const provider = referenceUrn(resource.provider);
      if (!present.has(provider) && !urnName(provider).startsWith("default")) {
        return `${resource.urn} uses provider ${provider}, which is not in the file`;
      }
    }
  }
  return undefined;
}

export function loadPreviewSnapshot(file: string, options: PreviewOptions = {}): StackSnapshot {
  const parsed = readJsonFile(file, FLAG, EXPECTED);
  const fail = (what: string): never => {
    throw new UserError(`${FLAG} ${file}: ${what}; expected ${EXPECTED}`);
  };
  if (!isObject(parsed)) return fail("the file is not a JSON object");
  if ("deployment" in parsed && "version" in parsed)
    return fail("this is `pulumi stack export` output (use --state)");
  if (!("steps" in parsed) && !("changeSummary" in parsed)) return fail(`it has no "steps"`);
  const steps = parsed.steps ?? [];
  if (!Array.isArray(steps)) return fail(`"steps" is not a list`);

  const resources: SnapshotResource[] = [];
  const seen = new Set<string>();
  const present = new Set<string>();
  try {
    steps.forEach((step: unknown, index: number) => {
      const where = `steps[${index}]`;
      if (!isObject(step)) throw new PreviewFormatError(`${where} is not an object`);
      if (typeof step.op !== "string" || step.op === "") throw new PreviewFormatError(`${where} has no "op"`);
      if (typeof step.urn !== "string" || step.urn === "")
        throw new PreviewFormatError(`${where} has no "urn"`);
      present.add(step.urn);
      if (DELETING_OPS.has(step.op) || READ_OPS.has(step.op)) return;
      const state = step.newState;
      if (state === undefined || state === null) {
        throw new PreviewFormatError(`${where} (${step.op} ${step.urn}) has no "newState"`);
      }
      if (!isObject(state)) throw new PreviewFormatError(`${where}.newState is not an object`);
      if (state.delete === true) return;
      // A replacement can show as "replace" and "create-replacement" for one URN: analyse it once.
      const urn = typeof state.urn === "string" && state.urn !== "" ? state.urn : step.urn;
      if (seen.has(urn)) return;
      seen.add(urn);
      resources.push(toResource(step, state, where));
    });
  } catch (error) {
    if (error instanceof PreviewFormatError) throw new UserError(`${FLAG} ${file}: ${error.message}`);
    throw error;
  }

  const config: { [key: string]: string } = {};
  if (parsed.config !== undefined) {
    if (!isObject(parsed.config)) return fail(`"config" is not an object`);
    for (const [key, value] of Object.entries(parsed.config)) {
      if (typeof value !== "string") continue;
      // A blinded secret: its value is not in the file.
      config[key] = value === REDACTED_SECRET ? UNKNOWN : value;
    }
  }

  const firstUrn = resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ?? resources[0]?.urn;
  const identity = firstUrn ? stackOfUrn(firstUrn) : undefined;
  if (firstUrn && !identity) return fail(`resource URN ${JSON.stringify(firstUrn)} is not a Pulumi URN`);
  const fallback = path.basename(file).replace(/\.json$/i, "");
  const partial = missingFromPreview(steps.length, present, resources);
  if (partial !== undefined && options.allowPartial !== true) {
    throw new UserError(
      `${FLAG} ${file}: ${partial}: the file lacks unchanged resources; run \`pulumi preview --json --show-sames\` (or pass --allow-partial to check only what it holds)`,
    );
  }
  return {
    origin: file,
    kind: "preview",
    project: identity?.project ?? fallback,
    stack: identity?.stack ?? fallback,
    config,
    resources,
    ...(partial !== undefined ? { partial: `${partial}; unchanged resources were not checked` } : {}),
  };
}

// Hand-made stacks run through the built pack over gRPC, as the engine runs it (the runner's
// engine: spawn, ConfigureStack, Configure, Analyze per resource, AnalyzeStack). For tests of
// behaviour that must hold on the wire, not only in-process through ./harness.ts.
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { analyzeSnapshot, parsePolicyConfig, type AnalysisResult } from "../../cli/check/engine";
import type { PolicyConfigFile } from "../../cli/check/engine";
import type { SnapshotResource, StackSnapshot, WireObject } from "../../cli/check/snapshot";

export const ROOT = path.resolve(__dirname, "..", "..");
export const PACK = path.join(ROOT, "dist", "policypack");
const STACK = "dev";
const PROJECT = "proj";

let built = false;

/**
 * Builds dist/policypack (well under a second) once per test process; call from a `before`.
 * Rebuilding removes the folder first, so a second build while a pack of the first is starting
 * would pull its working directory away.
 */
export function buildPack(): void {
  if (built) return;
  built = true;
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs"), "--policypack"], {
    cwd: ROOT,
    stdio: "pipe",
  });
}

export function wireUrn(type: string, name: string): string {
  return `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`;
}

/** A custom resource of the stack; `deps` are its property dependencies (URNs). */
export function res(
  type: string,
  name: string,
  properties: WireObject,
  deps: Record<string, string[]> = {},
): SnapshotResource {
  return {
    urn: wireUrn(type, name),
    type,
    name,
    custom: true,
    properties,
    dependencies: Object.values(deps).flat(),
    propertyDependencies: deps,
  };
}

export function stackOf(resources: SnapshotResource[], config: Record<string, string> = {}): StackSnapshot {
  return { origin: "test", kind: "preview", project: PROJECT, stack: STACK, config, resources };
}

/** The violations of a stack as `<policy> <level> <resource name>: <message tail>`. */
export async function onTheWire(
  snapshot: StackSnapshot,
  policyConfig?: PolicyConfigFile,
  now = "2026-11-01",
): Promise<string[]> {
  const result: AnalysisResult = await analyzeSnapshot(snapshot, {
    packDir: PACK,
    now,
    ...(policyConfig
      ? { policyConfig: parsePolicyConfig(JSON.stringify(policyConfig), "policy-config.json") }
      : {}),
  });
  return result.violations.map(
    (v) => `${v.policyName} ${v.enforcementLevel} ${v.urn.split("::").pop()}: ${v.message.split("\n").pop()}`,
  );
}

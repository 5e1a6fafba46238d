// Shared settings under the `all` key of `--policy-pack-config`.
//
// The engine sends every key of the policy pack config in `Configure`, `all` included, with its
// properties (docs/reference/pulumi-policy-sdk.md, "Configure"). But @pulumi/policy keeps that map private and `args.getConfig()` only
// returns the calling policy's own entry. So we observe the map where the SDK reads it:
// `ConfigureAnalyzerRequest.getPolicyconfigMap` of the @pulumi/pulumi protobuf module that the
// SDK's server uses. If that internal ever
// moves, `all` stops working and per-policy `sovereignty` config still does: nothing fails open,
// the pack just sees fewer settings (and then reports resources against the built-in zones).
// Each policy's configured enforcement level is read from the same map (docs/decisions/
// 2026-11-30-sdk-patch-all-key.md).
let allProperties: Readonly<Record<string, unknown>> | undefined;
let installed = false;

/** A policy's enforcement level as `Configure` set it. */
export type ConfiguredLevel = "advisory" | "mandatory" | "disabled" | "remediate";
/** pulumirpc.EnforcementLevel (proto/analyzer.proto): ADVISORY 0, MANDATORY 1, DISABLED 2, REMEDIATE 3. */
const LEVELS: readonly ConfiguredLevel[] = ["advisory", "mandatory", "disabled", "remediate"];
let levels: ReadonlyMap<string, ConfiguredLevel> = new Map();

interface StructLike {
  toJavaScript(): Record<string, unknown>;
}
interface PolicyConfigLike {
  getProperties(): StructLike | undefined;
  getEnforcementlevel?(): number;
}
interface ConfigMapLike {
  get(key: string): PolicyConfigLike | undefined;
  forEach?(callback: (value: PolicyConfigLike, key: string) => void): void;
}

export function installAllKeyCapture(): boolean {
  if (installed) return true;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const proto = require("@pulumi/pulumi/proto/analyzer_pb") as {
      ConfigureAnalyzerRequest?: { prototype: { getPolicyconfigMap?: (...a: unknown[]) => ConfigMapLike } };
    };
    const prototype = proto.ConfigureAnalyzerRequest?.prototype;
    const original = prototype?.getPolicyconfigMap;
    if (!prototype || typeof original !== "function") return false;
    prototype.getPolicyconfigMap = function (this: unknown, ...rest: unknown[]) {
      const map = original.apply(this, rest);
      try {
        const all = map.get("all");
        allProperties = all?.getProperties()?.toJavaScript() ?? undefined;
      } catch {
        allProperties = undefined;
      }
      try {
        // Every policy's configured level, read in the same place: the stack policy leaves a fact
        // to a resource policy only when that policy reports it at least as strictly.
        const found = new Map<string, ConfiguredLevel>();
        map.forEach?.((config, name) => {
          const level = LEVELS[config.getEnforcementlevel?.() ?? -1];
          if (level) found.set(name, level);
        });
        levels = found;
      } catch {
        levels = new Map();
      }
      return map;
    };
    installed = true;
    return true;
  } catch {
    return false;
  }
}

/** The `all` entry's properties from the last `Configure`, if any. */
export function allKeyConfig(): Readonly<Record<string, unknown>> | undefined {
  return allProperties;
}

/** The enforcement level `Configure` gave a policy, if it gave one (else the policy's declared level). */
export function configuredLevel(policy: string): ConfiguredLevel | undefined {
  return levels.get(policy);
}

/** For tests: set what `Configure` would have delivered under `all`. */
export function setAllKeyConfigForTesting(value: Readonly<Record<string, unknown>> | undefined): void {
  allProperties = value;
}

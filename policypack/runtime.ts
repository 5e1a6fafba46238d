// Glue between @pulumi/policy's arguments and the pure model: raw properties (never read
// through the unknown-checking proxy, which would turn an unknown into an advisory "can't run
// policy during preview" and so a pass), per-violation enforcement levels, message format.
import type { ReportViolation, ResourceValidationArgs } from "@pulumi/policy";
import { CATALOG_VERSION } from "../sovereignty";
import type { Classification, Zone } from "../sovereignty/types";
import type { ResourceInput } from "../sovereignty/resource";

/** The key @pulumi/policy's props proxy answers with its target (node_modules/@pulumi/policy/proxy.js). */
const PROXY_TARGET = "__getSpecialProxyTarget";

/** The raw property bag behind a props proxy (or the bag itself). Unknowns stay sentinel strings. */
export function raw(props: unknown): Readonly<Record<string, unknown>> {
  if (props === null || typeof props !== "object") return {};
  const target = (props as Record<string, unknown>)[PROXY_TARGET];
  return (target && typeof target === "object" ? target : props) as Readonly<Record<string, unknown>>;
}

let stackConfig: Readonly<Record<string, string>> | undefined;
/** Stack config the engine passes to the pack (`PULUMI_CONFIG`, JSON), e.g. `aws:region`. */
export function engineStackConfig(): Readonly<Record<string, string>> {
  if (stackConfig) return stackConfig;
  try {
    const parsed: unknown = JSON.parse(process.env["PULUMI_CONFIG"] ?? "{}");
    const out: Record<string, string> = {};
    if (parsed && typeof parsed === "object") {
      for (const [k, v] of Object.entries(parsed)) if (typeof v === "string") out[k] = v;
    }
    stackConfig = out;
  } catch {
    stackConfig = {};
  }
  return stackConfig;
}

export function resourceInput(
  args: Pick<ResourceValidationArgs, "type" | "props" | "provider">,
): ResourceInput {
  return {
    type: args.type,
    properties: raw(args.props),
    ...(args.provider
      ? { provider: { type: args.provider.type, properties: raw(args.provider.props) } }
      : {}),
    config: engineStackConfig(),
  };
}

/**
 * `policy`: at the policy's own (configured) enforcement level. `advisory`: never above advisory
 * (an unverifiable value on data that is not personal/special). The object form of
 * reportViolation carries a per-violation level (node_modules/@pulumi/policy/server.js
 * makeReportViolationFun); it is not in the public type, hence the cast.
 */
export type Level = "policy" | "advisory";

export function report(reportViolation: ReportViolation, level: Level, message: string, urn?: string): void {
  const text = `${message} [catalog ${CATALOG_VERSION}]`;
  if (level === "policy") {
    reportViolation(text, urn);
    return;
  }
  (
    reportViolation as unknown as (v: { message: string; urn?: string; enforcementLevel: "advisory" }) => void
  )({
    message: text,
    ...(urn ? { urn } : {}),
    enforcementLevel: "advisory",
  });
}

/** design.md: an unresolvable value on personal/special data is mandatory "cannot verify"; otherwise advisory. */
export function unknownLevel(classification: Classification | undefined): Level {
  return classification === "personal" || classification === "special" ? "policy" : "advisory";
}

export function outsideZone(zone: Zone): string {
  return `outside the declared zone \`${zone.id}\``;
}

export function cannotVerify(
  what: string,
  property: string,
  classification: Classification | undefined,
): string {
  const cls = classification ? ` (${classification} data)` : "";
  return `cannot verify ${what}${cls}: \`${property}\` is unknown until the resource is created`;
}

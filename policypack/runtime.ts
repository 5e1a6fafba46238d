// Glue between @pulumi/policy's arguments and the pure model: raw properties (never read
// through the unknown-checking proxy, which would turn an unknown into an advisory "can't run
// policy during preview" and so a pass), the stack config the engine passes, and findings
// (sovereignty/verdict) turned into violations at their level.
import type { PolicyResource, ReportViolation, ResourceValidationArgs } from "@pulumi/policy";
import { CATALOG_VERSION } from "../sovereignty";
import type { ResourceRecord } from "../sovereignty/graph";
import type { ResourceInput } from "../sovereignty/resource";
import type { Finding } from "../sovereignty/verdict";

/** The key @pulumi/policy's props proxy answers with its target (docs/reference/pulumi-policy-sdk.md). */
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

/** No property dependencies (most resources): one shared, frozen map. */
const NO_DEPENDENCIES: ResourceRecord["propertyDependencies"] = Object.freeze({});

/**
 * The resources of AnalyzeStack as the stack graph's neutral records. The SDK sends every
 * resource with its own decoded copy of its provider; the records share one per provider URN
 * (the same provider state), so a 50,000-resource graph does not keep 50,000 provider objects.
 */
export function recordsOf(resources: readonly PolicyResource[]): ResourceRecord[] {
  const providers = new Map<string, NonNullable<ResourceRecord["provider"]>>();
  return resources.map((resource) => {
    let provider: ResourceRecord["provider"];
    if (resource.provider) {
      provider = providers.get(resource.provider.urn);
      if (!provider) {
        provider = { type: resource.provider.type, properties: raw(resource.provider.props) };
        providers.set(resource.provider.urn, provider);
      }
    }
    return recordOf(resource, provider);
  });
}

function recordOf(resource: PolicyResource, provider: ResourceRecord["provider"]): ResourceRecord {
  let propertyDependencies: Record<string, readonly string[]> | undefined;
  for (const [property, deps] of Object.entries(resource.propertyDependencies ?? {}))
    (propertyDependencies ??= {})[property] = deps.map((d) => d.urn);
  return {
    urn: resource.urn,
    type: resource.type,
    name: resource.name,
    properties: raw(resource.props),
    provider,
    propertyDependencies: propertyDependencies ?? NO_DEPENDENCIES,
    parent: resource.parent?.urn,
  };
}

/**
 * The object form of reportViolation: the SDK takes `message`, `urn` and a per-violation
 * `enforcementLevel` (docs/reference/pulumi-policy-sdk.md) and ignores
 * other fields, so `fact` rides along for in-process tests only. It is not in the public type,
 * hence the cast. A finding at the policy's level leaves `enforcementLevel` to the SDK (the
 * policy's configured level). The message is the finding's own words, and `description` the
 * policy's one-line display name: the engine prints only the message under the policy's name and
 * drops a diagnostic's description, while the full description is in the pack's metadata
 * (GetAnalyzerInfo). Sending the full description with every violation tripled a large stack's
 * AnalyzeStack response (docs/decisions/2026-11-30-violation-message-without-description.md).
 */
interface ViolationObject {
  readonly message: string;
  readonly description: string;
  readonly urn?: string;
  readonly enforcementLevel?: "advisory";
  readonly fact: string;
}

/**
 * Reports findings as violations. `withUrn`: stack policies name the resource; a resource policy's
 * violations are the analysed resource's (the engine attaches its URN).
 */
export function reportFindings(
  reportViolation: ReportViolation,
  /** The policy's display name, sent as each violation's description. */
  summary: string,
  findings: Iterable<Finding>,
  withUrn: boolean,
): void {
  const report = reportViolation as unknown as (v: ViolationObject) => void;
  for (const f of findings) {
    report({
      message: `${f.message} [catalog ${CATALOG_VERSION}]`,
      description: summary,
      ...(withUrn ? { urn: f.urn } : {}),
      ...(f.level === "advisory" ? { enforcementLevel: "advisory" as const } : {}),
      fact: f.fact,
    });
  }
}

// Runs policies the way @pulumi/policy's server does (docs/reference/pulumi-policy-sdk.md;
// makeAnalyzeRpcFun): properties deserialised by the SDK, wrapped in its unknownCheckingProxy,
// the provider likewise; unknown-value errors become the SDK's advisory "can't run policy"
// diagnostic, other throws fail. Reports are collected with their effective level.
import type {
  EnforcementLevel,
  Policy,
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import { POLICIES } from "../../policypack/policies";
import { setAllKeyConfigForTesting } from "../../policypack/allKey";

// The SDK's .d.ts strips these (@internal), but they are exported at runtime (policy 1.21 CHANGELOG).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const proxy = require("@pulumi/policy/proxy") as {
  unknownCheckingProxy<T extends object>(o: T): T;
  UnknownValueError: new (...a: unknown[]) => Error;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const deserialize = require("@pulumi/policy/deserialize") as {
  deserializeProperties(
    struct: { toJavaScript(): Record<string, unknown> },
    proxySecrets: boolean,
  ): Record<string, unknown>;
};

export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export const UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

export interface Diagnostic {
  readonly policy: string;
  readonly level: EnforcementLevel;
  readonly message: string;
  readonly urn?: string;
  /**
   * The fact the finding is about (`location`, `flow:<property>`, …), when the pack says it: the
   * SDK ignores fields of the object form it does not know, so this is seen in-process only.
   */
  readonly fact?: string;
}

export interface TestResource {
  /** Default `urn:pulumi:dev::proj::<type>::<name>`. */
  readonly urn?: string;
  readonly type: string;
  readonly name?: string;
  readonly props: Record<string, unknown>;
  readonly provider?: {
    readonly type: string;
    readonly name?: string;
    readonly props: Record<string, unknown>;
  };
  readonly propertyDependencies?: Record<string, readonly string[]>;
}

export type PolicyConfig = Record<string, unknown>;

function policyNamed(name: string): Policy {
  const p = POLICIES.find((x) => x.name === name);
  if (!p) throw new Error(`no policy ${name}`);
  return p;
}

function props(bag: Record<string, unknown>): Record<string, unknown> {
  return proxy.unknownCheckingProxy(deserialize.deserializeProperties({ toJavaScript: () => bag }, false));
}

function urnOf(r: TestResource): string {
  return r.urn ?? `urn:pulumi:dev::proj::${r.type}::${r.name ?? "r"}`;
}

/** `resourceUrn`: what the engine attaches to a resource policy's violations that name no URN. */
function collector(
  policy: Policy,
  level: EnforcementLevel,
  out: Diagnostic[],
  resourceUrn?: string,
): ReportViolation {
  const fn = (message: unknown, urn?: string) => {
    if (typeof message === "object" && message !== null) {
      const m = message as {
        message: string;
        urn?: string;
        enforcementLevel?: EnforcementLevel;
        fact?: string;
      };
      const at = m.urn ?? resourceUrn;
      out.push({
        policy: policy.name,
        level: m.enforcementLevel ?? level,
        message: m.message,
        ...(at ? { urn: at } : {}),
        ...(m.fact ? { fact: m.fact } : {}),
      });
    } else {
      const at = urn ?? resourceUrn;
      out.push({
        policy: policy.name,
        level,
        message: `${policy.description}\n${String(message)}`,
        ...(at ? { urn: at } : {}),
      });
    }
  };
  return fn as ReportViolation;
}

/** The arguments the SDK gives a resource policy or remediation, built through its own props proxy. */
function resourceArgs(resource: TestResource, config: PolicyConfig): ResourceValidationArgs {
  return {
    type: resource.type,
    props: props(resource.props),
    urn: urnOf(resource),
    name: resource.name ?? "r",
    opts: {
      protect: false,
      ignoreChanges: [],
      aliases: [],
      customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
      additionalSecretOutputs: [],
    },
    stackTags: new Map(),
    isType: () => false,
    asType: () => undefined,
    getConfig: <T extends object>() => config as T,
    notApplicable: (reason?: string): never => {
      throw new Error(`not applicable: ${reason}`);
    },
    ...(resource.provider
      ? {
          provider: {
            type: resource.provider.type,
            props: props(resource.provider.props),
            urn: `urn:pulumi:dev::proj::${resource.provider.type}::${resource.provider.name ?? "default"}`,
            name: resource.provider.name ?? "default",
          },
        }
      : {}),
  };
}

/** Runs one resource policy on one resource; `config` is the policy's own config, `all` the pack-wide one. */
export async function runResourcePolicy(
  name: string,
  resource: TestResource,
  config: PolicyConfig = {},
  all?: PolicyConfig,
): Promise<Diagnostic[]> {
  setAllKeyConfigForTesting(all);
  const policy = policyNamed(name) as ResourceValidationPolicy;
  const level = policy.enforcementLevel ?? "advisory";
  const out: Diagnostic[] = [];
  const args = resourceArgs(resource, config);
  const validations = Array.isArray(policy.validateResource)
    ? policy.validateResource
    : [policy.validateResource!];
  for (const v of validations) {
    try {
      await v(args, collector(policy, level, out, args.urn));
    } catch (e) {
      if (e instanceof proxy.UnknownValueError) {
        out.push({
          policy: name,
          level: "advisory",
          message: `can't run policy '${name}' during preview: ${(e as Error).message}`,
        });
      } else throw e;
    }
  }
  return out;
}

/** Runs the remediation of one policy; returns the new raw props or undefined. */
export async function runRemediation(
  name: string,
  resource: TestResource,
  config: PolicyConfig = {},
): Promise<Record<string, unknown> | undefined> {
  setAllKeyConfigForTesting(undefined);
  const policy = policyNamed(name) as ResourceValidationPolicy;
  const result = await policy.remediateResource!(resourceArgs(resource, config));
  return result as Record<string, unknown> | undefined;
}

/**
 * A provider's URN as the engine gives one: one per provider resource, so two providers that a
 * test leaves unnamed but configures differently (two regions) are two resources, as in a
 * program they would have to be.
 */
function providerUrn(provider: NonNullable<TestResource["provider"]>): string {
  const name = provider.name ?? `default-${JSON.stringify(provider.props)}`;
  return `urn:pulumi:dev::proj::${provider.type}::${name}`;
}

/** The resources AnalyzeStack hands a stack policy: props through the SDK's proxy, dependencies as resources. */
export function policyResources(resources: readonly TestResource[]): PolicyResource[] {
  const built: PolicyResource[] = resources.map((r) => ({
    type: r.type,
    props: props(r.props),
    urn: urnOf(r),
    name: r.name ?? "r",
    opts: {
      protect: false,
      ignoreChanges: [],
      aliases: [],
      customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
      additionalSecretOutputs: [],
    },
    dependencies: [],
    propertyDependencies: {},
    isType: () => false,
    asType: () => undefined,
    ...(r.provider
      ? {
          provider: {
            type: r.provider.type,
            props: props(r.provider.props),
            urn: providerUrn(r.provider),
            name: r.provider.name ?? "default",
          },
        }
      : {}),
  }));
  const byUrn = new Map(built.map((b) => [b.urn, b]));
  resources.forEach((r, i) => {
    for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
      (built[i]!.propertyDependencies as Record<string, PolicyResource[]>)[k] = urns
        .map((u) => byUrn.get(u)!)
        .filter(Boolean);
    }
  });
  return built;
}

/** Runs a stack policy over resources (props proxied as in AnalyzeStack). */
export async function runStackPolicy(
  name: string,
  resources: readonly TestResource[],
  config: PolicyConfig = {},
): Promise<Diagnostic[]> {
  setAllKeyConfigForTesting(undefined);
  const policy = policyNamed(name) as StackValidationPolicy;
  const level = policy.enforcementLevel ?? "advisory";
  const out: Diagnostic[] = [];
  const built = policyResources(resources);
  try {
    await policy.validateStack(
      {
        resources: built,
        getConfig: <T extends object>() => config as T,
        stackTags: new Map(),
        notApplicable: (): never => {
          throw new Error("n/a");
        },
      },
      collector(policy, level === "remediate" ? "mandatory" : level, out),
    );
  } catch (e) {
    if (e instanceof proxy.UnknownValueError)
      out.push({ policy: name, level: "advisory", message: `can't run: ${(e as Error).message}` });
    else throw e;
  }
  return out;
}

export function urn(type: string, name: string): string {
  return `urn:pulumi:dev::proj::${type}::${name}`;
}

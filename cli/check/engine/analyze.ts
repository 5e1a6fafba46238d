// Playing the engine's side of the Analyzer protocol for one stack snapshot:
//   ConfigureStack → GetAnalyzerInfo → Configure → per resource Remediate then Analyze
//   (remediated properties replace the inputs before Analyze) → AnalyzeStack.
// Sources (pulumi/pulumi): sdk/go/common/resource/plugin/analyzer_plugin.go (what each RPC carries),
// pkg/resource/deploy/step_generator.go (remediate pass, then analyze pass, per resource; a
// remediate-level diagnostic is reported as mandatory; a remediation's diagnostic as advisory),
// pkg/resource/deploy/analyze_snapshot.go (`pulumi policy analyze`: every non-deleted resource of
// a snapshot, its inputs for Analyze, AnalyzeStack with all of them), pkg/resource/analyzer/config.go.
// Requests go with bounded concurrency, as the engine's step executor runs resources in parallel
// (PULUMI_PARALLEL_ANALYZE bounds analyzers per resource).
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import type { SnapshotResource, StackSnapshot } from "../snapshot";
import type { EnforcementLevel, PolicyMetadata, Remediation, Violation } from "../report/types";
import { policyMetadataOf, severityOf } from "./policy-metadata";
import { PackError } from "./errors";
import { PackProcess, type PackEnvironment } from "./pack-process";
import {
  ConfigSchemaValidators,
  reconcilePolicyConfig,
  type PolicyConfig,
  type PolicyConfigFile,
  type PolicyInfo,
} from "./policy-config";
import { encodeAnalyzeRequest, encodeProvider, encodeStackResourceRecord } from "./encode";
import { ProviderResolver, type ProviderResource } from "./providers";
import { analyzer, struct, type AnalyzeDiagnostic, type AnalyzerInfo } from "./proto";
import type { PackInfo } from "./analyzer-info";
import { AnalyzerSession } from "./session";
import { fromStruct } from "./wire";
import type * as pb from "@pulumi/pulumi/proto/analyzer_pb";

export interface PackIdentity {
  readonly name: string;
  readonly version: string;
  readonly policies?: readonly PolicyMetadata[];
}

export interface AnalysisResult {
  /** Resources analysed: the snapshot's plus any default provider synthesised for them. */
  readonly resources: number;
  readonly violations: Violation[];
  readonly remediations: Remediation[];
  readonly policyPacks: PackIdentity[];
}

export interface AnalyzeOptions {
  readonly policyConfig?: PolicyConfigFile;
  /** How the policy config was named (for messages). */
  readonly policyConfigFile?: string;
  /** Resources in flight at once. Default 8. */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface StartPackOptions {
  /** Organisation sent in ConfigureStack; offline there is none, so Pulumi's local default. */
  readonly organization?: string;
  readonly startTimeoutMs?: number;
  /** `--now`: passed to the pack as SOVEREIGNTY_NOW. */
  readonly now?: string;
}

export const DEFAULT_CONCURRENCY = 8;
const LOCAL_ORGANIZATION = "organization";

const LEVELS: { readonly [level: number]: EnforcementLevel } = {
  [0]: "advisory",
  [1]: "mandatory",
  [2]: "disabled",
  [3]: "remediate",
};
const LEVEL_NUMBERS: { readonly [level in EnforcementLevel]: number } = {
  advisory: 0,
  mandatory: 1,
  disabled: 2,
  remediate: 3,
};

/** The identity of the stack a pack process was started for (its environment carries it). */
export function packEnvironmentFor(snapshot: StackSnapshot, options: StartPackOptions = {}): PackEnvironment {
  return {
    organization: options.organization ?? LOCAL_ORGANIZATION,
    project: snapshot.project,
    stack: snapshot.stack,
    // A state file is a finished deployment; a preview file and a program run are previews.
    dryRun: snapshot.kind !== "state",
    config: snapshot.config,
    extra: options.now ? { SOVEREIGNTY_NOW: options.now } : {},
  };
}

/**
 * A running pack that can analyse snapshots one after another (the pack keeps one global config,
 * so one snapshot at a time). Its process environment names one stack: use `sameStack` to decide
 * whether it can serve another snapshot.
 */
export class PolicyPackRunner {
  private packInfo: PackInfo | undefined;
  private busy = false;

  private constructor(
    private readonly session: AnalyzerSession,
    private readonly environment: PackEnvironment,
    private readonly yamlVersion: string | undefined,
    private readonly validators: ConfigSchemaValidators | undefined,
  ) {}

  static async start(
    packDir: string,
    environment: PackEnvironment,
    options: StartPackOptions = {},
  ): Promise<PolicyPackRunner> {
    const starting = PackProcess.start(packDir, environment, { startTimeoutMs: options.startTimeoutMs });
    // The pack takes hundreds of milliseconds to print its port, in a process of its own: the
    // runner's own work that no answer of the pack changes is done meanwhile, not after
    // GetAnalyzerInfo, where the pack would sit idle waiting for Configure.
    const preparing = prepareWhilePackStarts(packDir);
    const pack = await starting;
    const prepared = await preparing;
    let yamlVersion: string | undefined;
    try {
      yamlVersion = prepared.yamlVersion();
    } catch (error) {
      await pack.close();
      throw error;
    }
    return new PolicyPackRunner(new AnalyzerSession(pack), environment, yamlVersion, prepared.validators);
  }

  get packDir(): string {
    return this.session.pack.packDir;
  }

  sameStack(environment: PackEnvironment): boolean {
    return JSON.stringify(environment) === JSON.stringify(this.environment);
  }

  async close(): Promise<void> {
    await this.session.pack.close();
  }

  async analyze(snapshot: StackSnapshot, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
    if (this.busy) throw new Error("PolicyPackRunner.analyze: one snapshot at a time");
    this.busy = true;
    try {
      return await this.analyzeOnce(snapshot, options);
    } finally {
      this.busy = false;
    }
  }

  private async analyzeOnce(snapshot: StackSnapshot, options: AnalyzeOptions): Promise<AnalysisResult> {
    const session = this.session;

    const configureStack = new analyzer.AnalyzerStackConfigureRequest()
      .setStack(snapshot.stack)
      .setProject(snapshot.project)
      .setOrganization(this.environment.organization)
      .setDryRun(snapshot.kind !== "state");
    for (const [key, value] of Object.entries(snapshot.config)) configureStack.getConfigMap().set(key, value);
    // Read structurally: `secretConfigKeys` is a recent addition to the snapshot contract.
    const secretKeys = (snapshot as { readonly secretConfigKeys?: readonly string[] }).secretConfigKeys;
    if (secretKeys) configureStack.setConfigSecretKeysList([...secretKeys]);
    await session.configureStack(configureStack);

    this.packInfo ??= await session.getAnalyzerInfo();
    const packInfo = this.packInfo;
    const info = packInfo.info;
    const pack: PackIdentity = {
      name: info.getName(),
      version: this.yamlVersion || info.getVersion(),
      policies: policyMetadataOf(info),
    };

    const config = reconcilePolicyConfig(
      pack.name,
      policiesOf(packInfo),
      initialConfigOf(info),
      options.policyConfig,
      options.policyConfigFile ?? "(none given)",
      this.validators,
    );
    const configure = new analyzer.ConfigureAnalyzerRequest();
    for (const [name, policyConfig] of config) {
      if (policyConfig.enforcementLevel === "") continue; // refused by reconcilePolicyConfig already
      configure
        .getPolicyconfigMap()
        .set(
          name,
          new analyzer.PolicyConfig()
            .setEnforcementlevel(LEVEL_NUMBERS[policyConfig.enforcementLevel])
            .setProperties(struct.Struct.fromJavaScript(policyConfig.properties as { [key: string]: never })),
        );
    }
    await session.configure(configure);

    // Resources in the order the engine would register them: a synthesised default provider
    // before the first resource that needs it.
    const providers = new ProviderResolver(snapshot);
    // A provider's message is the same in every request that names it: encoded once.
    const providerBodies = new Map<ProviderResource, Buffer>();
    const providerBody = (provider: ProviderResource | undefined): Buffer | undefined => {
      if (!provider) return undefined;
      let body = providerBodies.get(provider);
      if (!body) providerBodies.set(provider, (body = encodeProvider(provider)));
      return body;
    };
    const work: { resource: SnapshotResource; provider: Buffer | undefined }[] = [];
    const seenSynthesised = new Set<string>();
    for (const resource of snapshot.resources) {
      const provider = providers.providerFor(resource);
      if (provider && !seenSynthesised.has(provider.urn) && providers.isSynthesised(provider)) {
        seenSynthesised.add(provider.urn);
        work.push({ resource: providerAsResource(provider), provider: undefined });
      }
      work.push({ resource, provider: providerBody(provider) });
    }

    // Per resource, its findings and its AnalyzeStack record, encoded as soon as its Analyze
    // answered: no request object outlives its call.
    const violations: Violation[][] = new Array(work.length);
    const remediations: Remediation[][] = new Array(work.length);
    const records: Buffer[] = new Array(work.length);
    let done = 0;
    const total = work.length;
    options.onProgress?.(0, total);
    await forEachBounded(work.length, options.concurrency ?? DEFAULT_CONCURRENCY, async (index) => {
      const { resource, provider } = work[index]!;
      const result = await this.analyzeResource(resource, provider, pack);
      violations[index] = result.violations;
      remediations[index] = result.remediations;
      records[index] = result.record;
      done += 1;
      options.onProgress?.(done, total);
    });

    const allViolations = violations.flat();
    const stackRequest = Buffer.concat(records);
    records.length = 0;
    const stackResponse = await session.analyzeStack(stackRequest);
    for (const diagnostic of stackResponse?.getDiagnosticsList() ?? []) {
      // Stack policies cannot remediate: a remediate level counts as mandatory.
      allViolations.push(toViolation(diagnostic, pack, diagnostic.getUrn()));
    }

    return {
      resources: work.length,
      violations: allViolations,
      remediations: remediations.flat(),
      policyPacks: [pack],
    };
  }

  private async analyzeResource(
    resource: SnapshotResource,
    provider: Buffer | undefined,
    pack: PackIdentity,
  ): Promise<{ violations: Violation[]; remediations: Remediation[]; record: Buffer }> {
    const violations: Violation[] = [];
    const remediations: Remediation[] = [];
    let properties = resource.properties;

    // First pass: remediations (the engine marshals these without SkipInternalKeys).
    const remediated = await this.session.remediate(
      resource.urn,
      encodeAnalyzeRequest(resource, properties, false, provider),
    );
    for (const remediation of remediated?.getRemediationsList() ?? []) {
      if (remediation.getDiagnostic() !== "") {
        violations.push({
          policyPackName: remediation.getPolicypackname() || pack.name,
          policyPackVersion: pack.version || remediation.getPolicypackversion(),
          policyName: remediation.getPolicyname(),
          enforcementLevel: "advisory",
          urn: resource.urn,
          message: remediation.getDiagnostic(),
          ...(remediation.getDescription() ? { description: remediation.getDescription() } : {}),
        });
      } else if (remediation.hasProperties()) {
        properties = fromStruct(remediation.getProperties());
        remediations.push({
          policyPackName: remediation.getPolicypackname() || pack.name,
          policyName: remediation.getPolicyname(),
          urn: resource.urn,
          ...(remediation.getDescription() ? { description: remediation.getDescription() } : {}),
          properties,
        });
      }
    }

    // Second pass: analysis of the (possibly remediated) properties.
    const response = await this.session.analyze(
      resource.urn,
      encodeAnalyzeRequest(resource, properties, true, provider),
    );
    for (const diagnostic of response.getDiagnosticsList()) {
      // The engine reports a per-resource diagnostic against the resource it analysed.
      violations.push(toViolation(diagnostic, pack, resource.urn));
    }
    // The engine gives AnalyzeStack each resource's final outputs (deployment_executor.go:
    // "AnalyzeStack is called on the final outputs of each resource"); a first preview has only
    // the (remediated) inputs.
    const record = encodeStackResourceRecord(resource, resource.outputs ?? properties, provider);
    return { violations, remediations, record };
  }
}

/** Starts the pack, analyses one snapshot and stops the pack. */
export async function analyzeSnapshot(
  snapshot: StackSnapshot,
  options: AnalyzeOptions & StartPackOptions & { readonly packDir: string },
): Promise<AnalysisResult> {
  const runner = await PolicyPackRunner.start(
    options.packDir,
    packEnvironmentFor(snapshot, options),
    options,
  );
  try {
    return await runner.analyze(snapshot, options);
  } finally {
    await runner.close();
  }
}

function policiesOf({ info, configSchemas }: PackInfo): PolicyInfo[] {
  return info.getPoliciesList().map((policy, index) => {
    const schema = configSchemas[index];
    const result: PolicyInfo = {
      name: policy.getName(),
      enforcementLevel: LEVELS[policy.getEnforcementlevel()] ?? "advisory",
      ...(info.getSupportsconfig()
        ? { configSchema: { properties: schema?.properties ?? {}, required: schema?.required ?? [] } }
        : {}),
    };
    return result;
  });
}

function initialConfigOf(info: AnalyzerInfo): Map<string, PolicyConfig> {
  const result = new Map<string, PolicyConfig>();
  info.getInitialconfigMap().forEach((config: pb.PolicyConfig, name: string) => {
    result.set(name, {
      enforcementLevel: LEVELS[config.getEnforcementlevel()] ?? "",
      properties: (config.getProperties()?.toJavaScript() ?? {}) as { [key: string]: unknown },
    });
  });
  return result;
}

function toViolation(diagnostic: AnalyzeDiagnostic, pack: PackIdentity, urn: string): Violation {
  let level = LEVELS[diagnostic.getEnforcementlevel()] ?? "advisory";
  if (level === "remediate") level = "mandatory";
  const severity = severityOf(diagnostic.getSeverity());
  return {
    policyPackName: diagnostic.getPolicypackname() || pack.name,
    // The version from PulumiPolicy.yaml wins over the diagnostic's (convertDiagnostics).
    policyPackVersion: pack.version || diagnostic.getPolicypackversion(),
    policyName: diagnostic.getPolicyname(),
    enforcementLevel: level,
    urn,
    message: diagnostic.getMessage(),
    ...(diagnostic.getDescription() ? { description: diagnostic.getDescription() } : {}),
    ...(severity ? { severity } : {}),
  };
}

function providerAsResource(provider: ProviderResource): SnapshotResource {
  return {
    urn: provider.urn,
    type: provider.type,
    name: provider.name,
    custom: true,
    properties: provider.properties,
    dependencies: [],
    propertyDependencies: {},
  };
}

interface Prepared {
  /** Undefined if preparing failed: `reconcilePolicyConfig` makes its own and fails there, as before. */
  readonly validators: ConfigSchemaValidators | undefined;
  /** PulumiPolicy.yaml's version, or its error, thrown once the pack has started (as before). */
  readonly yamlVersion: () => string | undefined;
}

/**
 * The runner's start-up work that depends on no answer of the pack, on the next turn of the event
 * loop (the pack is spawned by then, and another pack started in the same turn is not held up).
 * Never rejects: a failure is reported where it was before.
 */
function prepareWhilePackStarts(packDir: string): Promise<Prepared> {
  return new Promise((resolve) => {
    setImmediate(() => {
      let validators: ConfigSchemaValidators | undefined;
      try {
        validators = new ConfigSchemaValidators();
        validators.prepare();
      } catch {
        validators = undefined;
      }
      let yamlVersion: () => string | undefined;
      try {
        const version = readPolicyYamlVersion(packDir);
        yamlVersion = () => version;
      } catch (error) {
        yamlVersion = () => {
          throw error;
        };
      }
      resolve({ validators, yamlVersion });
    });
  });
}

function readPolicyYamlVersion(packDir: string): string | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(packDir, "PulumiPolicy.yaml"), "utf8");
  } catch {
    return undefined; // unreadable: PackProcess says so
  }
  // Parsed apart from the read: the YAML parser's errors carry a `code` too, and were once taken
  // for an unreadable file, so an invalid PulumiPolicy.yaml passed with the pack's own version.
  // The engine refuses a pack whose PulumiPolicy.yaml does not parse (pulumi/pulumi
  // sdk/go/common/workspace `LoadPolicyPack` returns the unmarshal error); so does the runner.
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    // The parser's message is one line and its position, then a code frame on further lines.
    const reason = (error as Error).message.split("\n")[0]!.replace(/:$/, "");
    throw new PackError(packDir, `PulumiPolicy.yaml is not valid YAML: ${reason}`);
  }
  if (parsed && typeof parsed === "object" && "version" in parsed) {
    const version = (parsed as { version: unknown }).version;
    if (typeof version === "string" || typeof version === "number") return String(version);
  }
  return undefined;
}

/** Runs `task(0..count-1)` with at most `limit` in flight; the first failure rejects. */
async function forEachBounded(
  count: number,
  limit: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < count) {
      const index = next++;
      try {
        await task(index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
}

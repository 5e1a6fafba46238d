// `sovereignty check --program DIR` / `--stack NAME`: runs a Pulumi Node.js program offline as a
// first `pulumi preview` would run it — the program's own `@pulumi/pulumi/cmd/run`, started the way
// the Node.js language host starts it, connected to the runner's engine host (../engine-host) —
// and returns the resources it registered as a StackSnapshot.
//
// How the language host starts a program (pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs/main.go,
// Run → execRuntime, constructArguments, constructConfig, constructConfigSecretKeys, parseOptions):
//   node [nodeargs] <program's @pulumi/pulumi/cmd/run> --monitor A --engine A --organization O
//        --project P --root-directory D --stack S --pwd D --dry-run --parallel N <entry point>
//   env PULUMI_CONFIG = {"<ns>:config:<key>": value} (keys in the old `:config:` form, which the SDK reads),
//       PULUMI_CONFIG_SECRET_KEYS = [keys], PULUMI_NODEJS_TYPESCRIPT=true unless `typescript: false`,
//       PULUMI_NODEJS_TSCONFIG_PATH from the `tsconfig` option.
// cmd/run (sdk/nodejs/cmd/run/run.ts) then loads TypeScript through ts-node (the program's own, else the
// one vendored in @pulumi/pulumi), resolves package.json `exports`/`main` — falling back to the
// program folder when `main` names a build output that does not exist — and reports an unhandled error
// through the engine's Log before exiting with code 32.
// One difference: PULUMI_NODEJS_TRANSPILE_ONLY=true (unless the user set it), so ts-node does not
// type-check: a type error is the compiler's business, and checking @pulumi/aws's types costs a minute.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { UserError } from "../../errors";
import { startEngineHost, superviseProgram, type EngineRecords, type ProgramOutcome } from "../engine-host";
import { UNKNOWN, type SnapshotResource, type StackSnapshot } from "../snapshot";
import { loadStackConfig } from "./config";
import { programFailure } from "../failure";
import { InvokeShapes } from "./invoke-shapes";
import { answerInvoke } from "./invokes";
import { runForeignProgram } from "./languages";
import { readProject, type PulumiProject } from "./project";
import { checkSdkVersion, SUPPORTED_SDK_RANGE } from "./sdk";

export { parseConfigOverrides, SECRET_PLACEHOLDER } from "./config";
export { SUPPORTED_SDK_RANGE } from "./sdk";

export interface ProgramOptions {
  /** The program directory (holding Pulumi.yaml). */
  readonly dir: string;
  readonly stack: string;
  /** `--config key=value` overrides; bare keys belong to the project. */
  readonly config?: Readonly<Record<string, string>>;
  /** Extra config files in the `Pulumi.<stack>.yaml` format, applied after the stack's own. */
  readonly configFiles?: readonly string[];
  /** Accepted for symmetry with the other inputs; programs run with the real clock. */
  readonly now?: Date;
  /** Kill a program that runs longer than this (`--timeout`; default 10 minutes). */
  readonly timeoutMs?: number;
  /** A program idle this long with nothing pending counts as stalled (default 5 s). */
  readonly stallMs?: number;
}

/** A program's snapshot, plus which config keys were `secure:` (the program saw a placeholder). */
export interface ProgramSnapshot extends StackSnapshot {
  readonly kind: "program";
  readonly secretConfigKeys: readonly string[];
  /** The program's @pulumi/pulumi version. */
  readonly sdkVersion: string;
  /** What the program exported (its stack's registered outputs), unknowns as the unknown sentinel. */
  readonly stackOutputs: { readonly [key: string]: unknown };
}

export const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;
/** Offline there is no Pulumi Cloud organisation: the CLI's own default for a local backend. */
export const LOCAL_ORGANIZATION = "organization";

export async function loadProgramSnapshot(options: ProgramOptions): Promise<ProgramSnapshot> {
  const project = readProject(options.dir);
  const config = loadStackConfig(project, {
    stack: options.stack,
    ...(options.config !== undefined ? { overrides: options.config } : {}),
    ...(options.configFiles !== undefined ? { configFiles: options.configFiles } : {}),
  });
  const where = `program ${options.dir} (stack ${options.stack})`;
  // Provider SDK declarations shape invoke results: the program's own SDKs, else the runner's.
  const shapes = new InvokeShapes([project.dir, __dirname]);
  const snapshot = (
    sdkVersion: string,
    resources: readonly SnapshotResource[],
    outputs: { readonly [key: string]: unknown } = {},
  ): ProgramSnapshot => ({
    origin: stackOrigin(project.stackConfigDir, project.file, options.stack),
    kind: "program",
    project: project.name,
    stack: options.stack,
    config: config.values,
    secretConfigKeys: config.secretKeys,
    sdkVersion,
    resources,
    stackOutputs: outputs,
  });
  if (project.runtime.name !== "nodejs") {
    // Python and Go programs: started as their language hosts start them (./languages).
    const result = await runForeignProgram({
      runtime: project.runtime,
      projectFile: project.file,
      rootDirectory: project.dir,
      ...(project.main !== undefined ? { main: project.main } : {}),
      organization: LOCAL_ORGANIZATION,
      project: project.name,
      stack: options.stack,
      config: config.values,
      configSecretKeys: config.secretKeys,
      parallel: programParallelism(),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(options.stallMs !== undefined ? { stallMs: options.stallMs } : {}),
      invoke: (token, args, provider) =>
        answerInvoke(token, args, withProvider(config.values, token, provider), shapes),
    }).catch((error: unknown) => {
      throw error instanceof UserError ? new UserError(`${where}: ${error.message}`, error.detail) : error;
    });
    return snapshot(result.sdkVersion, result.records.resources(), stackOutputs(result.records));
  }
  const sdk = findSdk(project);
  // Functions answered with no fields (no result type found in an installed SDK): named when the
  // program then fails, as what the runner could not answer.
  const unanswered: string[] = [];
  const host = await startEngineHost({
    organization: LOCAL_ORGANIZATION,
    project: project.name,
    stack: options.stack,
    invoke: (token, args, provider) => {
      const result = answerInvoke(token, args, withProvider(config.values, token, provider), shapes);
      if (Object.keys(result).length === 0 && !unanswered.includes(token)) unanswered.push(token);
      return result;
    },
  });
  let outcome: ProgramOutcome;
  try {
    const child = spawn(
      process.execPath,
      [
        ...project.nodeArgs,
        ...programPreload(sdk.root),
        ...esmTypeScriptLoader(project),
        sdk.runPath,
        ...runArguments(project, options.stack, host.monitorAddress, host.engineAddress),
      ],
      {
        cwd: project.dir,
        env: programEnvironment(project, config.values, config.secretKeys),
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    outcome = await superviseProgram(child, host, {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(options.stallMs !== undefined ? { stallMs: options.stallMs } : {}),
    });
  } finally {
    await host.close();
  }
  if (outcome.kind !== "exited") throw new UserError(`${where}: ${outcome.message}`, outcome.stderr);
  if (outcome.code !== 0) {
    throw new UserError(
      `${where}: ${withUnanswered(programFailure(host.records.errors(), outcome, project.dir), unanswered)}`,
      outcome.stderr,
    );
  }
  return snapshot(sdk.version, host.records.resources(), stackOutputs(host.records));
}

/**
 * What the program's node loads before cmd/run (`--import=data:…`; the `=` form keeps cmd/run's
 * check for `--import`/`--require`, which turns off its ESM auto-mode, unaffected). Two things:
 *
 * 1. `util.inspect` drops `colors: true`, as NO_COLOR asks. cmd/run formats an unhandled error with
 *    `util.inspect(err, { colors: true })` (pulumi/pulumi sdk/nodejs/cmd/run/error.ts
 *    defaultErrorMessage), ignoring NO_COLOR. With colours, Node 20.20's inspect highlights each
 *    stack frame's package (lib/internal/util/inspect.js markNodeModules), and a frame like
 *    `…/node_modules/@pulumi/resource.ts:1598:22` — where source-map-support maps the SDK's own
 *    files, their maps naming `../resource.ts` — has no separator after the scope's name: the loop
 *    starts over from the line's beginning and grows a string until `RangeError: Invalid string
 *    length` (gigabytes, 20–50 s), after which cmd/run falls back to `util.inspect(err)`. Without
 *    colours that branch never runs; the text is the same minus the colour codes we strip anyway.
 * 2. The SDK's debug log lines stay in the program. With an engine attached, `log.debug` sends each
 *    one as a Log RPC (sdk/nodejs/log/index.ts), about four per resource ("Registering resource",
 *    "RegisterResource RPC prepared", "… finished": sdk/nodejs/runtime/resource.ts), serialised one
 *    after the other, each holding an rpcKeepAlive promise with a captured stack trace
 *    (runtime/settings.ts, runtime/debuggable.ts) that source-map-support formats in JavaScript.
 *    The engine shows them only under `--debug`; no report reads them. For the 1,000-component
 *    bench program they were 18,000 RPCs drained after the last registration: 15 s and 475 MiB of
 *    the program process (38.9 s / 1,641 MiB with them, 23.7 s / 1,166 MiB without, back to back).
 *    Info, warnings and errors still go to the engine host.
 * 3. `debuggablePromise` (sdk/nodejs/runtime/debuggable.ts) captures no stack frames. It stores
 *    `new Error().stack` on every promise the SDK makes — one per output property of every resource
 *    (runtime/rpc.ts transferProperties), dozens per resource — and reads it only to print leaked
 *    promises under PULUMI_DEBUG_PROMISE_LEAKS (then it is left alone). Each `.stack` is formatted
 *    at once by the source-map-support ts-node 7.0.1 installs (cmd/run registers it for any program
 *    with `typescript` on, the language host's default), cloning every call site in JavaScript:
 *    10.6 s of the 20.8 s the bench program's process spent on the CPU. Resource source positions
 *    (resource.ts Resource.callsites, which sets its own unlimited stackTraceLimit) and the stacks
 *    of errors are untouched.
 */
function programPreload(sdkRoot: string): string[] {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 6)) return []; // --import arrived in Node 20.6
  const code = [
    'import util from "node:util";',
    'import { createRequire } from "node:module";',
    "const inspect = util.inspect;",
    "util.inspect = new Proxy(inspect, { apply(target, self, args) {",
    "  const options = args[1];",
    '  if (options !== null && typeof options === "object" && options.colors === true) args[1] = { ...options, colors: false };',
    "  return Reflect.apply(target, self, args);",
    "} });",
    "try {",
    `  const sdk = createRequire(${JSON.stringify(path.join(sdkRoot, "package.json"))});`,
    '  const log = sdk("./log");',
    '  if (typeof log.debug === "function") log.debug = () => Promise.resolve();',
    '  const debuggable = sdk("./runtime/debuggable");',
    "  const original = debuggable.debuggablePromise;",
    '  if (!process.env.PULUMI_DEBUG_PROMISE_LEAKS && typeof original === "function") {',
    "    debuggable.debuggablePromise = function (promise, context) {",
    "      const limit = Error.stackTraceLimit;",
    "      Error.stackTraceLimit = 0;",
    "      try { return original.call(this, promise, context); } finally { Error.stackTraceLimit = limit; }",
    "    };",
    "  }",
    "} catch {",
    "  // an SDK laid out otherwise runs as it is",
    "}",
  ].join("\n");
  return [`--import=data:text/javascript,${encodeURIComponent(code)}`];
}

/** A failure reading a result the runner could not give names the function it answered empty. */
function withUnanswered(cause: string, unanswered: readonly string[]): string {
  if (unanswered.length === 0 || !/undefined|not a function|not iterable|not valid JSON/.test(cause))
    return cause;
  return `${cause}; offline, ${unanswered.join(", ")} answered with no fields (no result type in an installed SDK)`;
}

/**
 * The config an invoke is answered from: the stack's, with the settings of the explicit provider the
 * invoke names laid over it (`region` of an aws provider as `aws:region`), as that provider answers.
 */
function withProvider(
  config: Readonly<Record<string, string>>,
  token: string,
  provider: { readonly [key: string]: unknown } | undefined,
): Readonly<Record<string, string>> {
  if (provider === undefined) return config;
  const pkg = token.split(":")[0] ?? "";
  const result: Record<string, string> = { ...config };
  for (const [key, value] of Object.entries(provider)) {
    if (typeof value === "string" && value !== "" && value !== UNKNOWN) result[`${pkg}:${key}`] = value;
  }
  return result;
}

/** RunRequest.parallel as the CLI sets it by default (four per core). */
function programParallelism(): number {
  return Math.max(1, os.availableParallelism()) * 4;
}

function stackOutputs(records: EngineRecords): { readonly [key: string]: unknown } {
  const stack = records.resources().find((resource) => resource.type === "pulumi:pulumi:Stack");
  return (stack && records.outputsOf(stack.urn)) ?? {};
}

/**
 * A TypeScript ES module (`"type": "module"`) loads under the language host only through the
 * program's own ts-node/esm (cmd/run's automatic ESM mode; the ts-node vendored in @pulumi/pulumi
 * has no ESM loader). Without one, `pulumi preview` fails with "Unknown file extension .ts"; offline
 * we load it with tsx instead (ours in a checkout, else the program's; cmd/run then leaves ESM
 * loading to it), so such a program is still checked, or say what to install. Everything else —
 * CommonJS TypeScript included, through the program's ts-node else the one @pulumi/pulumi vendors,
 * so no tsx is needed — loads exactly as under the language host.
 */
function esmTypeScriptLoader(project: PulumiProject): string[] {
  if (!project.typescript) return [];
  const manifest = path.join(project.dir, "package.json");
  let isModule = false;
  try {
    isModule = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { type?: unknown }).type === "module";
  } catch {
    return [];
  }
  if (!isModule) return [];
  try {
    createRequire(manifest).resolve("ts-node/esm");
    return [];
  } catch {
    // tsx is our devDependency (a checkout has it); an installed package finds it only in the program.
    for (const from of [__dirname, project.dir]) {
      try {
        return ["--import", pathToFileURL(require.resolve("tsx", { paths: [from] })).href];
      } catch {
        // try the next place
      }
    }
    throw new UserError(
      `program ${project.dir}: a TypeScript ES module ("type": "module") loads through ts-node's ESM loader, as under pulumi preview: install ts-node (or tsx) in ${project.dir}`,
    );
  }
}

/** The program's own @pulumi/pulumi: its cmd/run and version. */
function findSdk(project: PulumiProject): { root: string; runPath: string; version: string } {
  const programRequire = createRequire(path.join(project.dir, "package.json"));
  let manifest: string;
  try {
    manifest = programRequire.resolve("@pulumi/pulumi/package.json");
  } catch {
    throw new UserError(
      `program ${project.dir}: cannot find @pulumi/pulumi from ${project.dir}: install the program's dependencies (npm install in ${project.dir})`,
    );
  }
  const root = path.dirname(manifest);
  const version = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version?: unknown }).version;
  const problem = checkSdkVersion(version);
  if (problem !== undefined) {
    throw new UserError(
      `program ${project.dir}: ${problem} (at ${root}); supported: @pulumi/pulumi ${SUPPORTED_SDK_RANGE}`,
    );
  }
  return { root, runPath: path.join(root, "cmd", "run"), version: String(version) };
}

/** constructArguments of the Node.js language host. */
function runArguments(project: PulumiProject, stack: string, monitor: string, engine: string): string[] {
  return [
    "--monitor",
    monitor,
    "--engine",
    engine,
    "--organization",
    LOCAL_ORGANIZATION,
    "--project",
    project.name,
    "--root-directory",
    project.dir,
    "--stack",
    stack,
    "--pwd",
    project.dir,
    "--dry-run",
    "--parallel",
    String(programParallelism()),
    project.main ?? ".",
  ];
}

/** execRuntime's environment: config in the `<ns>:config:<key>` form constructConfig writes. */
function programEnvironment(
  project: PulumiProject,
  config: Readonly<Record<string, string>>,
  secretKeys: readonly string[],
): NodeJS.ProcessEnv {
  const legacyKeys: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    const at = key.indexOf(":");
    legacyKeys[`${key.slice(0, at)}:config:${key.slice(at + 1)}`] = value;
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PULUMI_CONFIG: JSON.stringify(legacyKeys),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(secretKeys),
    PULUMI_NODEJS_TRANSPILE_ONLY: process.env.PULUMI_NODEJS_TRANSPILE_ONLY ?? "true",
    // Error text is read, not shown on a terminal.
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
  if (project.typescript) env.PULUMI_NODEJS_TYPESCRIPT = "true";
  else delete env.PULUMI_NODEJS_TYPESCRIPT;
  if (project.tsconfig !== undefined) env.PULUMI_NODEJS_TSCONFIG_PATH = project.tsconfig;
  // The runner's own loader (tsx, when run from source) must not leak into the program's node.
  delete env.NODE_OPTIONS;
  return env;
}

/**
 * What a report names as checked: the stack's `Pulumi.<stack>.yaml` (else `Pulumi.yaml`), relative
 * to the working directory — a file a reader can open and code scanning can attach results to
 * (GitHub requires a result's physicalLocation.artifactLocation.uri; microsoft/sarif-sdk#2704).
 */
function stackOrigin(stackConfigDir: string, projectFile: string, stack: string): string {
  const stackFile = path.join(stackConfigDir, `Pulumi.${stack}.yaml`);
  const file = fs.existsSync(stackFile) ? stackFile : projectFile;
  return path.relative(process.cwd(), file) || file;
}

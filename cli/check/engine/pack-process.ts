// Starting a CrossGuard pack the way the engine does. For a `nodejs` pack the engine runs the
// `pulumi-analyzer-policy` shim with the pack folder as working directory and the arguments
// `<engine address> .`; the shim runs `@pulumi/pulumi/cmd/run-policy-pack` from the pack's own
// node_modules, and the pack's `new PolicyPack()` serves gRPC and prints its port as the first
// line of stdout. The environment carries the stack's identity and config.
// Sources: pulumi/pulumi sdk/go/common/resource/plugin/analyzer_plugin.go (NewPolicyAnalyzer,
// constructEnv), sdk/go/common/resource/plugin/plugin.go (newPlugin reads the port from stdout),
// sdk/nodejs/cmd/run-policy-pack/{index,run}.ts, pulumi/pulumi-policy sdk/nodejs/policy/server.ts.
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { failureCause } from "../failure";
import { PackError, oneLine } from "./errors";
import { grpc, analyzerGrpc, type AnalyzerClient } from "./proto";

export interface PackEnvironment {
  readonly organization: string;
  readonly project: string;
  readonly stack: string;
  readonly dryRun: boolean;
  /** Stack config as the engine passes it in PULUMI_CONFIG: `{ "aws:region": "eu-central-1" }`. */
  readonly config: { readonly [key: string]: string };
  /** Extra variables (e.g. SOVEREIGNTY_NOW). */
  readonly extra?: { readonly [key: string]: string };
}

export interface StartOptions {
  /** How long the pack may take to print its port. Default 60 s (a TypeScript pack type-checks first). */
  readonly startTimeoutMs?: number;
}

const DEFAULT_START_TIMEOUT_MS = 60_000;
const STDERR_TAIL_LINES = 200;

export class PackProcess {
  private exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly stderrLines: string[] = [];
  private readonly exitListeners: (() => void)[] = [];

  private constructor(
    readonly packDir: string,
    private readonly child: ChildProcess,
    readonly port: number,
    readonly client: AnalyzerClient,
    stderrLines: string[],
  ) {
    this.stderrLines = stderrLines;
    child.once("exit", (code, signal) => {
      this.exit = { code, signal };
      for (const listener of this.exitListeners.splice(0)) listener();
    });
  }

  /** Starts the pack in `packDir` and connects to it. Throws PackError if it cannot. */
  static async start(
    packDir: string,
    env: PackEnvironment,
    options: StartOptions = {},
  ): Promise<PackProcess> {
    const absDir = path.resolve(packDir);
    checkPackFolder(packDir, absDir);
    const runPolicyPack = resolveRunPolicyPack(packDir, absDir);
    const child = spawn(process.execPath, [runPolicyPack, "127.0.0.1:0", "."], {
      cwd: absDir,
      env: packEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stderrLines: string[] = [];
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      stderrLines.push(...chunk.split(/\r?\n/).filter((l) => l.trim().length > 0));
      if (stderrLines.length > STDERR_TAIL_LINES)
        stderrLines.splice(0, stderrLines.length - STDERR_TAIL_LINES);
    });
    const port = await readPort(
      packDir,
      child,
      stderrLines,
      options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS,
    );
    const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      // As the engine: no limit below the pack's own 400 MB (rpcutil.GrpcChannelOptions).
      "grpc.max_receive_message_length": 400 * 1024 * 1024,
      "grpc.max_send_message_length": 400 * 1024 * 1024,
    });
    return new PackProcess(packDir, child, port, client, stderrLines);
  }

  /** Whether the process has exited, and how — for error messages. */
  exitDescription(): string | undefined {
    if (!this.exit) return undefined;
    const how = this.exit.signal ? `was killed by ${this.exit.signal}` : `exited with code ${this.exit.code}`;
    const said = bestErrorLine(this.stderrLines, this.packDir);
    return said ? `${how}: ${said}` : how;
  }

  /** What the pack wrote to stderr (its last lines), for `--verbose`. */
  stderrText(): string {
    return this.stderrLines.join("\n");
  }

  /** The most telling line the pack wrote to stderr, if any. */
  stderrSummary(): string | undefined {
    return bestErrorLine(this.stderrLines, this.packDir);
  }

  /** Resolves when the process exits (immediately if it has). */
  whenExited(): Promise<void> {
    if (this.exit) return Promise.resolve();
    return new Promise((resolve) => this.exitListeners.push(resolve));
  }

  /** Closes the connection and ends the process (SIGTERM, then SIGKILL after 2 s). */
  async close(): Promise<void> {
    this.client.close();
    if (this.exit) return;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 2000);
    await this.whenExited();
    clearTimeout(timer);
  }
}

function checkPackFolder(packDir: string, absDir: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absDir);
  } catch {
    throw new PackError(packDir, "no such folder");
  }
  if (!stat.isDirectory()) throw new PackError(packDir, "is not a folder");
  if (!fs.existsSync(path.join(absDir, "PulumiPolicy.yaml"))) {
    throw new PackError(packDir, "no PulumiPolicy.yaml: not a CrossGuard policy pack folder");
  }
}

/**
 * The shim resolves run-policy-pack from the pack's node_modules so the pack runs with its own
 * @pulumi/pulumi; we do the same, and fall back to the runner's copy for a pack without one.
 */
function resolveRunPolicyPack(packDir: string, absDir: string): string {
  const id = "@pulumi/pulumi/cmd/run-policy-pack";
  for (const paths of [[absDir], [__dirname]]) {
    try {
      return require.resolve(id, { paths });
    } catch {
      // try the next place
    }
  }
  throw new PackError(packDir, `cannot find ${id}; run npm install in the pack folder`);
}

/** The environment the engine gives a nodejs pack (analyzer_plugin.go constructEnv). */
function packEnv(env: PackEnvironment): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...process.env };
  const set = (key: string, value: string): void => {
    if (value !== "") result[key] = value;
  };
  if (Object.keys(env.config).length > 0) set("PULUMI_CONFIG", JSON.stringify(env.config));
  for (const prefix of ["PULUMI_NODEJS_", "PULUMI_"]) {
    set(`${prefix}ORGANIZATION`, env.organization);
    set(`${prefix}PROJECT`, env.project);
    set(`${prefix}STACK`, env.stack);
    set(`${prefix}DRY_RUN`, String(env.dryRun));
  }
  for (const [key, value] of Object.entries(env.extra ?? {})) result[key] = value;
  return result;
}

/** Reads stdout up to the first newline and parses it as the port, as the engine's newPlugin does. */
function readPort(
  packDir: string,
  child: ChildProcess,
  stderrLines: string[],
  timeoutMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = "";
    let settled = false;
    const finish = (error: PackError | undefined, port?: number): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout?.removeListener("data", onData);
      child.removeListener("exit", onExit);
      child.removeListener("error", onError);
      if (error) {
        child.kill("SIGKILL");
        reject(error);
      } else {
        // Keep draining stdout so a chatty pack never blocks on a full pipe.
        child.stdout?.resume();
        resolve(port as number);
      }
    };
    const onData = (chunk: string): void => {
      buffered += chunk;
      const newline = buffered.indexOf("\n");
      if (newline < 0) return;
      const first = buffered.slice(0, newline).trim();
      const port = Number(first);
      if (!/^\d+$/.test(first) || !Number.isInteger(port) || port <= 0 || port > 65535) {
        finish(
          new PackError(packDir, `printed ${JSON.stringify(first.slice(0, 80))} where its port was expected`),
        );
      } else {
        finish(undefined, port);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      // Give stderr a moment to flush its last lines before we quote them.
      setTimeout(() => {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        const said = bestErrorLine(stderrLines, packDir);
        finish(
          new PackError(
            packDir,
            `failed to start: it ${how} before printing its port${said ? `: ${said}` : ""}`,
            stderrLines.join("\n"),
          ),
        );
      }, 50);
    };
    const onError = (error: Error): void =>
      finish(new PackError(packDir, `failed to start: ${error.message}`));
    const timer = setTimeout(() => {
      const said = bestErrorLine(stderrLines, packDir);
      finish(
        new PackError(
          packDir,
          `did not print its port within ${Math.round(timeoutMs / 100) / 10} s${said ? ` (last said: ${said})` : ""}`,
          stderrLines.join("\n"),
        ),
      );
    }, timeoutMs);
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", onError);
  });
}

/** The line of a pack's stderr that best says what went wrong (../failure.ts), else its first line. */
function bestErrorLine(lines: readonly string[], packDir: string): string | undefined {
  const cause = failureCause(lines.join("\n"), path.resolve(packDir));
  if (cause !== undefined) return oneLine(cause).slice(0, 300);
  const first = lines.map((l) => l.trim()).find((l) => l.length > 0);
  return first === undefined ? undefined : oneLine(first).slice(0, 300);
}

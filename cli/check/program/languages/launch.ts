// What every language launcher needs and gives back: the run request the engine would send to a
// language host (pulumi/pulumi proto/pulumi/language.proto, RunRequest + ProgramInfo), and the
// process to start for it. The runner's monitor fills in the addresses; a launcher turns the rest
// into the command line and environment its language host would use.

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

/** RunRequest as the engine sends it (only what the language hosts pass on to programs). */
export interface RunRequest {
  readonly monitorAddress: string;
  readonly engineAddress: string;
  readonly organization: string;
  readonly project: string;
  readonly stack: string;
  /** JSON-encodable config (`aws:region` → `eu-central-1`), as `PULUMI_CONFIG` carries it. */
  readonly config: Readonly<Record<string, string>>;
  readonly configSecretKeys: readonly string[];
  readonly dryRun: boolean;
  readonly parallel: number;
  /** Where Pulumi.yaml lives (ProgramInfo.RootDirectory). */
  readonly rootDirectory: string;
  /** The program's folder (ProgramInfo.ProgramDirectory; also RunRequest.Pwd). */
  readonly programDirectory: string;
  /** The entry point inside it, "." for the folder itself (ProgramInfo.EntryPoint). */
  readonly entryPoint: string;
}

/** A program process ready to start, plus how to read its failure. */
export interface ProgramProcess {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /**
   * After the process ended: the SDK version it ran with, and one line explaining a failure
   * (undefined when the language-specific evidence says nothing beyond the exit code).
   */
  outcome(exit: { code: number | null; signal: NodeJS.Signals | null; stderr: string }): {
    readonly sdkVersion: string;
    readonly error?: string;
  };
  /** Removes what preparing the process left behind (a built binary, a result file). */
  cleanup(): void;
}

/**
 * `pwd` and entry point for a project's `main`, as the CLI computes them before it asks the
 * language host to run (pulumi/pulumi pkg/cmd/pulumi: getPwdMain): no `main` → the project folder
 * and "."; a folder → that folder and "."; a file → its folder and its name.
 */
export function programLocation(
  rootDirectory: string,
  main: string | undefined,
): {
  programDirectory: string;
  entryPoint: string;
} {
  if (main === undefined || main === "") return { programDirectory: rootDirectory, entryPoint: "." };
  const full = path.resolve(rootDirectory, main);
  if (fs.existsSync(full) && fs.statSync(full).isDirectory())
    return { programDirectory: full, entryPoint: "." };
  return { programDirectory: path.dirname(full), entryPoint: path.basename(full) };
}

/** An executable's absolute path from PATH (like Go's exec.LookPath), or undefined. */
export function lookPath(
  name: string,
  envPath: string | undefined = process.env["PATH"],
): string | undefined {
  if (name.includes(path.sep)) return isExecutableFile(name) ? path.resolve(name) : undefined;
  for (const dir of (envPath ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

export function isExecutableFile(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs a short helper command (a toolchain's version or env query, a build) with a deadline. */
export function runTool(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout = (stdout + chunk).slice(-65536);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-65536);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, options.timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr: stderr + String(err), timedOut });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** The env vars every language host passes its program (config as JSON, secret keys as a JSON list). */
export function configEnv(request: RunRequest): NodeJS.ProcessEnv {
  return {
    PULUMI_CONFIG: JSON.stringify(request.config),
    PULUMI_CONFIG_SECRET_KEYS: JSON.stringify(request.configSecretKeys),
  };
}

/** A file as messages name it: relative to the working directory, absolute when outside it (as for Node.js programs). */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === "" || relative.startsWith("..") ? file : relative;
}

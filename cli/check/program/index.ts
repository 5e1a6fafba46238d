// `sovereignty check --program DIR` / `--stack NAME`: runs a Pulumi Node.js program offline,
// under the mock runtime of its own @pulumi/pulumi and in a child process, as a first
// `pulumi preview` would run it, and returns the resources it registered as a StackSnapshot.

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UserError } from "../../errors";
import type { StackSnapshot } from "../snapshot";
import { loadStackConfig } from "./config";
import { findEntry, readProject } from "./project";
import type { WorkerRequest, WorkerResult } from "./protocol";
import { typescriptLoaderArgs } from "./typescript-loader";

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
  /** Kill a program that runs longer than this (default 10 minutes). */
  readonly timeoutMs?: number;
}

/** A program's snapshot, plus which config keys were `secure:` (the program saw a placeholder). */
export interface ProgramSnapshot extends StackSnapshot {
  readonly kind: "program";
  readonly secretConfigKeys: readonly string[];
  /** The program's @pulumi/pulumi version. */
  readonly sdkVersion: string;
}

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

export async function loadProgramSnapshot(options: ProgramOptions): Promise<ProgramSnapshot> {
  const project = readProject(options.dir);
  const config = loadStackConfig(project, {
    stack: options.stack,
    ...(options.config !== undefined ? { overrides: options.config } : {}),
    ...(options.configFiles !== undefined ? { configFiles: options.configFiles } : {}),
  });
  const entry = findEntry(project);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-program-"));
  try {
    const request: WorkerRequest = {
      project: project.name,
      stack: options.stack,
      main: entry.main,
      moduleKind: entry.moduleKind,
      config: config.values,
      secretKeys: config.secretKeys,
      resultFile: path.join(scratch, "result.json"),
    };
    const requestFile = path.join(scratch, "request.json");
    fs.writeFileSync(requestFile, JSON.stringify(request));
    const result = await runWorker(
      requestFile,
      request.resultFile,
      project.dir,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    const where = `program ${options.dir} (stack ${options.stack})`;
    if (!result.ok) throw new UserError(`${where}: ${result.message}`);
    return {
      origin: stackOrigin(project.stackConfigDir, project.file, options.stack),
      kind: "program",
      project: project.name,
      stack: options.stack,
      config: config.values,
      secretConfigKeys: config.secretKeys,
      sdkVersion: result.sdkVersion,
      resources: result.resources,
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
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

/** The worker next to this file: worker.ts from source (tests, tsx), worker.js once built. */
function workerEntry(): string {
  for (const file of ["worker.js", "worker.ts"]) {
    const candidate = path.join(__dirname, file);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`program worker not found next to ${__filename}`);
}

function runWorker(
  requestFile: string,
  resultFile: string,
  cwd: string,
  timeoutMs: number,
): Promise<WorkerResult> {
  const loader = typescriptLoaderArgs(cwd);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...loader, workerEntry(), requestFile], {
      cwd,
      // The program's own output never mixes with a report on stdout; stderr is kept for crashes.
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-8192);
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (fs.existsSync(resultFile)) {
        resolve(JSON.parse(fs.readFileSync(resultFile, "utf8")) as WorkerResult);
        return;
      }
      const cause =
        signal === "SIGKILL"
          ? `did not finish within ${Math.round(timeoutMs / 1000)} s`
          : code === 0
            ? "exited before registering its resources (process.exit in the program?)"
            : `crashed (exit ${code ?? signal}): ${lastLine(stderr)}`;
      resolve({ ok: false, kind: "program-error", message: `the program ${cause}` });
    });
  });
}

function lastLine(text: string): string {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  return lines.find((line) => /Error/.test(line))?.trim() ?? lines.at(-1)?.trim() ?? "no output";
}

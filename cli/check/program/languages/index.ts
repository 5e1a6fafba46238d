// Programs in other languages than Node.js: each is started as its language host would start it
// (./python.ts, ./go.ts), against the runner's engine host, and supervised like a Node.js program.
// `runForeignProgram` is the whole job for one python or go stack; the Node.js path stays in
// ../index.ts.

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UserError } from "../../../errors";
import {
  startEngineHost,
  superviseProgram,
  type EngineRecords,
  type InvokeAnswerer,
} from "../../engine-host";
import { goToolchainMissing, prepareGo } from "./go";
import { programLocation, type ProgramProcess, type RunRequest } from "./launch";
import { preparePython, resolvePythonInterpreter } from "./python";
import type { ProgramRuntime } from "./runtime";

export { parseRuntime, SUPPORTED_RUNTIMES, type ProgramRuntime, type RuntimeName } from "./runtime";

/** The run request without what this module decides (addresses, dry run, where the program is). */
export interface ForeignProgramOptions extends Omit<
  RunRequest,
  "monitorAddress" | "engineAddress" | "dryRun" | "programDirectory" | "entryPoint"
> {
  readonly runtime: ProgramRuntime;
  /** Pulumi.yaml of the project. */
  readonly projectFile: string;
  /** Pulumi.yaml `main`, when set. */
  readonly main?: string;
  readonly timeoutMs: number;
  /** A program idle this long with nothing pending counts as stalled (the supervisor's default otherwise). */
  readonly stallMs?: number;
  readonly invoke?: InvokeAnswerer;
}

export interface ForeignProgramResult {
  readonly sdkVersion: string;
  /** What the program registered, read, logged and exported. */
  readonly records: EngineRecords;
}

/** Runs a python or go program as a first preview against a fresh engine host and returns what it registered. */
export async function runForeignProgram(options: ForeignProgramOptions): Promise<ForeignProgramResult> {
  if (options.runtime.name === "nodejs")
    throw new Error("runForeignProgram runs python and go programs only");
  const { programDirectory, entryPoint } = programLocation(options.rootDirectory, options.main);
  if (!fs.existsSync(programDirectory)) {
    throw new UserError(
      `${options.projectFile}: the program folder ${programDirectory} (main) does not exist`,
    );
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `sovereignty-${options.runtime.name}-`));
  const host = await startEngineHost({
    organization: options.organization,
    project: options.project,
    stack: options.stack,
    ...(options.invoke !== undefined ? { invoke: options.invoke } : {}),
  });
  let prepared: ProgramProcess | undefined;
  try {
    const request: RunRequest = {
      organization: options.organization,
      project: options.project,
      stack: options.stack,
      config: options.config,
      configSecretKeys: options.configSecretKeys,
      parallel: options.parallel,
      rootDirectory: options.rootDirectory,
      monitorAddress: host.monitorAddress,
      engineAddress: host.engineAddress,
      dryRun: true,
      programDirectory,
      entryPoint,
    };
    prepared =
      options.runtime.name === "python"
        ? await preparePython(options.runtime, options.projectFile, request, scratch)
        : await prepareGo(options.runtime, options.projectFile, request, scratch, {
            loggedErrors: () => host.records.errors(),
          });
    const child = spawn(prepared.command, [...prepared.args], {
      cwd: prepared.cwd,
      env: prepared.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const outcome = await superviseProgram(child, host, {
      timeoutMs: options.timeoutMs,
      ...(options.stallMs !== undefined ? { stallMs: options.stallMs } : {}),
    });
    if (outcome.kind !== "exited") throw new UserError(outcome.message, outcome.stderr);
    if (outcome.code === null && outcome.signal === null) {
      throw new UserError(
        `cannot start ${prepared.command}: ${outcome.stderr.trim().split("\n").at(-1) ?? ""}`,
      );
    }
    const result = prepared.outcome(outcome);
    if (result.error !== undefined) throw new UserError(result.error, outcome.stderr);
    return { sdkVersion: result.sdkVersion, records: host.records };
  } finally {
    prepared?.cleanup();
    await host.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Why a python or go project cannot run on this machine — the one line the run itself would fail
 * with (no interpreter, no virtualenv, no go) — or undefined when its toolchain is here. Callers
 * that check optional stacks print it and skip instead of failing.
 */
export async function missingToolchain(
  runtime: ProgramRuntime,
  projectFile: string,
  rootDirectory: string,
  main?: string,
): Promise<string | undefined> {
  try {
    if (runtime.name === "python") {
      const { programDirectory } = programLocation(rootDirectory, main);
      await resolvePythonInterpreter(runtime, projectFile, rootDirectory, programDirectory);
    } else if (runtime.name === "go") {
      goToolchainMissing(runtime, projectFile, rootDirectory);
    }
    return undefined;
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}

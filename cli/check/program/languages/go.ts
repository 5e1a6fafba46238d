// Starts a Pulumi Go program the way pulumi-language-go does, against the runner's monitor.
//
// Upstream (pulumi/pulumi v3.248, sdk/go/pulumi-language-go/main.go):
// - parseOptions: `binary` (a prebuilt program, found as a path or on PATH by
//   executable.FindExecutable) and `buildTarget` (where to write the build), not both.
// - Run: without `binary`, compileProgram runs `go build -o <temp file>` in the program directory
//   (it needs *.go files there), then runs the result with cwd = RunRequest.Pwd and the
//   environment of constructEnv: PULUMI_ORGANIZATION, PULUMI_PROJECT, PULUMI_ROOT_DIRECTORY,
//   PULUMI_STACK, PULUMI_CONFIG, PULUMI_CONFIG_SECRET_KEYS, PULUMI_DRY_RUN, PULUMI_PARALLEL,
//   PULUMI_MONITOR, PULUMI_ENGINE (names from sdk/go/pulumi/run.go, read by getEnvInfo).
// - Exit status 32 (constant.ExitStatusLoggedError) means the SDK already logged the error to the
//   engine (`pulumi.Run` logs "an unhandled error occurred: program failed: …" and exits 32).
//
// A build error is reported as the compiler's first error (file:line:col: message).

import * as fs from "node:fs";
import * as path from "node:path";
import { UserError } from "../../../errors";
import {
  configEnv,
  displayPath,
  lookPath,
  isExecutableFile,
  runTool,
  type ProgramProcess,
  type RunRequest,
} from "./launch";
import { stringOption, type ProgramRuntime } from "./runtime";

/** `go build` of a program whose modules are in the cache takes seconds; a cold SDK build about a minute. */
const BUILD_TIMEOUT_MS = 5 * 60_000;
/** sdk/go/common/constant: the program logged its error to the engine before exiting. */
const EXIT_STATUS_LOGGED_ERROR = 32;

export interface GoBuildOptions {
  /** Deadline for `go build` (default 5 minutes). */
  readonly buildTimeoutMs?: number;
  /** Where Pulumi's errors logged to the engine can be read back, for exit status 32. */
  readonly loggedErrors?: () => readonly string[];
}

export async function prepareGo(
  runtime: ProgramRuntime,
  projectFile: string,
  request: RunRequest,
  scratch: string,
  options: GoBuildOptions = {},
): Promise<ProgramProcess> {
  const binary = stringOption(runtime, "binary", projectFile);
  const buildTarget = stringOption(runtime, "buildTarget", projectFile);
  if (binary !== undefined && buildTarget !== undefined) {
    throw new UserError(`${projectFile}: the go runtime options binary and buildTarget cannot both be set`);
  }
  let program: string;
  let built: string | undefined;
  if (binary !== undefined) {
    program = findBinary(binary, request.rootDirectory, projectFile);
  } else {
    const output =
      buildTarget !== undefined
        ? path.resolve(request.programDirectory, buildTarget)
        : path.join(scratch, "pulumi-go-program");
    await buildGoProgram(request.programDirectory, output, options.buildTimeoutMs ?? BUILD_TIMEOUT_MS);
    program = output;
    if (buildTarget === undefined) built = output;
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  const set = (key: string, value: string): void => {
    if (value !== "") env[key] = value; // constructEnv's maybeAppendEnv: only non-empty values
  };
  set("PULUMI_ORGANIZATION", request.organization);
  set("PULUMI_PROJECT", request.project);
  set("PULUMI_ROOT_DIRECTORY", request.rootDirectory);
  set("PULUMI_STACK", request.stack);
  const { PULUMI_CONFIG: config, PULUMI_CONFIG_SECRET_KEYS: secretKeys } = configEnv(request);
  set("PULUMI_CONFIG", config ?? "");
  set("PULUMI_CONFIG_SECRET_KEYS", secretKeys ?? "");
  set("PULUMI_DRY_RUN", String(request.dryRun));
  set("PULUMI_PARALLEL", String(request.parallel));
  set("PULUMI_MONITOR", request.monitorAddress);
  set("PULUMI_ENGINE", request.engineAddress);
  const sdkVersion = goSdkVersion(request.programDirectory);
  return {
    command: program,
    args: [],
    cwd: request.programDirectory,
    env,
    outcome: (exit) => {
      if (exit.code === 0) return { sdkVersion };
      if (exit.signal !== null) return { sdkVersion, error: `the Go program was stopped (${exit.signal})` };
      const panic = panicLine(exit.stderr, request.rootDirectory);
      if (panic !== undefined) return { sdkVersion, error: panic };
      if (exit.code === EXIT_STATUS_LOGGED_ERROR) {
        const logged = options.loggedErrors?.().at(-1);
        if (logged !== undefined)
          return { sdkVersion, error: `the program failed: ${programFailure(logged)}` };
      }
      const last = exit.stderr
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .at(-1);
      return {
        sdkVersion,
        error: `the Go program exited with code ${exit.code ?? "?"}${last ? `: ${last}` : ""}`,
      };
    },
    cleanup: () => {
      if (built !== undefined) fs.rmSync(built, { force: true });
    },
  };
}

/** Throws the line `prepareGo` would fail with when neither `go` nor the prebuilt `binary` is here. */
export function goToolchainMissing(
  runtime: ProgramRuntime,
  projectFile: string,
  rootDirectory: string,
): void {
  const binary = stringOption(runtime, "binary", projectFile);
  if (binary !== undefined) findBinary(binary, rootDirectory, projectFile);
  else requireGo();
}

function requireGo(): string {
  const go = lookPath("go");
  if (go === undefined) {
    throw new UserError(
      "the Go toolchain is not installed (no go on PATH): install Go (https://go.dev/dl), or set runtime.options.binary to a prebuilt program",
    );
  }
  return go;
}

/** executable.FindExecutable: a path (relative to the project) if it exists, else PATH. */
function findBinary(binary: string, rootDirectory: string, projectFile: string): string {
  const local = path.resolve(rootDirectory, binary);
  if (isExecutableFile(local)) return local;
  const onPath = binary.includes(path.sep) ? undefined : lookPath(binary);
  if (onPath !== undefined) return onPath;
  throw new UserError(
    `${path.basename(projectFile)} sets runtime.options.binary ${JSON.stringify(binary)}, but there is no such executable (${local}, nor on PATH): build it first (go build -o ${binary})`,
  );
}

/** compileProgram: `go build -o <output>` in the program directory; the compiler's first error otherwise. */
export async function buildGoProgram(
  programDirectory: string,
  output: string,
  timeoutMs: number,
): Promise<void> {
  const go = requireGo();
  if (!fs.readdirSync(programDirectory).some((file) => file.endsWith(".go"))) {
    throw new UserError(
      `no .go files in ${programDirectory} to build (pulumi-language-go builds the program folder)`,
    );
  }
  const result = await runTool(go, ["build", "-o", output], { cwd: programDirectory, timeoutMs });
  if (result.timedOut) {
    throw new UserError(
      `go build in ${programDirectory} did not finish within ${Math.round(timeoutMs / 1000)} s`,
    );
  }
  if (result.code !== 0) {
    throw new UserError(
      `go build failed in ${programDirectory}: ${firstBuildError(result.stderr)}`,
      result.stderr,
    );
  }
}

/**
 * The compiler's first error: the first `file.go:line:col: message` line, else the first line
 * that is not a `# package` header (module errors: `no required module provides package …`).
 */
export function firstBuildError(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const compile = lines.find((line) => /^\S+\.go:\d+(:\d+)?: /.test(line));
  const chosen = compile ?? lines.find((line) => !line.startsWith("#")) ?? "no output";
  return chosen.replace(/^go: /, "");
}

/** A Go panic as one line: its message and the first frame in the program's own files. */
function panicLine(stderr: string, rootDirectory: string): string | undefined {
  const lines = stderr.split("\n");
  const at = lines.findIndex((line) => line.startsWith("panic: "));
  if (at < 0) return undefined;
  const message = lines[at]!.trim();
  const root = rootDirectory + path.sep;
  const frame = lines
    .slice(at + 1)
    .map((line) => /^\s+(\/\S+\.go):(\d+)/.exec(line))
    .find((match) => match !== null && match[1]!.startsWith(root));
  const where = frame ? `${displayPath(frame[1]!)}:${frame[2]}: ` : "";
  return `the program panicked at ${where}${message}`;
}

/**
 * pulumi.Run's log line "an unhandled error occurred: program failed: \n<error>" → "<error>"; the
 * SDK joins errors with hashicorp/go-multierror ("1 error occurred:\n\t* <error>"): the first one.
 */
function programFailure(logged: string): string {
  const lines = logged
    .replace(/^an unhandled error occurred: program failed:\s*/s, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^\d+ errors? occurred:$/.test(line));
  return lines[0]?.replace(/^\* /, "") ?? logged.trim();
}

/** The github.com/pulumi/pulumi/sdk/v3 version the program's go.mod requires, if it says. */
function goSdkVersion(programDirectory: string): string {
  for (let dir = programDirectory; ; dir = path.dirname(dir)) {
    const gomod = path.join(dir, "go.mod");
    if (fs.existsSync(gomod)) {
      const match = /github\.com\/pulumi\/pulumi\/sdk\/v3\s+(v\S+)/.exec(fs.readFileSync(gomod, "utf8"));
      return match?.[1]?.replace(/^v/, "") ?? "unknown";
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}

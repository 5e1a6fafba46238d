// Child-process entry: runs ONE Pulumi program under the mock runtime and writes what it
// registered to a result file. A process per program keeps the SDK's global state (mocks,
// config, the root stack resource) from leaking between stacks, and a program that crashes or
// calls process.exit cannot take the runner down. Started by `loadProgramSnapshot` with tsx's
// loader (`node --import tsx worker`), so TypeScript programs load as CommonJS or ESM.
//
// Usage: node --import <tsx loader> worker.(ts|js) <request.json>

import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { InvokeError } from "./invokes";
import { installMockRuntime, type PulumiRuntimeLike, type PulumiStateLike } from "./monitor";
import type { WorkerErrorKind, WorkerRequest, WorkerResult } from "./protocol";
import { checkSdkVersion, SUPPORTED_SDK_RANGE } from "./sdk";

class WorkerFailure extends Error {
  constructor(
    readonly kind: WorkerErrorKind,
    message: string,
  ) {
    super(message);
  }
}

let resultFile: string | undefined;
let finished = false;

function finish(result: WorkerResult): never {
  if (!finished && resultFile !== undefined) {
    finished = true;
    fs.writeFileSync(resultFile, JSON.stringify(result));
  }
  process.exit(result.ok ? 0 : 1);
}

function fail(err: unknown): never {
  if (err instanceof WorkerFailure) finish({ ok: false, kind: err.kind, message: err.message });
  const missing = missingModule(err);
  if (missing !== undefined) finish({ ok: false, kind: "missing-package", message: missing });
  finish({ ok: false, kind: "program-error", message: errorText(err) });
}

async function main(): Promise<void> {
  const requestFile = process.argv[2];
  if (requestFile === undefined) throw new Error("usage: worker <request.json>");
  const request = JSON.parse(fs.readFileSync(requestFile, "utf8")) as WorkerRequest;
  resultFile = request.resultFile;
  // Errors thrown in applies and in registrations surface here, not at the program's top level.
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);

  const programRequire = createRequire(request.main);
  let sdkPackageJson: string;
  try {
    sdkPackageJson = programRequire.resolve("@pulumi/pulumi/package.json");
  } catch {
    throw new WorkerFailure(
      "sdk-missing",
      `cannot find @pulumi/pulumi from ${path.dirname(request.main)}: install the program's dependencies (npm install)`,
    );
  }
  const sdkRoot = path.dirname(sdkPackageJson);
  const sdkVersion = (JSON.parse(fs.readFileSync(sdkPackageJson, "utf8")) as { version?: unknown }).version;
  const versionProblem = checkSdkVersion(sdkVersion);
  if (versionProblem !== undefined) {
    throw new WorkerFailure(
      "sdk-unsupported",
      `${versionProblem} (at ${sdkRoot}); supported: @pulumi/pulumi ${SUPPORTED_SDK_RANGE}`,
    );
  }
  // The program's own copy: mocks set on any other copy would not be seen by its resources.
  const pulumi = programRequire(sdkRoot) as { runtime?: unknown };
  const state = programRequire(path.join(sdkRoot, "runtime", "state")) as PulumiStateLike;
  const runtime = pulumi.runtime as PulumiRuntimeLike;

  const recorder = await installMockRuntime(runtime, state, request);
  await runtime.runInPulumiStack(async () => {
    // As the Node.js language host does (@pulumi/pulumi cmd/run/run.js): ESM via import(),
    // CommonJS via require(); an exported function is the program and is called.
    let exported: unknown;
    if (request.moduleKind === "esm") {
      const namespace = (await import(pathToFileURL(request.main).href)) as Record<string, unknown>;
      exported =
        Object.keys(namespace).length === 1 && "default" in namespace ? namespace["default"] : namespace;
    } else {
      exported = programRequire(request.main);
    }
    return typeof exported === "function" ? await (exported as () => unknown)() : exported;
  });
  await runtime.waitForRPCs();
  finish({ ok: true, sdkVersion: String(sdkVersion), resources: recorder.resources() });
}

/** "imports x, which is not installed" for a module that failed to resolve, else undefined. */
function missingModule(err: unknown): string | undefined {
  if (!(err instanceof Error)) return undefined;
  const code = (err as NodeJS.ErrnoException).code;
  if (code !== "MODULE_NOT_FOUND" && code !== "ERR_MODULE_NOT_FOUND") return undefined;
  const name = /Cannot find (?:module|package) '([^']+)'/.exec(err.message)?.[1];
  if (name === undefined) return undefined;
  if (name.startsWith(".") || path.isAbsolute(name))
    return `the program imports ${name}, which does not exist`;
  return `the program imports ${name}, which is not installed (run npm install in the program directory)`;
}

function errorText(err: unknown): string {
  if (err instanceof InvokeError) return err.message;
  const text = err instanceof Error ? err.message : String(err);
  // Pulumi wraps failures as "Running program '...' failed with an unhandled exception:\n<cause>"
  // and resource errors over several lines; one line naming the cause is what the user needs.
  const lines = text.split("\n").map((line) => line.trim());
  const line =
    lines.find((candidate) => candidate !== "" && !candidate.startsWith("Running program")) ?? text;
  // The SDK prefixes the cause once per nesting level of the input it was serialising.
  return line.replace(/^(error serializing property "[^"]*": )+/, "");
}

main().catch(fail);

// Starts a Pulumi Python program the way pulumi-language-python does, against the runner's monitor.
//
// Upstream (pulumi/pulumi v3.248):
// - sdk/python/cmd/pulumi-language-python/main.go — parseOptions reads `toolchain` (pip | poetry |
//   uv), `virtualenv` and `typechecker` from runtime.options; Run resolves the toolchain, validates
//   its virtualenv, and runs `<python> pulumi-language-python-exec --monitor … --engine … --project …
//   --root_directory … --stack … --pwd … --dry_run … --parallel … --organization … <entry>` with
//   PULUMI_CONFIG and PULUMI_CONFIG_SECRET_KEYS in the environment (constructArguments,
//   constructConfig, constructConfigSecretKeys).
// - sdk/python/toolchain/{toolchain,pip,uv,poetry}.go — pip: the virtualenv's bin/python, or with
//   no virtualenv `PULUMI_PYTHON_CMD`, else `python3`, else `python` from PATH; uv: needs `uv` on
//   PATH, virtualenv `.venv` next to the nearest uv.lock / pyproject.toml (else in the project
//   root); poetry: needs `poetry` on PATH, virtualenv from `poetry env info --path`.
//   ActivateVirtualEnv prepends the virtualenv's bin to PATH, sets VIRTUAL_ENV, drops PYTHONHOME.
// - The exec shim is ours (./python-exec.py), modelled on sdk/python/cmd/pulumi-language-python-exec.
//
// Unlike `pulumi preview`, nothing is installed here: a virtualenv that does not exist is an error
// telling the user how to create it (pulumi would run pip; an offline check changes no files).

import * as fs from "node:fs";
import * as path from "node:path";
import { UserError } from "../../../errors";
import {
  configEnv,
  displayPath,
  isExecutableFile,
  lookPath,
  runTool,
  type ProgramProcess,
  type RunRequest,
} from "./launch";
import { stringOption, type ProgramRuntime } from "./runtime";

const TOOLCHAINS = ["pip", "uv", "poetry"] as const;
type Toolchain = (typeof TOOLCHAINS)[number];

/** How long `poetry env info --path` may take. */
const TOOL_TIMEOUT_MS = 30_000;

export interface PythonInterpreter {
  /** The interpreter to run. */
  readonly python: string;
  /** The virtualenv it belongs to, when there is one (activated in the program's environment). */
  readonly virtualenv?: string;
  /** Where the toolchain runs the program from (uv/poetry: the project; pip: the program folder). */
  readonly cwd: string;
}

/** Finds the interpreter Pulumi would use for this project, or one line saying why there is none. */
export async function resolvePythonInterpreter(
  runtime: ProgramRuntime,
  projectFile: string,
  rootDirectory: string,
  programDirectory: string,
): Promise<PythonInterpreter> {
  const toolchainOption = stringOption(runtime, "toolchain", projectFile) ?? "pip";
  if (!(TOOLCHAINS as readonly string[]).includes(toolchainOption)) {
    throw new UserError(
      `${projectFile}: unsupported python toolchain ${JSON.stringify(toolchainOption)} (Pulumi accepts pip, uv or poetry)`,
    );
  }
  const toolchain = toolchainOption as Toolchain;
  const virtualenvOption = stringOption(runtime, "virtualenv", projectFile);
  const typechecker = stringOption(runtime, "typechecker", projectFile);
  if (typechecker !== undefined && typechecker !== "mypy" && typechecker !== "pyright") {
    throw new UserError(
      `${projectFile}: unsupported python typechecker ${JSON.stringify(typechecker)} (mypy or pyright)`,
    );
  }

  switch (toolchain) {
    case "pip": {
      if (virtualenvOption === undefined) {
        // toolchain/pip.go CommandPath: PULUMI_PYTHON_CMD, else python3, else python.
        const candidates = process.env["PULUMI_PYTHON_CMD"]
          ? [process.env["PULUMI_PYTHON_CMD"]]
          : ["python3", "python"];
        const python = candidates.map((name) => lookPath(name)).find((found) => found !== undefined);
        if (python === undefined) {
          throw new UserError(
            `no Python interpreter: none of ${candidates.join(", ")} is on PATH (install Python 3.9 or later, or set runtime.options.virtualenv in ${path.basename(projectFile)})`,
          );
        }
        return { python, cwd: programDirectory };
      }
      const virtualenv = path.resolve(rootDirectory, virtualenvOption);
      return {
        python: venvPython(virtualenv, virtualenvOption, projectFile),
        virtualenv,
        cwd: programDirectory,
      };
    }
    case "uv": {
      if (lookPath("uv") === undefined) {
        throw new UserError(
          `${projectFile} sets toolchain: uv, but uv is not on PATH (install uv, or use toolchain: pip with a virtualenv)`,
        );
      }
      const virtualenv =
        virtualenvOption !== undefined
          ? path.resolve(rootDirectory, virtualenvOption)
          : path.join(
              searchUp(rootDirectory, "uv.lock") ??
                searchUp(rootDirectory, "pyproject.toml") ??
                rootDirectory,
              ".venv",
            );
      const python = venvPython(
        virtualenv,
        virtualenvOption ?? path.relative(rootDirectory, virtualenv),
        projectFile,
        "uv sync",
      );
      return { python, virtualenv, cwd: rootDirectory };
    }
    case "poetry": {
      const poetry = lookPath("poetry");
      if (poetry === undefined) {
        throw new UserError(
          `${projectFile} sets toolchain: poetry, but poetry is not on PATH (install poetry, or use toolchain: pip with a virtualenv)`,
        );
      }
      const result = await runTool(poetry, ["env", "info", "--path"], {
        cwd: programDirectory,
        timeoutMs: TOOL_TIMEOUT_MS,
      });
      const virtualenv = result.stdout.trim();
      if (result.code !== 0 || virtualenv === "") {
        throw new UserError(
          `poetry has no virtualenv for ${programDirectory}${result.timedOut ? " (poetry env info timed out)" : ""}: run poetry install there`,
        );
      }
      return {
        python: venvPython(virtualenv, virtualenv, projectFile, "poetry install"),
        virtualenv,
        cwd: programDirectory,
      };
    }
  }
}

/** The virtualenv's bin/python (toolchain/pip.go IsVirtualEnv), or one line on how to create it. */
function venvPython(virtualenv: string, option: string, projectFile: string, install?: string): string {
  const python = path.join(virtualenv, "bin", "python");
  if (isExecutableFile(python)) return python;
  const state = fs.existsSync(virtualenv) ? "is not a virtual environment (no bin/python)" : "does not exist";
  const create =
    install ??
    `python3 -m venv ${virtualenv} && ${path.join(virtualenv, "bin", "pip")} install -r requirements.txt`;
  throw new UserError(
    `${path.basename(projectFile)}: the python virtualenv ${JSON.stringify(option)} (${virtualenv}) ${state}: create it (${create})`,
  );
}

function searchUp(dir: string, file: string): string | undefined {
  for (let current = dir; ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, file))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

/** The exec shim next to this module (the build copies the .py next to the compiled one). */
export function pythonExecShim(): string {
  const shim = path.join(__dirname, "python-exec.py");
  if (!fs.existsSync(shim)) throw new Error(`python-exec.py not found next to ${__filename}`);
  return shim;
}

/** ActivateVirtualEnv (toolchain/toolchain.go): venv bin first on PATH, VIRTUAL_ENV set, no PYTHONHOME. */
function activate(env: NodeJS.ProcessEnv, virtualenv: string | undefined): NodeJS.ProcessEnv {
  if (virtualenv === undefined) return env;
  const result: NodeJS.ProcessEnv = { ...env };
  delete result["PYTHONHOME"];
  result["PATH"] = [path.join(virtualenv, "bin"), env["PATH"]].filter(Boolean).join(path.delimiter);
  result["VIRTUAL_ENV"] = virtualenv;
  return result;
}

export async function preparePython(
  runtime: ProgramRuntime,
  projectFile: string,
  request: RunRequest,
  scratch: string,
): Promise<ProgramProcess> {
  const interpreter = await resolvePythonInterpreter(
    runtime,
    projectFile,
    request.rootDirectory,
    request.programDirectory,
  );
  const resultFile = path.join(scratch, "python-result.json");
  const args = [
    pythonExecShim(),
    // constructArguments: only non-empty values are passed.
    ...flag("monitor", request.monitorAddress),
    ...flag("engine", request.engineAddress),
    ...flag("project", request.project),
    ...flag("root_directory", request.rootDirectory),
    ...flag("stack", request.stack),
    ...flag("pwd", request.programDirectory),
    ...flag("dry_run", String(request.dryRun)),
    ...flag("parallel", String(request.parallel)),
    ...flag("organization", request.organization),
    request.entryPoint,
  ];
  const env: NodeJS.ProcessEnv = {
    ...activate(process.env, interpreter.virtualenv),
    ...configEnv(request),
    PYTHONUNBUFFERED: "1",
    PYTHONDONTWRITEBYTECODE: "1",
    SOVEREIGNTY_RESULT_FILE: resultFile,
  };
  return {
    command: interpreter.python,
    args,
    cwd: interpreter.cwd,
    env,
    outcome: (exit) => readOutcome(resultFile, exit, interpreter.python),
    cleanup: () => fs.rmSync(resultFile, { force: true }),
  };
}

function flag(name: string, value: string): string[] {
  return value === "" ? [] : [`--${name}`, value];
}

interface ShimResult {
  sdkVersion?: string;
  error?: { kind: string; message: string; file?: string; line?: number };
}

function readOutcome(
  resultFile: string,
  exit: { code: number | null; signal: NodeJS.Signals | null; stderr: string },
  python: string,
): { sdkVersion: string; error?: string } {
  let result: ShimResult = {};
  try {
    result = JSON.parse(fs.readFileSync(resultFile, "utf8")) as ShimResult;
  } catch {
    // The interpreter died before the shim wrote anything (a broken interpreter, a killed process).
  }
  const sdkVersion = result.sdkVersion ?? "unknown";
  const error = result.error;
  if (error !== undefined) {
    switch (error.kind) {
      case "sdk-missing":
        return {
          sdkVersion,
          error: `the pulumi package is not installed for ${python} (${firstLine(error.message)}): pip install -r requirements.txt in that environment`,
        };
      case "program-missing":
        return { sdkVersion, error: error.message };
      default: {
        const where = error.file !== undefined ? `${displayPath(error.file)}:${error.line ?? "?"}: ` : "";
        return { sdkVersion, error: `the program raised ${where}${firstLine(error.message)}` };
      }
    }
  }
  if (exit.code === 0) return { sdkVersion };
  const stderrLine = lastMeaningfulLine(exit.stderr);
  return {
    sdkVersion,
    error:
      exit.signal !== null
        ? `the Python program was stopped (${exit.signal})`
        : `the Python program exited with code ${exit.code ?? "?"}${stderrLine ? `: ${stderrLine}` : ""}`,
  };
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .find((line) => line.trim() !== "")
      ?.trim() ?? text.trim()
  );
}

function lastMeaningfulLine(text: string): string | undefined {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .at(-1);
}

// Reads what `pulumi preview` needs from a program directory: the project file, its name, where
// its stack config lives, and the Node.js runtime options the language host reads (`main`,
// `runtime.options.typescript|tsconfig|nodeargs`: pulumi/pulumi
// sdk/nodejs/cmd/pulumi-language-nodejs/main.go parseOptions). Which module is the entry point is
// left to the program's own @pulumi/pulumi cmd/run, as under the engine. Project file reference:
// https://www.pulumi.com/docs/iac/concepts/projects/project-file/

import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { UserError } from "../../errors";
import { parseRuntime, type ProgramRuntime } from "./languages/runtime";

export interface PulumiProject {
  /** Directory holding Pulumi.yaml. */
  readonly dir: string;
  readonly file: string;
  readonly name: string;
  /** Where `Pulumi.<stack>.yaml` files live (`stackConfigDir`, else the project directory). */
  readonly stackConfigDir: string;
  /** Project-level config (`config:` in Pulumi.yaml) as raw YAML values. */
  readonly config: Readonly<Record<string, unknown>>;
  /** `runtime:` — nodejs, python or go, with its options (./languages/runtime.ts). */
  readonly runtime: ProgramRuntime;
  /** `main:` as written in Pulumi.yaml (the language host passes it as the entry point), if any. */
  readonly main?: string;
  /** `runtime.options.typescript` (default true: the language host loads TypeScript with ts-node). */
  readonly typescript: boolean;
  /** `runtime.options.tsconfig`, if any. */
  readonly tsconfig?: string;
  /** `runtime.options.nodeargs`, split on spaces. */
  readonly nodeArgs: readonly string[];
}

const PROJECT_FILES = ["Pulumi.yaml", "Pulumi.yml"];

export function readProject(dir: string): PulumiProject {
  const absolute = path.resolve(dir);
  if (!fs.existsSync(absolute)) throw new UserError(`program directory ${dir} does not exist`);
  if (!fs.statSync(absolute).isDirectory()) {
    throw new UserError(
      `program directory ${dir} is a file: expected the program's folder (the one holding Pulumi.yaml)`,
    );
  }
  const file = PROJECT_FILES.map((name) => path.join(absolute, name)).find((candidate) =>
    fs.existsSync(candidate),
  );
  if (file === undefined) {
    throw new UserError(`${dir} is not a Pulumi program: it has no Pulumi.yaml`);
  }
  let doc: unknown;
  try {
    doc = parseYaml(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new UserError(`${file} is not valid YAML: ${firstLine(err)}`);
  }
  if (!isRecord(doc)) {
    throw new UserError(`${file} must be a YAML mapping with at least name and runtime`);
  }
  const name = doc["name"];
  if (typeof name !== "string" || name === "") {
    throw new UserError(`${file} has no project name (expected a "name:" key)`);
  }
  const runtime = parseRuntime(doc, file);
  const stackConfigDir =
    typeof doc["stackConfigDir"] === "string" ? path.resolve(absolute, doc["stackConfigDir"]) : absolute;
  const config = isRecord(doc["config"]) ? doc["config"] : {};
  const options =
    isRecord(doc["runtime"]) && isRecord(doc["runtime"]["options"]) ? doc["runtime"]["options"] : {};
  const main = typeof doc["main"] === "string" && doc["main"] !== "" ? doc["main"] : undefined;
  if (main !== undefined && !fs.existsSync(path.resolve(absolute, main))) {
    throw new UserError(`${file}: main ${main} does not exist in ${absolute}`);
  }
  return {
    dir: absolute,
    file,
    name,
    runtime,
    stackConfigDir,
    config,
    ...(main !== undefined ? { main } : {}),
    typescript: options["typescript"] !== false,
    ...(typeof options["tsconfig"] === "string" ? { tsconfig: options["tsconfig"] } : {}),
    nodeArgs: typeof options["nodeargs"] === "string" ? options["nodeargs"].split(/\s+/).filter(Boolean) : [],
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n").find((line) => line.trim() !== "") ?? text;
}

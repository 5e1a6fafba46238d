// Finds what `pulumi preview` would run for a program directory: the project file, the entry
// point and whether it loads as CommonJS or ESM. Follows the Node.js language host
// (@pulumi/pulumi cmd/run/run.js: `main` from Pulumi.yaml, else package.json `exports`/`main`,
// else the directory itself; `"type": "module"` → ESM) and the project file reference
// (https://www.pulumi.com/docs/iac/concepts/projects/project-file/).

import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { UserError } from "../../errors";

export interface PulumiProject {
  /** Directory holding Pulumi.yaml. */
  readonly dir: string;
  readonly file: string;
  readonly name: string;
  /** Where `Pulumi.<stack>.yaml` files live (`stackConfigDir`, else the project directory). */
  readonly stackConfigDir: string;
  /** Project-level config (`config:` in Pulumi.yaml) as raw YAML values. */
  readonly config: Readonly<Record<string, unknown>>;
}

export interface ProgramEntry {
  /** Absolute path of the module to load (a file, or a directory for CommonJS). */
  readonly main: string;
  readonly moduleKind: "commonjs" | "esm";
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
  const runtime = isRecord(doc["runtime"]) ? doc["runtime"]["name"] : doc["runtime"];
  if (runtime !== "nodejs") {
    throw new UserError(
      `${file} declares runtime ${JSON.stringify(runtime ?? null)}; only nodejs programs (TypeScript or JavaScript) can be run offline`,
    );
  }
  const stackConfigDir =
    typeof doc["stackConfigDir"] === "string" ? path.resolve(absolute, doc["stackConfigDir"]) : absolute;
  const config = isRecord(doc["config"]) ? doc["config"] : {};
  return { dir: absolute, file, name, stackConfigDir, config };
}

export function findEntry(project: PulumiProject): ProgramEntry {
  const doc = parseYaml(fs.readFileSync(project.file, "utf8")) as Record<string, unknown>;
  const packageRoot = findPackageRoot(project.dir);
  const packageJson = packageRoot === undefined ? {} : readPackageJson(packageRoot);
  const moduleKind = packageJson["type"] === "module" ? "esm" : "commonjs";
  let main: string;
  if (typeof doc["main"] === "string") {
    main = path.resolve(project.dir, doc["main"]);
  } else {
    // Like Node's require(dir): only the program directory's own package.json names an entry;
    // a package.json further up (a monorepo, a library) decides the module kind, not the entry.
    main =
      (packageRoot === project.dir ? entryFromPackageJson(packageRoot, packageJson) : undefined) ??
      project.dir;
  }
  if (!fs.existsSync(main)) {
    throw new UserError(`${project.file}: the program's entry point ${main} does not exist`);
  }
  if (fs.statSync(main).isDirectory()) {
    const index = ["index.ts", "index.js", "index.mts", "index.mjs", "index.cts", "index.cjs"]
      .map((file) => path.join(main, file))
      .find((file) => fs.existsSync(file));
    if (index === undefined) {
      throw new UserError(`${project.file}: no index.ts or index.js in the program directory ${main}`);
    }
    main = index;
  }
  return { main, moduleKind };
}

function entryFromPackageJson(root: string | undefined, pkg: Record<string, unknown>): string | undefined {
  if (root === undefined) return undefined;
  const exportsField = pkg["exports"];
  let relative: unknown;
  if (typeof exportsField === "string") {
    relative = exportsField;
  } else if (isRecord(exportsField)) {
    const dot = exportsField["."];
    relative = isRecord(dot) ? (dot["default"] ?? dot["require"] ?? dot["import"]) : dot;
  } else {
    relative = pkg["main"];
  }
  return typeof relative === "string" ? path.resolve(root, relative) : undefined;
}

/** The nearest directory at or above `dir` holding a package.json (Node's own rule for `type`). */
function findPackageRoot(dir: string): string | undefined {
  let current = dir;
  for (;;) {
    if (fs.existsSync(path.join(current, "package.json"))) return current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

function readPackageJson(root: string): Record<string, unknown> {
  const file = path.join(root, "package.json");
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    return isRecord(parsed) ? parsed : {};
  } catch (err) {
    throw new UserError(`${file} is not valid JSON: ${firstLine(err)}`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split("\n").find((line) => line.trim() !== "") ?? text;
}

// Shared by the Python and Go program tests: where the fixtures are, whether the toolchain a test
// needs is here (scripts/setup-polyglot.sh prepares it), and skipping with a printed reason —
// never a silent pass.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { missingToolchain } from "../../cli/check/program/languages";
import { readProject } from "../../cli/check/program/project";
import type { SnapshotResource } from "../../cli/check/snapshot";
import { UserError } from "../../cli/errors";

export const ROOT = path.resolve(__dirname, "..", "..");
export const POLYGLOT = path.join(ROOT, "test", "fixtures", "polyglot");
/** The virtualenv the Python fixtures share (`virtualenv: ../venv`). */
export const FIXTURE_VENV = path.join(POLYGLOT, "python", "venv");

/**
 * Why the project in `dir` cannot run here — the line the runner itself would fail with (no
 * virtualenv, no interpreter, no go) plus how to prepare it — or undefined when it can.
 */
export async function toolchainMissing(dir: string): Promise<string | undefined> {
  const project = readProject(dir);
  const missing = await missingToolchain(project.runtime, project.file, project.dir, project.main);
  return missing === undefined ? undefined : `${missing} (run scripts/setup-polyglot.sh)`;
}

/** Why Python program tests cannot run here (the fixtures' shared virtualenv), or undefined. */
export function pythonMissing(): Promise<string | undefined> {
  return toolchainMissing(path.join(POLYGLOT, "python", "twin"));
}

/** Why Go program tests cannot run here, or undefined. */
export function goMissing(): Promise<string | undefined> {
  return toolchainMissing(path.join(POLYGLOT, "go", "twin"));
}

/** Skips the current test or hook with the reason printed, when `reason` is set. */
export function skipIf(context: Mocha.Context, reason: string | undefined): void {
  if (reason === undefined) return;
  console.log(
    `      skipped: ${context.currentTest?.fullTitle() ?? context.test?.fullTitle() ?? ""}: ${reason}`,
  );
  context.skip();
}

/** A temporary program folder with these files (paths relative to it). */
export function tempProgram(files: Readonly<Record<string, string>>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-polyglot-"));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Runs `body` with PATH (and PULUMI_PYTHON_CMD) replaced, restoring them after. */
export async function withPath<T>(dirs: readonly string[], body: () => Promise<T>): Promise<T> {
  const saved = { PATH: process.env["PATH"], PULUMI_PYTHON_CMD: process.env["PULUMI_PYTHON_CMD"] };
  process.env["PATH"] = dirs.join(path.delimiter);
  delete process.env["PULUMI_PYTHON_CMD"];
  try {
    return await body();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Asserts `promise` rejects with a one-line UserError matching `pattern`. */
export async function rejectsWithUserError(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof UserError, `expected a UserError, got ${String(err)}`);
    assert.match(err.message, pattern);
    assert.doesNotMatch(err.message, /\n/, "the message must be one line");
    return true;
  });
}

/**
 * What the pack receives of a resource, independent of the language that registered it: type,
 * name, parent, provider, properties and property dependencies (by URN). Source positions and the
 * order of registration differ between SDKs and are compared separately.
 */
export function records(resources: readonly SnapshotResource[]): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const r of resources) {
    const dependencies = Object.fromEntries(
      Object.entries(r.propertyDependencies)
        .filter(([, urns]) => urns.length > 0)
        .map(([key, urns]) => [key, [...urns].sort()]),
    );
    result.set(r.urn, {
      type: r.type,
      name: r.name,
      custom: r.custom,
      parent: r.parent,
      provider: r.provider,
      properties: r.properties,
      propertyDependencies: dependencies,
      dependencies: [...r.dependencies].sort(),
    });
  }
  return result;
}

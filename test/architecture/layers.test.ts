// docs/design.md's layers, enforced: imports only point down. A violation here is a design change,
// not a test to loosen.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(relative));
    else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(relative);
  }
  return out;
}

/** Every module a file imports or requires, resolved to a repo-relative path for relative specifiers. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms),
    ...text.matchAll(/^\s*import\s+"([^"]+)"/gm),
    ...text.matchAll(/\b(?:require|import)\(\s*"([^"]+)"\s*\)/g),
  ].map((match) => match[1]!);
  return specifiers.map((spec) =>
    spec.startsWith(".") ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec)) : spec,
  );
}

function offending(layer: string, forbidden: (target: string) => boolean): string[] {
  return sourceFiles(layer).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((target) => `${file} imports ${target}`),
  );
}

const ours = (target: string, ...dirs: string[]): boolean =>
  dirs.some((dir) => target.split(path.sep)[0] === dir);

describe("layers (docs/design.md)", () => {
  it("sovereignty/ imports nothing of ours outside itself and no Pulumi runtime", () => {
    assert.deepEqual(
      offending(
        "sovereignty",
        (t) => ours(t, "cli", "policypack", "components", "stacks") || t.startsWith("@pulumi/"),
      ),
      [],
    );
  });

  it("policypack/ imports no component, no CLI and no provider SDK", () => {
    assert.deepEqual(
      offending(
        "policypack",
        (t) =>
          ours(t, "cli", "components", "stacks") ||
          (t.startsWith("@pulumi/") && !t.startsWith("@pulumi/policy") && !t.startsWith("@pulumi/pulumi")),
      ),
      [],
    );
  });

  it("cli/ never imports the pack: it starts it as a process", () => {
    assert.deepEqual(
      offending("cli", (t) => ours(t, "policypack", "components", "stacks")),
      [],
    );
  });

  it("components/ import only the model among our layers", () => {
    assert.deepEqual(
      offending("components", (t) => ours(t, "cli", "policypack", "stacks")),
      [],
    );
  });

  it("each cloud's components import only their own provider SDK", () => {
    const providers: Record<string, string> = {
      aws: "@pulumi/aws",
      azure: "@pulumi/azure-native",
      gcp: "@pulumi/gcp",
    };
    for (const [cloud, own] of Object.entries(providers)) {
      const foreign = Object.values(providers).filter((p) => p !== own);
      assert.deepEqual(
        offending(path.join("components", cloud), (t) =>
          foreign.some((p) => t === p || t.startsWith(`${p}/`)),
        ),
        [],
        cloud,
      );
    }
  });

  it("the check finds imports at all (guards against a vacuous pass)", () => {
    assert.ok(importsOf(path.join("policypack", "index.ts")).some((t) => t.startsWith("@pulumi/policy")));
    assert.ok(
      importsOf(path.join("components", "aws", "bucket.ts")).some((t) => t.startsWith("@pulumi/aws")),
    );
  });
});

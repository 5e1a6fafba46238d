// The registry's tables are built on their first lookup (docs/decisions/2026-11-30-lazy-tables.md).
// A lookup made first thing in a fresh process must answer what the same lookup answers once the
// tables are loaded: the fresh process below asks before anything else has touched them.
import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { defaultCatalog } from "../../../sovereignty/catalog/catalog";
import { once } from "../../../sovereignty/once";
import { typeOf } from "../../../sovereignty/registry";
import { allModuleRules, classifyToken } from "../../../sovereignty/registry/modules";

const ROOT = path.resolve(__dirname, "..", "..", "..");

// Declared, classified by an exception and by a prefix in each SDK, an API-version token, unknown.
const TOKENS = [
  "aws:s3/bucket:Bucket",
  "aws:acmpca/certificateAuthority:CertificateAuthority",
  "aws:acmpca/permission:Permission",
  "azure-native:storage:StorageAccount",
  "azure-native:storage/v20230101:BlobContainer",
  "azure:storage/container:Container",
  "gcp:storage/bucketIAMMember:BucketIAMMember",
  "gcp:workstations/workstation:Workstation",
  "gcp:compute/network:Network",
  "example:unknown/thing:Thing",
];

// Built-in catalog lookups (the default catalog is built on its first lookup too), one unknown.
const PLACES: readonly (readonly ["aws" | "azure" | "gcp", "regions" | "gcs", string])[] = [
  ["azure", "regions", "West Europe"],
  ["aws", "regions", "eu-central-1a"],
  ["gcp", "gcs", "eu"],
  ["gcp", "regions", "nowhere-1"],
];

/** What the lookups answer for `tokens`, as plain data. */
function answers(tokens: readonly string[]): unknown {
  return tokens.map((token) => {
    const c = classifyToken(token);
    const t = typeOf(token);
    return {
      token,
      classified: c && {
        prefix: c.rule.prefix,
        class: c.class,
        category: c.category,
        exception: c.exception,
      },
      type: t.kind === "declared" ? { kind: t.kind, token: t.declaration.token } : t,
    };
  });
}

describe("registry tables built on first lookup", () => {
  it("once computes on the first call only and keeps the value, undefined included", () => {
    let calls = 0;
    const value = once(() => {
      calls += 1;
      return undefined;
    });
    assert.equal(value(), undefined);
    assert.equal(value(), undefined);
    assert.equal(calls, 1);
  });

  it("the module rules are spelled out once: every call returns the same rules", () => {
    assert.equal(allModuleRules(), allModuleRules());
    assert.ok(allModuleRules().length > 0);
  });

  it("a first lookup in a fresh process answers what a lookup after loading answers", () => {
    const script = [
      'const { classifyToken } = require("./sovereignty/registry/modules");',
      'const { typeOf } = require("./sovereignty/registry");',
      `const tokens = ${JSON.stringify(TOKENS)};`,
      "const out = tokens.map((token) => {",
      "  const c = classifyToken(token);",
      "  const t = typeOf(token);",
      "  return { token, classified: c && { prefix: c.rule.prefix, class: c.class, category: c.category, exception: c.exception },",
      '    type: t.kind === "declared" ? { kind: t.kind, token: t.declaration.token } : t };',
      "});",
      'const { defaultCatalog } = require("./sovereignty/catalog/catalog");',
      `const places = ${JSON.stringify(PLACES)};`,
      "const located = places.map(([cloud, service, raw]) => defaultCatalog.lookup(cloud, service, raw));",
      "process.stdout.write(JSON.stringify({ out, located }));",
    ].join("\n");
    const fresh = execFileSync(process.execPath, ["--require", "tsx/cjs", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
    });
    allModuleRules();
    const located = PLACES.map(([cloud, service, raw]) => defaultCatalog.lookup(cloud, service, raw));
    assert.deepEqual(JSON.parse(fresh), JSON.parse(JSON.stringify({ out: answers(TOKENS), located })));
  });
});

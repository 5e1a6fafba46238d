// Property-based tests (fast-check, bounded: see properties.cases.ts). Nothing a user can put in
// a property bag makes a policy throw, unrelated properties never change a verdict, and no input
// file makes the runner crash: every failure is the runner's UserError (one line, exit 2).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { after, describe, it } from "mocha";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { loadPreviewSnapshot } from "../../cli/check/inputs/preview";
import { loadStateSnapshot } from "../../cli/check/inputs/state";
import { UserError } from "../../cli/errors";
import { POLICIES } from "../../policypack/policies";
import { FLOW_TYPES } from "../../sovereignty/flows";
import { allConfiguringTypes, allDataHoldingTypes } from "../../sovereignty/resource";
import { runResourcePolicy, runStackPolicy, UNKNOWN, urn, type TestResource } from "../policypack/harness";
import { EVASION_CASES } from "./evasion.cases";
import { PROPERTY_RUNS } from "./properties.cases";
import { verdictsOf } from "./verdicts";

const ROOT = path.resolve(__dirname, "..", "..");
const SEED = 20261101; // fixed: a failure reproduces; fast-check prints the counterexample

export const TOKENS: readonly string[] = [
  ...new Set([
    ...allDataHoldingTypes().map((t) => t.token),
    ...allConfiguringTypes().map((t) => t.token),
    ...FLOW_TYPES,
  ]),
].sort();

/** Property names the pack reads somewhere, so random bags hit real code paths. */
const KEYS = [
  "region",
  "location",
  "bucketRegion",
  "tags",
  "labels",
  "settings",
  "userLabels",
  "sku",
  "name",
  "bucket",
  "rules",
  "replicas",
  "regionName",
  "destination",
  "copyActions",
  "destinationVaultArn",
  "kmsKeyId",
  "kmsKeyArn",
  "kmsMasterKeyId",
  "encryption",
  "defaultKmsKeyName",
  "storageEncrypted",
  "encrypted",
  "publiclyAccessible",
  "keyRing",
  "config",
  "backupConfiguration",
  "replicaConfiguration",
  "geoRedundantBackup",
  "serverSideEncryption",
  "minRetentionDays",
  "backupVaultName",
  "accountName",
  "resourceGroupName",
  "vaultName",
  "replicationRegions",
  "messageStoragePolicy",
  "allowedPersistenceRegions",
  "customPlacementConfig",
  "dataLocations",
  "sourceDbInstanceArn",
  "globalTableArn",
  "replicateSourceDb",
  "engine",
  "atRestEncryptionEnabled",
  "properties",
  "data-residency",
  "data-classification",
  "transfer-approval",
] as const;

const leaf = fc.oneof(
  fc.constant(UNKNOWN),
  fc.constantFrom(
    "eu",
    "EU",
    "us-east-1",
    "eu-central-1",
    "Brazil South",
    "eur5",
    "arn:aws:s3:::b",
    "arn:aws-cn:backup:cn-north-1:1:backup-vault:v",
    "personal",
    "public",
    "Standard_GRS",
    "",
    " ",
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie("v"), { maxKeys: 4 }),
  ),
})).v;
const bag = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), value, {
  maxKeys: 8,
});
const provider = fc.option(
  fc.record({
    type: fc.constantFrom("pulumi:providers:aws", "pulumi:providers:gcp", "pulumi:providers:azure-native"),
    props: bag,
  }),
  { nil: undefined },
);
const resource = (name: string): fc.Arbitrary<TestResource> =>
  fc.record({ type: fc.constantFrom(...TOKENS), props: bag, provider }).map((r) => ({
    ...r,
    name,
    ...(r.provider ? {} : { provider: undefined }),
  }));

const RESOURCE_POLICIES = POLICIES.filter((p) => !("validateStack" in p)) as ResourceValidationPolicy[];
const STACK_POLICY = POLICIES.find((p) => "validateStack" in p)!;

describe("property: random property bags never make a policy throw", function () {
  this.timeout(120_000);
  it(`covers ${TOKENS.length} type tokens (data-holding, configuring, flow types)`, () => {
    assert.ok(TOKENS.length > 60);
  });
  it(`every resource policy on ${PROPERTY_RUNS.resourceBags} random bags: no throw, never the SDK's "can't run policy"`, async () => {
    await fc.assert(
      fc.asyncProperty(resource("r"), async (r) => {
        for (const p of RESOURCE_POLICIES) {
          const out = await runResourcePolicy(p.name, r);
          // The pack reads raw values: a read through the unknown-checking proxy would be an
          // advisory "can't run policy" — an unknown region passing by default.
          assert.ok(!out.some((d) => /can't run policy/.test(d.message)), JSON.stringify(out));
        }
      }),
      { numRuns: PROPERTY_RUNS.resourceBags, seed: SEED },
    );
  });
  it(`the stack policy on ${PROPERTY_RUNS.stacks} random stacks with cross references: no throw`, async () => {
    const stack = fc
      .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 3, maxLength: 6 })
      .chain((ids) => fc.tuple(...ids.map((_, i) => resource(`r${i}`))))
      .chain((rs) =>
        fc
          .array(fc.tuple(fc.nat(rs.length - 1), fc.constantFrom(...KEYS), fc.nat(rs.length - 1)), {
            maxLength: 4,
          })
          .map((links) =>
            rs.map((r, i) => ({
              ...r,
              propertyDependencies: Object.fromEntries(
                links
                  .filter(([from]) => from === i)
                  .map(([, key, to]) => [key, [urn(rs[to]!.type, rs[to]!.name!)]]),
              ),
            })),
          ),
      );
    await fc.assert(
      fc.asyncProperty(stack, async (rs) => {
        const out = await runStackPolicy(STACK_POLICY.name, rs);
        assert.ok(!out.some((d) => /can't run/.test(d.message)), JSON.stringify(out));
      }),
      { numRuns: PROPERTY_RUNS.stacks, seed: SEED },
    );
  });
});

describe("property: unrelated properties never change a verdict", function () {
  this.timeout(120_000);
  // Keys no provider schema has (and no residency key): what a user's other settings look like.
  const unrelated = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x_${k}`),
    value,
    { minKeys: 1, maxKeys: 4 },
  );
  const unrelatedTags = fc.dictionary(
    fc.constantFrom("team", "cost-center", "owner", "Data-Owner", "residency", "classification"),
    fc.string({ maxLength: 10 }),
    { maxKeys: 3 },
  );
  for (const c of EVASION_CASES) {
    it(c.name, async () => {
      const base = (await verdictsOf(c.resources, c.config)).verdicts;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(unrelated, unrelatedTags), {
            minLength: c.resources.length,
            maxLength: c.resources.length,
          }),
          async (extras) => {
            const changed = c.resources.map((r, i) => {
              const [more, moreTags] = extras[i]!;
              const tagKey = r.type.startsWith("gcp:") ? "labels" : "tags";
              const own = r.props[tagKey];
              const tags =
                own && typeof own === "object" && !Array.isArray(own)
                  ? { [tagKey]: { ...moreTags, ...own } }
                  : {};
              return { ...r, props: { ...more, ...r.props, ...tags } };
            });
            assert.deepEqual((await verdictsOf(changed, c.config)).verdicts, base);
          },
        ),
        { numRuns: PROPERTY_RUNS.unrelatedPerCase, seed: SEED },
      );
    });
  }
});

describe("property: random and truncated input files never crash the runner", function () {
  this.timeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-fuzz-"));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const write = (text: string): string => {
    const file = path.join(dir, `f${n++}.json`);
    fs.writeFileSync(file, text);
    return file;
  };
  /** Loads, or fails with the runner's one-line UserError naming the flag; nothing else. */
  const loadsOrUserError = (load: (f: string) => unknown, flag: string, text: string): void => {
    const file = write(text);
    try {
      load(file);
    } catch (error) {
      assert.ok(error instanceof UserError, `not a UserError: ${(error as Error)?.stack ?? String(error)}`);
      assert.ok(!error.message.includes("\n"), error.message);
      assert.ok(error.message.startsWith(`${flag} `), error.message);
    }
  };
  const anyResource = fc.dictionary(
    fc.constantFrom(
      "urn",
      "type",
      "custom",
      "id",
      "inputs",
      "outputs",
      "provider",
      "parent",
      "dependencies",
      "propertyDependencies",
      "delete",
    ),
    fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constant("urn:pulumi:dev::p::aws:s3/bucket:Bucket::b"),
      fc.constant("pulumi:providers:aws"),
    ),
  );
  const stateLike = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({
      version: fc.oneof(fc.constant(3), fc.jsonValue({ maxDepth: 0 })),
      deployment: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.record({
          resources: fc.oneof(fc.array(anyResource, { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
        }),
      ),
    }),
  );
  const previewLike = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({
      steps: fc.oneof(
        fc.array(
          fc.dictionary(
            fc.constantFrom("op", "urn", "newState", "oldState"),
            fc.oneof(
              fc.constantFrom("create", "same", "delete", "update"),
              anyResource,
              fc.jsonValue({ maxDepth: 1 }),
            ),
          ),
          { maxLength: 4 },
        ),
        fc.jsonValue({ maxDepth: 1 }),
      ),
      changeSummary: fc.jsonValue({ maxDepth: 1 }),
    }),
  );
  it(`--state: ${PROPERTY_RUNS.randomFiles} random JSON files`, () => {
    fc.assert(
      fc.property(stateLike, (v) => loadsOrUserError(loadStateSnapshot, "--state", JSON.stringify(v))),
      { numRuns: PROPERTY_RUNS.randomFiles, seed: SEED },
    );
  });
  it(`--preview: ${PROPERTY_RUNS.randomFiles} random JSON files`, () => {
    fc.assert(
      fc.property(previewLike, (v) => loadsOrUserError(loadPreviewSnapshot, "--preview", JSON.stringify(v))),
      { numRuns: PROPERTY_RUNS.randomFiles, seed: SEED },
    );
  });
  const fixtures = (kind: "state" | "preview") =>
    fs
      .readdirSync(path.join(ROOT, "test", "fixtures", kind))
      .filter((f) => f.endsWith(".json"))
      .map((f) => fs.readFileSync(path.join(ROOT, "test", "fixtures", kind, f), "utf8"));
  for (const [kind, load, flag] of [
    ["state", loadStateSnapshot, "--state"],
    ["preview", loadPreviewSnapshot, "--preview"],
  ] as const) {
    it(`--${kind}: every fixture truncated at ${PROPERTY_RUNS.truncations} random offsets`, () => {
      for (const text of fixtures(kind)) {
        fc.assert(
          fc.property(fc.nat(Math.max(0, text.length - 1)), (cut) =>
            loadsOrUserError(load, flag, text.slice(0, cut)),
          ),
          { numRuns: PROPERTY_RUNS.truncations, seed: SEED },
        );
      }
    });
    it(`--${kind}: random garbage bytes (binary, BOM, NUL) are a UserError`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
          const file = path.join(dir, `b${n++}.json`);
          fs.writeFileSync(file, Buffer.from(bytes));
          try {
            load(file);
          } catch (error) {
            assert.ok(error instanceof UserError, String((error as Error)?.stack));
          }
        }),
        { numRuns: 40, seed: SEED },
      );
    });
  }

  it("the CLI itself (node bin/sovereignty.js): exit 2, one line on stderr, no stack trace", () => {
    const state = fs.readFileSync(path.join(ROOT, "test", "fixtures", "state", "helpdesk-eu.json"), "utf8");
    const preview = fs.readFileSync(
      path.join(ROOT, "test", "fixtures", "preview", "helpdesk-eu.json"),
      "utf8",
    );
    for (const [flag, text] of [
      ["--state", state.slice(0, Math.floor(state.length / 2))],
      ["--preview", preview.slice(0, Math.floor(preview.length / 3))],
      ["--state", '{"version": 3, "deployment": {"resources": [{"urn": 42}]}}'],
      ["--preview", '{"steps": [{"op": "create"}]}'],
    ] as const) {
      const file = write(text);
      const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "sovereignty.js"), "check", flag, file], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
      });
      assert.equal(r.status, 2, `${flag} ${text.slice(0, 60)}: ${r.stderr}`);
      const lines = r.stderr.trim().split("\n");
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0]!, new RegExp(`^sovereignty: ${flag} `));
      assert.ok(!/\n\s+at /.test(r.stderr) && !/internal error/.test(r.stderr), r.stderr);
    }
  });
});

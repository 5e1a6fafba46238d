import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { before, describe, it } from "mocha";
import { analyzeSnapshot } from "../../cli/check/engine";
import type { StackSnapshot, WireObject } from "../../cli/check/snapshot";
import { EVASION_CASES } from "./evasion.cases";
import { explain, verdictsOf } from "./verdicts";

describe("evasion: careless and clever users get the verdict they expect", () => {
  for (const c of EVASION_CASES) {
    it(c.name, async () => {
      const v = await verdictsOf(c.resources, c.config);
      assert.deepEqual(v.verdicts, [...c.expect].sort(), `got:\n${explain(v)}`);
    });
  }
});

// Region from stack config only (`aws:region`, no provider resource): the engine synthesises the
// default provider, so this runs the built pack through the runner's engine over gRPC.
describe("evasion through the engine: region from stack config only", function () {
  this.timeout(60_000);
  const ROOT = path.resolve(__dirname, "..", "..");
  const PACK = path.join(ROOT, "dist", "policypack");
  before(() => {
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build.mjs"), "--policypack"], {
      cwd: ROOT,
      stdio: "pipe",
    });
  });
  const snapshot = (region: string, props: Record<string, unknown>): StackSnapshot => ({
    origin: "test",
    kind: "preview",
    project: "proj",
    stack: "dev",
    config: { "aws:region": region },
    resources: [
      {
        urn: "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::b",
        type: "aws:s3/bucket:Bucket",
        name: "b",
        custom: true,
        properties: {
          bucket: "b",
          tags: { "data-residency": "eu", "data-classification": "internal" },
          ...props,
        } as WireObject,
        dependencies: [],
        propertyDependencies: {},
      },
    ],
  });
  const verdicts = async (s: StackSnapshot) =>
    (await analyzeSnapshot(s, { packDir: PACK })).violations
      .map((v) => `${v.policyName}:${v.enforcementLevel}`)
      .sort();

  for (const [name, region, props, expect] of [
    ["config region outside the zone", "us-east-1", {}, ["all-data-resources-restrict-location:mandatory"]],
    ["config region inside the zone", "eu-central-1", {}, []],
    [
      "per-resource region outside the zone beats config inside",
      "eu-central-1",
      { region: "us-east-1" },
      ["all-data-resources-restrict-location:mandatory"],
    ],
    ["per-resource region inside the zone beats config outside", "us-east-1", { region: "eu-west-3" }, []],
  ] as const) {
    it(name, async () => {
      assert.deepEqual(await verdicts(snapshot(region, props)), expect);
    });
  }
});

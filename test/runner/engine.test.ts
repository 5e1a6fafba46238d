// Drives real pack processes over gRPC. One process per pack is started once and reused.
import { strict as assert } from "node:assert";
import * as path from "node:path";
import {
  analyzeSnapshot,
  PackError,
  packEnvironmentFor,
  PolicyPackRunner,
  type AnalysisResult,
} from "../../cli/check/engine";
import { loadPreviewSnapshot } from "../../cli/check/inputs/preview";
import { loadStateSnapshot } from "../../cli/check/inputs/state";
import type { SnapshotResource, StackSnapshot } from "../../cli/check/snapshot";
import { UNKNOWN } from "../../cli/check/snapshot";
import { UserError } from "../../cli/errors";
import { FLOOR_PACK, PACKS, PREVIEW, ROOT, STATE } from "./helpers";

const stateSnapshot = loadStateSnapshot(path.join(ROOT, STATE, "helpdesk-eu.json"));
const previewSnapshot = loadPreviewSnapshot(path.join(ROOT, PREVIEW, "helpdesk-eu.json"));
const pack = (name: string): string => path.join(ROOT, PACKS, name);

function bucket(
  name: string,
  properties: SnapshotResource["properties"],
  extra: Partial<SnapshotResource> = {},
): SnapshotResource {
  return {
    urn: `urn:pulumi:dev::proj::aws:s3/bucketV2:BucketV2::${name}`,
    type: "aws:s3/bucketV2:BucketV2",
    name,
    custom: true,
    properties,
    dependencies: [],
    propertyDependencies: {},
    ...extra,
  };
}

function programLike(
  resources: SnapshotResource[],
  config: StackSnapshot["config"] = { "aws:region": "eu-west-1" },
): StackSnapshot {
  return { origin: "test", kind: "program", project: "proj", stack: "dev", config, resources };
}

const messagesFor = (result: AnalysisResult, policy: string): string[] =>
  result.violations
    .filter((v) => v.policyName === policy)
    .map((v) => v.message.split("\n").slice(1).join("\n"));

describe("check engine: the floor pack over gRPC", function () {
  let runner: PolicyPackRunner;
  before(async () => {
    runner = await PolicyPackRunner.start(path.join(ROOT, FLOOR_PACK), packEnvironmentFor(programLike([])));
  });
  after(async () => runner?.close());

  it("reports a mandatory violation where a resource's property has the forbidden value (schema default applied)", async () => {
    const result = await runner.analyze(
      programLike([bucket("a", { floor: "bad" }), bucket("b", { floor: "good" })]),
    );
    assert.deepEqual(
      result.violations.map((v) => [
        v.urn.split("::").pop(),
        v.enforcementLevel,
        v.policyPackName,
        v.policyName,
      ]),
      [["a", "mandatory", "floor", "floor-property"]],
    );
    assert.deepEqual(result.policyPacks, [
      {
        name: "floor",
        version: "1.0.0",
        // What GetAnalyzerInfo says of each policy, for the reports (described once per report).
        policies: [
          {
            name: "floor-property",
            description: "A resource's `floor` property must not equal the configured `forbidden` value.",
          },
        ],
      },
    ]);
  });

  it("never lets an unknown pass silently: the SDK turns the read into an advisory", async () => {
    const result = await runner.analyze(programLike([bucket("u", { floor: UNKNOWN })]));
    assert.equal(result.violations.length, 1);
    assert.equal(result.violations[0]!.enforcementLevel, "advisory");
    assert.match(result.violations[0]!.message, /can't be known during preview/);
  });

  it("applies --policy-config: per-policy properties and enforcement level, and `all`", async () => {
    const snapshot = programLike([bucket("a", { floor: "bad" }), bucket("c", { floor: "custom" })]);
    const custom = await runner.analyze(snapshot, {
      policyConfig: { "floor-property": { forbidden: "custom" } },
    });
    assert.deepEqual(
      custom.violations.map((v) => v.urn.split("::").pop()),
      ["c"],
    );
    const advisory = await runner.analyze(snapshot, { policyConfig: { all: "advisory" } });
    assert.deepEqual(
      advisory.violations.map((v) => v.enforcementLevel),
      ["advisory"],
    );
    const disabled = await runner.analyze(snapshot, { policyConfig: { "floor-property": "disabled" } });
    assert.equal(disabled.violations.length, 0);
  });

  it("refuses a policy config the pack's schema rejects, or that names no policy of the pack", async () => {
    const snapshot = programLike([bucket("a", { floor: "bad" })]);
    await assert.rejects(
      runner.analyze(snapshot, {
        policyConfig: { "floor-property": { forbidden: 42 } },
        policyConfigFile: "cfg.json",
      }),
      (e: unknown) =>
        e instanceof UserError && /cfg\.json: "floor-property": \/forbidden must be string/.test(e.message),
    );
    await assert.rejects(
      runner.analyze(snapshot, {
        policyConfig: { "floor-propety": "mandatory" },
        policyConfigFile: "cfg.json",
      }),
      (e: unknown) =>
        e instanceof UserError && /has no policy "floor-propety" \(nearest: floor-property\)/.test(e.message),
    );
  });

  it("analyses a state file and a preview file, skipping deleted resources", async () => {
    const fromState = await runner.analyze(stateSnapshot);
    assert.deepEqual(
      fromState.violations.map((v) => [v.urn.split("::").pop(), v.enforcementLevel]),
      [
        ["export", "mandatory"],
        ["export-versioning", "mandatory"], // a plaintext secret is a value
        ["tickets-db", "advisory"], // an encrypted secret is unknown to us
      ],
    );
    const fromPreview = await runner.analyze(previewSnapshot);
    assert.deepEqual(
      fromPreview.violations.map((v) => [v.urn.split("::").pop(), v.enforcementLevel]),
      [
        ["export", "mandatory"],
        ["attachments-policy", "advisory"], // computed placeholder
        ["tickets-db", "advisory"], // [secret]
      ],
    );
  });

  it("sends requests with bounded concurrency and reports progress for every resource", async () => {
    const resources = Array.from({ length: 40 }, (_, i) =>
      bucket(`r${i}`, { floor: i % 10 === 0 ? "bad" : "good" }),
    );
    const progress: number[] = [];
    const result = await runner.analyze(programLike(resources), {
      concurrency: 3,
      onProgress: (done) => progress.push(done),
    });
    assert.equal(result.resources, 41, "40 buckets and their synthesised default provider");
    assert.equal(progress.at(-1), 41);
    assert.deepEqual(
      result.violations.map((v) => v.urn.split("::").pop()),
      ["r0", "r10", "r20", "r30"],
    );
  });
});

describe("check engine: what goes over the wire (probe pack)", function () {
  let runner: PolicyPackRunner;
  const env = packEnvironmentFor(previewSnapshot, { now: "2026-06-01T00:00:00.000Z" });
  before(async () => {
    runner = await PolicyPackRunner.start(pack("probe"), env);
  });
  after(async () => runner?.close());

  it("gives the pack the stack's identity, dry-run flag and --now in its environment", async () => {
    const result = await runner.analyze(previewSnapshot);
    assert.deepEqual(messagesFor(result, "probe-options"), [
      "stack=eu-prod project=helpdesk dryRun=true now=2026-06-01T00:00:00.000Z",
    ]);
  });

  it("sends the provider named by the resource, and synthesises a default provider from config", async () => {
    const fromState = await runner.analyze(stateSnapshot);
    const provider = (name: string): string | undefined =>
      fromState.violations
        .find((v) => v.policyName === "probe-provider" && v.urn.endsWith(`::${name}`))
        ?.message.split("\n")[1];
    assert.equal(
      provider("tickets-attachments"),
      "provider pulumi:providers:aws default_7_48_0 region=eu-central-1",
    );
    assert.equal(provider("export"), "provider pulumi:providers:aws us region=us-east-1");

    const program = await runner.analyze(
      programLike([bucket("p", {})], { "aws:region": "eu-north-1", "gcp:project": "x" }),
    );
    assert.deepEqual(messagesFor(program, "probe-provider"), [
      "provider pulumi:providers:aws default region=eu-north-1",
    ]);
    assert.equal(program.resources, 2, "the default provider is analysed too, as the engine registers it");
  });

  it("applies a remediation before Analyze and reports it", async () => {
    const result = await runner.analyze(
      programLike([bucket("fixme", { remediateMe: true }), bucket("fine", {})]),
    );
    assert.deepEqual(
      result.remediations.map((r) => [r.urn.split("::").pop(), r.policyName]),
      [["fixme", "probe-remediate"]],
    );
    assert.deepEqual(
      result.violations
        .filter((v) => v.policyName === "probe-analyzed-remediated")
        .map((v) => v.urn.split("::").pop()),
      ["fixme"],
    );
  });

  it("sends the whole stack to AnalyzeStack with parents and dependencies resolved", async () => {
    const result = await runner.analyze(stateSnapshot);
    const stack = messagesFor(result, "probe-stack");
    assert.ok(stack.includes("tickets-attachments: parent=tickets dependencies="), stack.join("\n"));
    assert.ok(
      stack.includes("export-versioning: parent=helpdesk-eu-prod dependencies=export"),
      stack.join("\n"),
    );
    const row = result.violations.find(
      (v) => v.policyName === "probe-stack" && v.message.includes("export-versioning:"),
    );
    assert.equal(
      row?.urn,
      "urn:pulumi:eu-prod::helpdesk::aws:s3/bucketVersioningV2:BucketVersioningV2::export-versioning",
    );
  });
});

describe("check engine: faults are PackErrors, never a pass", function () {
  const faults = loadStateSnapshot(path.join(ROOT, STATE, "faults.json"));
  const fails = async (packName: string, pattern: RegExp, startTimeoutMs?: number): Promise<void> => {
    await assert.rejects(
      analyzeSnapshot(faults, { packDir: pack(packName), ...(startTimeoutMs ? { startTimeoutMs } : {}) }),
      (error: unknown) => {
        assert.ok(error instanceof PackError, `expected a PackError, got ${String(error)}`);
        assert.match(error.message, pattern);
        assert.ok(!error.message.includes("\n"), "one line");
        assert.ok(error.message.includes(path.basename(pack(packName))), "names the pack");
        return true;
      },
    );
  };

  it("a pack that exits at start", () =>
    fails(
      "exits-at-start",
      /failed to start: it exited with code 3 before printing its port: (Error: )?cannot start/,
    ));
  it("a pack that never prints its port", () =>
    fails("no-port", /did not print its port within 1\.5 s/, 1500));
  it("a pack that dies mid-run", () => fails("dies-mid-run", /exited with code 7 \(during /));
  it("a policy that throws", () =>
    fails("throws", /Analyze of .*::trigger failed: .*boom: the policy crashed/));
  it("a folder that is not a pack", () => fails("../state", /no PulumiPolicy\.yaml/));
});

// The engine's side as the engine plays it (issue #13): references reach the pack as the engine
// marshals them, a preview without unchanged resources is refused, the policy config is refused
// where the engine refuses it, a pack's failure names its cause, and no pack call waits forever.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UserError } from "../../cli/errors";
import { reconcilePolicyConfig } from "../../cli/check/engine/policy-config";
import { cli, FLOOR_PACK, oneErrorLine, PACKS, PREVIEW, ROOT } from "./helpers";

const SIG = "4dabf18193072939515e22adb298388d";
const REF = "5cf8f73096256a8f31e491e813e4eb8e";
const STACK = "urn:pulumi:dev::refs::pulumi:pulumi:Stack::refs-dev";
const urn = (type: string, name: string): string => `urn:pulumi:dev::refs::${type}::${name}`;
const BUCKET = urn("aws:s3/bucket:Bucket", "reports");
const TEAM = urn("test:index:Team", "platform");
const PROVIDER = urn("pulumi:providers:aws", "frankfurt");

function step(op: string, type: string, name: string, extra: Record<string, unknown> = {}): object {
  return {
    op,
    urn: urn(type, name),
    newState: { urn: urn(type, name), type, custom: type !== "test:index:Team", parent: STACK, ...extra },
  };
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-fidelity-"));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));
function previewFile(name: string, steps: object[]): string {
  const file = path.join(scratch, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ config: { "aws:region": "eu-central-1" }, steps }));
  return file;
}

const stackStep = { op: "same", urn: STACK, newState: { urn: STACK, type: "pulumi:pulumi:Stack" } };
const providerStep = step("same", "pulumi:providers:aws", "frankfurt", {
  inputs: { region: "eu-central-1" },
});
const bucketStep = step("same", "aws:s3/bucket:Bucket", "reports", { id: "reports-1a2b", inputs: {} });
const teamStep = step("same", "test:index:Team", "platform");
const sinkStep = step("create", "test:index:Sink", "sink", {
  inputs: {
    bucketRef: { [SIG]: REF, urn: BUCKET, id: "reports-1a2b" },
    newBucketRef: { [SIG]: REF, urn: BUCKET, id: "" },
    aTeamRef: { [SIG]: REF, urn: TEAM },
  },
  dependencies: [BUCKET],
  provider: `${PROVIDER}::11111111-1111-4111-8111-111111111111`,
});

describe("engine fidelity: resource references in a preview file", function () {
  this.timeout(60_000);
  it("reach the pack as the referenced id, the unknown id, or a component's URN — never as objects", async () => {
    const file = previewFile("refs", [stackStep, providerStep, bucketStep, teamStep, sinkStep]);
    const result = await cli(
      "check",
      "--preview",
      file,
      "--policy-pack",
      path.join(PACKS, "probe"),
      "--format",
      "json",
    );
    assert.equal(result.stderr, "");
    const report = JSON.parse(result.stdout) as {
      violations: { policyName: string; urn: string; message: string }[];
    };
    const seen = report.violations
      .filter((v) => v.policyName === "probe-references" && v.urn.endsWith("::sink"))
      .map((v) => v.message);
    assert.equal(seen.length, 3, seen.join("\n"));
    // Reports order one resource's findings of one policy by message, not by the pack's order.
    const one = (pattern: RegExp): void =>
      assert.equal(
        seen.filter((m) => pattern.test(m)).length,
        1,
        `${String(pattern)} in\n${seen.join("\n")}`,
      );
    one(new RegExp(`aTeamRef="${TEAM.replace(/\$/g, "\\$")}"`));
    one(/(?<!new)bucketRef="reports-1a2b"/);
    // An unknown id is an unknown value to the policy SDK: it reports it cannot run at preview,
    // as it would under `pulumi preview` for a resource referencing one not yet created.
    one(/newBucketRef/);
    assert.doesNotMatch(seen.join("\n"), /5cf8f73096256a8f31e491e813e4eb8e|"urn":/);
  });
});

describe("engine fidelity: a preview without unchanged resources", function () {
  this.timeout(60_000);
  const floor = ["--policy-pack", FLOOR_PACK];

  it("is refused with one line telling the user to run pulumi preview --json --show-sames", async () => {
    // Without --show-sames, the unchanged provider and bucket the new resource uses are absent.
    const file = previewFile("no-sames", [stackStep, sinkStep]);
    const result = await cli("check", "--preview", file, ...floor);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, "");
    assert.match(oneErrorLine(result), /pulumi preview --json --show-sames/);
  });

  it("an empty preview is refused, not a pass of 0 resources", async () => {
    const result = await cli("check", "--preview", previewFile("empty", []), ...floor);
    assert.equal(result.code, 2);
    assert.match(oneErrorLine(result), /no steps.*--show-sames/);
  });

  it("with --allow-partial, is checked and the report says it is partial", async () => {
    const file = previewFile("no-sames-allowed", [stackStep, sinkStep]);
    const result = await cli("check", "--preview", file, ...floor, "--allow-partial", "--format", "json");
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout) as { partial?: string };
    assert.match(report.partial ?? "", /not in the file; unchanged resources were not checked/);
    const text = await cli("check", "--preview", file, ...floor, "--allow-partial");
    assert.match(text.stdout, /partial: /);
  });

  it("read steps are not analysed", async () => {
    const read = { ...step("read", "aws:s3/bucket:Bucket", "imported", { id: "x", inputs: {} }) };
    const file = previewFile("reads", [stackStep, providerStep, bucketStep, teamStep, sinkStep, read]);
    const result = await cli("check", "--preview", file, ...floor, "--format", "json");
    const report = JSON.parse(result.stdout) as { resources: number };
    // stack, provider, bucket, team, sink and the synthesised default aws provider — not the read.
    assert.equal(report.resources, 6);
  });
});

describe("engine fidelity: policy config as the engine takes it", () => {
  const policies = [{ name: "p1", enforcementLevel: "advisory" as const }];

  it("refuses an `all` entry without an enforcement level, with the engine's message", () => {
    assert.throws(
      () =>
        reconcilePolicyConfig(
          "pack",
          policies,
          new Map(),
          { all: { sovereignty: { minimumRetentionDays: 30 } } },
          "cfg.json",
        ),
      (error: unknown) =>
        error instanceof UserError && /cfg\.json: invalid enforcement level "" for "all"/.test(error.message),
    );
  });

  it("keeps a named policy's own level when its entry gives only properties (the engine's merge)", () => {
    const config = reconcilePolicyConfig(
      "pack",
      policies,
      new Map(),
      { all: "mandatory", p1: { x: 1 } },
      "cfg.json",
    );
    assert.deepEqual(config.get("p1"), { enforcementLevel: "mandatory", properties: { x: 1 } });
    assert.equal(config.get("all")?.enforcementLevel, "mandatory");
  });
});

describe("engine fidelity: a pack's failure names its cause", function () {
  this.timeout(60_000);

  it("a pack that cannot load @pulumi/policy says so and where to npm install", async () => {
    const dir = path.join(scratch, "no-policy-sdk");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\n");
    fs.writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({ name: "no-policy-sdk", main: "index.js" }),
    );
    fs.writeFileSync(path.join(dir, "index.js"), 'require("@pulumi/policy");\n');
    const result = await cli("check", "--preview", path.join(PREVIEW, "clean.json"), "--policy-pack", dir);
    assert.equal(result.code, 2);
    assert.match(
      oneErrorLine(result),
      /imports @pulumi\/policy, which is not installed: run npm install in .*no-policy-sdk$/,
    );
  });

  it("a pack whose PulumiPolicy.yaml does not parse is refused, naming the file, line and column", async () => {
    const dir = path.join(scratch, "bad-yaml");
    fs.cpSync(FLOOR_PACK, dir, { recursive: true });
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
    fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\nversion: [1, 2\n");
    const result = await cli("check", "--preview", path.join(PREVIEW, "clean.json"), "--policy-pack", dir);
    assert.equal(result.code, 2);
    assert.match(
      oneErrorLine(result),
      /policy pack .*bad-yaml: PulumiPolicy\.yaml is not valid YAML: .* at line 3, column 1$/,
    );
  });

  it("a policy that never returns ends at the call deadline with one line", async () => {
    const file = previewFile("hang", [
      stackStep,
      step("create", "aws:s3/bucket:Bucket", "stuck", { inputs: { hang: true } }),
    ]);
    process.env.SOVEREIGNTY_PACK_CALL_TIMEOUT_MS = "3000";
    try {
      const started = Date.now();
      const result = await cli("check", "--preview", file, "--policy-pack", path.join(PACKS, "hangs"));
      assert.equal(result.code, 2);
      assert.match(oneErrorLine(result), /Analyze of .*::stuck did not answer within 3 s/);
      assert.ok(Date.now() - started < 30_000);
    } finally {
      delete process.env.SOVEREIGNTY_PACK_CALL_TIMEOUT_MS;
    }
  });
});

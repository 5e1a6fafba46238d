// `sovereignty check --state / --preview` end to end: real pack processes, every exit code.
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cli, FLOOR_PACK, oneErrorLine, PACKS, PREVIEW, STATE } from "./helpers";

const floor = ["--policy-pack", FLOOR_PACK];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sovereignty-check-test-"));
const writeTmp = (name: string, text: string): string => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
};
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("sovereignty check --state / --preview", function () {
  it("exits 1 on a mandatory violation and prints findings by severity then resource, without colour off a TTY", async () => {
    const result = await cli("check", "--state", path.join(STATE, "helpdesk-eu.json"), ...floor);
    assert.equal(result.code, 1, result.stderr);
    assert.ok(!result.stdout.includes("\u001b["), "no ANSI colour when stdout is not a TTY");
    assert.match(result.stdout, /eu-prod .*8 resources · floor@1\.0\.0/);
    assert.match(result.stdout, /2 mandatory · 1 advisory/);
    // The floor pack rates no severity: every finding is "unrated", so the order is by resource.
    const exportAt = result.stdout.indexOf("UNRATED   mandatory  BucketV2 export (aws:s3/bucketV2:BucketV2)");
    const dbAt = result.stdout.indexOf("Instance tickets-db (aws:rds/instance:Instance)");
    assert.ok(exportAt > 0 && dbAt > exportAt, result.stdout);
    assert.match(result.stdout, /inventory[\s\S]*eu\s+aws\s+eu-central-1\s+personal\s+2/);
  });

  it("writes the contract's JSON for a preview file, to --output", async () => {
    const out = path.join(tmp, "report.json");
    const result = await cli(
      "check",
      "--preview",
      path.join(PREVIEW, "helpdesk-eu.json"),
      ...floor,
      "--format",
      "json",
      "--output",
      out,
    );
    assert.equal(result.code, 1, result.stderr);
    assert.equal(result.stdout, "", "the report went to the file");
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as Record<string, unknown>;
    assert.equal(report.resources, 6);
    assert.equal(report.stack, "eu-prod");
    const violations = report.violations as Record<string, unknown>[];
    for (const key of ["policyPackName", "policyName", "enforcementLevel", "urn", "message"]) {
      assert.ok(
        violations.every((v) => typeof v[key] === "string"),
        `every violation has ${key}`,
      );
    }
    assert.deepEqual(
      violations.map((v) => [String(v.urn).split("::").pop(), v.enforcementLevel]),
      [
        ["attachments-policy", "advisory"],
        ["export", "mandatory"],
        ["tickets-db", "advisory"],
      ],
    );
    assert.deepEqual(report.inventory, [
      { zone: "(none)", cloud: "aws", location: "eu-central-1", classification: "(none)", count: 1 },
      { zone: "eu", cloud: "aws", location: "eu-central-1", classification: "personal", count: 2 },
    ]);
  });

  it("exits 0 when nothing is at or above --fail-on, 1 with --fail-on advisory", async () => {
    const advisoryOnly = writeTmp(
      "advisory.json",
      JSON.stringify({ "floor-property": { enforcementLevel: "advisory" } }),
    );
    const mandatory = await cli(
      "check",
      "--state",
      path.join(STATE, "helpdesk-eu.json"),
      ...floor,
      "--policy-config",
      advisoryOnly,
    );
    assert.equal(mandatory.code, 0, mandatory.stderr);
    assert.match(mandatory.stdout, /0 mandatory · 3 advisory/);
    const advisory = await cli(
      "check",
      "--state",
      path.join(STATE, "helpdesk-eu.json"),
      ...floor,
      "--policy-config",
      advisoryOnly,
      "--fail-on",
      "advisory",
    );
    assert.equal(advisory.code, 1, advisory.stderr);
  });

  it("exits 0 on a clean state and a clean preview", async () => {
    assert.equal(
      (await cli("check", "--state", path.join(STATE, "clean.json"), ...floor, "--fail-on", "advisory")).code,
      0,
    );
    assert.equal(
      (await cli("check", "--preview", path.join(PREVIEW, "clean.json"), ...floor, "--fail-on", "advisory"))
        .code,
      0,
    );
  });
});

describe("sovereignty check: exit 2 with one line, never a pass", function () {
  const expect2 = async (pattern: RegExp, ...argv: string[]): Promise<void> => {
    const result = await cli("check", ...argv);
    assert.equal(result.code, 2, `exit code; stdout: ${result.stdout}`);
    assert.equal(result.stdout, "", "no report");
    assert.match(oneErrorLine(result), pattern);
    assert.doesNotMatch(result.stderr, /\n\s+at /, "no stack trace");
  };
  const faults = path.join(STATE, "faults.json");

  it("a malformed or truncated file", async () => {
    await expect2(
      /--state .*malformed\.json: not valid JSON/,
      "--state",
      path.join(STATE, "malformed.json"),
      ...floor,
    );
    await expect2(
      /--preview .*truncated\.json: the JSON ends early/,
      "--preview",
      path.join(PREVIEW, "truncated.json"),
      ...floor,
    );
    await expect2(
      /wrong-version\.json: deployment version 2/,
      "--state",
      path.join(STATE, "wrong-version.json"),
      ...floor,
    );
  });

  it("a bad --format, --fail-on, --now or --concurrency", async () => {
    const state = ["--state", path.join(STATE, "clean.json"), ...floor];
    await expect2(/--format yaml: expected one of text, json, sarif, markdown/, ...state, "--format", "yaml");
    await expect2(/--fail-on warning: expected mandatory or advisory/, ...state, "--fail-on", "warning");
    await expect2(/--now tomorrow: expected an ISO 8601 date/, ...state, "--now", "tomorrow");
    // Date.parse would silently roll these over to 2 March / the next day.
    await expect2(/--now 2026-02-30: expected an ISO 8601 date/, ...state, "--now", "2026-02-30");
    await expect2(/--now 2026-04-31T10:00:00Z: expected/, ...state, "--now", "2026-04-31T10:00:00Z");
    await expect2(/--concurrency 0: expected a whole number/, ...state, "--concurrency", "0");
  });

  it("a bad --policy-config", async () => {
    const state = ["--state", path.join(STATE, "clean.json"), ...floor];
    await expect2(
      /--policy-config .*list\.json: expected a JSON object/,
      ...state,
      "--policy-config",
      writeTmp("list.json", "[1]"),
    );
    await expect2(/not valid JSON/, ...state, "--policy-config", writeTmp("broken.json", "{"));
    await expect2(
      /"floor-property".enforcementLevel: "loud" is not one of/,
      ...state,
      "--policy-config",
      writeTmp("level.json", JSON.stringify({ "floor-property": { enforcementLevel: "loud" } })),
    );
    await expect2(
      /"floor-property": \/forbidden must be string/,
      ...state,
      "--policy-config",
      writeTmp("schema.json", JSON.stringify({ "floor-property": { forbidden: 1 } })),
    );
    await expect2(
      /cannot read it \(no such file\)/,
      ...state,
      "--policy-config",
      path.join(tmp, "missing.json"),
    );
  });

  it("--version prints our package's version and exits 0", async () => {
    const result = await cli("--version");
    assert.equal(result.code, 0);
    assert.equal(
      result.stdout.trim(),
      (
        JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
          version: string;
        }
      ).version,
    );
  });

  it("a usage mistake commander catches: one line, not the help page", async () => {
    await expect2(/^sovereignty: unknown option '--stak' \(Did you mean --stack\?\)/, "--stak", "x");
    await expect2(/^sovereignty: option '--state <file>' argument missing/, "--state");
    await expect2(/too many arguments for 'check'/, "extra");
  });

  it("a folder where a file is expected, and a file where a folder is", async () => {
    const state = ["--state", path.join(STATE, "clean.json"), ...floor];
    await expect2(/--policy-config .*: cannot read it \(is a folder\)$/, ...state, "--policy-config", tmp);
    await expect2(
      /program directory .*clean\.json is a file: expected the program's folder/,
      "--program",
      path.join(STATE, "clean.json"),
    );
  });

  it("an --output that cannot be written, refused before the check runs", async () => {
    const state = ["--state", path.join(STATE, "clean.json"), ...floor];
    await expect2(/--output .*: is a folder; expected a file path/, ...state, "--output", tmp);
    await expect2(
      /--output .*nowhere[\\/]report\.json: folder .*nowhere does not exist/,
      ...state,
      "--output",
      path.join(tmp, "nowhere", "report.json"),
    );
  });

  it("conflicting inputs", async () => {
    await expect2(/give one of --state, --preview or --program/, "--state", "a.json", "--preview", "b.json");
    await expect2(/--stack does not apply to --state/, "--state", "a.json", "--stack", "dev");
  });

  it("a pack that will not start, never prints a port, dies mid-run or throws", async () => {
    await expect2(
      /exits-at-start: failed to start: it exited with code 3/,
      "--state",
      faults,
      "--policy-pack",
      path.join(PACKS, "exits-at-start"),
    );
    process.env.SOVEREIGNTY_PACK_START_TIMEOUT_MS = "1000";
    try {
      await expect2(
        /no-port: did not print its port within 1 s/,
        "--state",
        faults,
        "--policy-pack",
        path.join(PACKS, "no-port"),
      );
    } finally {
      delete process.env.SOVEREIGNTY_PACK_START_TIMEOUT_MS;
    }
    await expect2(
      /dies-mid-run: exited with code 7/,
      "--state",
      faults,
      "--policy-pack",
      path.join(PACKS, "dies-mid-run"),
    );
    await expect2(
      /throws: Analyze of .*trigger failed: .*boom: the policy crashed/,
      "--state",
      faults,
      "--policy-pack",
      path.join(PACKS, "throws"),
    );
  });
});

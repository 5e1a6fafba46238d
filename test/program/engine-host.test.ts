// Programs run against the runner's engine host as under `pulumi preview` (issue #13): resource
// objects as inputs reach the pack as ids/URNs, a program that stops making progress ends with one
// line, failures name file:line or the missing module, plugin components are said, not passed.
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { EngineRecords } from "../../cli/check/engine-host";
import { loadProgramSnapshot } from "../../cli/check/program";
import { UNKNOWN } from "../../cli/check/snapshot";
import { UserError } from "../../cli/errors";
import { cli, oneErrorLine, PACKS } from "../runner/helpers";

const FIXTURES = path.join("test", "fixtures", "programs");
const program = (name: string): string => path.join(FIXTURES, name);

async function failsWith(name: string, pattern: RegExp, options: { stallMs?: number } = {}): Promise<string> {
  try {
    await loadProgramSnapshot({ dir: program(name), stack: "dev", ...options });
  } catch (error) {
    assert.ok(error instanceof UserError, String(error));
    assert.doesNotMatch(error.message, /\n/);
    assert.match(error.message, pattern);
    return error.message;
  }
  throw new Error(`${name} did not fail`);
}

describe("engine host: resource objects as inputs", function () {
  this.timeout(60_000);

  it("reach the pack as the engine marshals them (unknown id at a first preview, a component's URN)", async () => {
    const started = Date.now();
    const result = await cli(
      "check",
      "--program",
      program("resource-refs"),
      "--policy-pack",
      path.join(PACKS, "probe"),
      "--format",
      "json",
    );
    assert.equal(result.stderr, "");
    assert.ok(Date.now() - started < 30_000, "no hang");
    const report = JSON.parse(result.stdout) as {
      violations: { policyName: string; urn: string; message: string }[];
    };
    const sink = report.violations
      .filter((v) => v.policyName === "probe-references" && v.urn.endsWith("::sink"))
      .map((v) => v.message);
    assert.match(sink.join("\n"), /aTeamRef="urn:pulumi:dev::resource-refs::test:index:Team::platform"/);
    assert.doesNotMatch(sink.join("\n"), /5cf8f73096256a8f31e491e813e4eb8e/);
  });

  it("are recorded with their dependency, as the unknown id", async () => {
    const snapshot = await loadProgramSnapshot({ dir: program("resource-refs"), stack: "dev" });
    const byName = (name: string) => snapshot.resources.find((r) => r.name === name)!;
    assert.equal(byName("alerts-to-queue").properties["topic"], UNKNOWN);
    assert.equal(byName("readme").properties["bucket"], UNKNOWN);
    assert.equal(byName("worker-logs").properties["role"], UNKNOWN);
    assert.deepEqual(byName("readme").propertyDependencies["bucket"], [byName("reports").urn]);
    const sourcePosition = byName("readme").sourcePosition;
    assert.match(sourcePosition?.uri ?? "", /resource-refs\/index\.ts$/);
    assert.equal(sourcePosition?.line, 13);
  });
});

describe("engine host: invokes through an explicit provider", function () {
  this.timeout(60_000);

  it("answer for that provider's region, not the stack's", async () => {
    const snapshot = await loadProgramSnapshot({
      dir: program("corpus/replication-providers"),
      stack: "dev",
    });
    const volume = snapshot.resources.find((r) => r.name === "replica-cache");
    assert.equal(volume?.properties["availabilityZone"], "us-east-1a");
  });
});

describe("engine host: transforms run as the engine runs them", function () {
  this.timeout(60_000);

  it("a resource's own transform, then the stack's, change the properties the pack sees", async () => {
    const snapshot = await loadProgramSnapshot({ dir: program("corpus/resource-transforms"), stack: "dev" });
    const tags = (name: string) => snapshot.resources.find((r) => r.name === name)?.properties["tags"];
    assert.deepEqual(tags("jobs"), { "data-residency": "eu", "data-classification": "internal" });
    assert.deepEqual(tags("alerts"), { "data-residency": "eu", "data-classification": "personal" });
  });
});

describe("engine host: source positions", function () {
  this.timeout(60_000);

  it("SARIF points a program's finding at the line that registered the resource", async () => {
    const result = await cli(
      "check",
      "--program",
      program("corpus/replication-providers"),
      "--format",
      "sarif",
    );
    const sarif = JSON.parse(result.stdout) as {
      runs: {
        results: {
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
      }[];
    };
    const locations = sarif.runs.flatMap((run) => run.results.map((r) => r.locations[0]!.physicalLocation));
    assert.ok(locations.length > 0);
    assert.ok(
      locations.every(
        (l) => l.artifactLocation.uri.endsWith("replication-providers/index.ts") && l.region.startLine > 1,
      ),
      JSON.stringify(locations),
    );
  });
});

describe("engine host: nothing hangs", function () {
  this.timeout(60_000);

  it("a program that stops making progress ends in under 30 s with one line saying where it waits", async () => {
    const started = Date.now();
    const message = await failsWith("stalls", /stopped making progress/);
    assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
    assert.match(message, /waiting inside component never finished: test:index:Waiting forever/);
  });

  it("--timeout bounds a run", async () => {
    const result = await cli(
      "check",
      "--program",
      program("stalls"),
      "--timeout",
      "2s",
      "--policy-pack",
      path.join(PACKS, "probe"),
    );
    assert.equal(result.code, 2);
    assert.match(oneErrorLine(result), /did not finish within 2 s \(--timeout\)/);
  });
});

describe("engine host: whole errors", function () {
  this.timeout(90_000);

  it("a TypeScript syntax error names the file and line", async () => {
    await failsWith(
      "syntax-error-ts",
      /',' expected\. \(TS1005 at test\/fixtures\/programs\/syntax-error-ts\/index\.ts:5\)$/,
    );
  });

  it("a JavaScript syntax error names the file and line", async () => {
    await failsWith(
      "syntax-error-js",
      /SyntaxError: Unexpected token '\)' \(at test\/fixtures\/programs\/syntax-error-js\/index\.js:4\)$/,
    );
  });

  it("a missing module names the module and the folder to npm install in", async () => {
    await failsWith(
      "missing-package",
      /imports @acme\/not-installed-widgets, which is not installed: run npm install in \S+/,
    );
  });

  it("a failure after a function the runner could not answer names that function", async () => {
    await failsWith(
      "unanswered-invoke",
      /Cannot read properties of undefined \(reading 'map'\).*; offline, kubernetes:yaml:decode answered with no fields/,
    );
  });

  it("--verbose adds the program's whole error output", async () => {
    const result = await cli(
      "check",
      "--program",
      program("throws"),
      "--stack",
      "dev",
      "--verbose",
      "--policy-pack",
      path.join(PACKS, "probe"),
    );
    assert.equal(result.code, 2);
    // The fixture has no Pulumi.dev.yaml: a warning line first, then the error, then its detail.
    const lines = result.stderr
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("sovereignty: warning:"));
    assert.match(lines[0]!, /no jurisdiction configured/);
  });
});

describe("engine host: what cannot be seen offline is said", function () {
  this.timeout(60_000);

  it("a component built by its provider plugin is a finding, mandatory for personal data, and counted", async () => {
    const result = await cli(
      "check",
      "--program",
      program("remote-component"),
      "--policy-pack",
      path.join(PACKS, "probe"),
      "--format",
      "json",
    );
    const report = JSON.parse(result.stdout) as {
      pluginComponents?: number;
      violations: { policyName: string; enforcementLevel: string; urn: string; message: string }[];
    };
    assert.equal(report.pluginComponents, 2);
    const unseen = report.violations.filter((v) => v.policyName === "plugin-component-children-unseen");
    assert.deepEqual(unseen.map((v) => [v.urn.split("::").pop(), v.enforcementLevel]).sort(), [
      ["patients", "mandatory"],
      ["web", "advisory"],
    ]);
    assert.match(
      unseen.find((v) => v.urn.endsWith("::web"))!.message,
      /^cannot verify: children of `awsx:ecs:FargateService` are built by its plugin; check with `pulumi preview --policy-pack`$/,
    );
    assert.equal(result.code, 1, "a mandatory finding fails the check");
  });

  it("pulumi.getOrganization() answers as the engine does offline (the local organisation)", async () => {
    const snapshot = await loadProgramSnapshot({ dir: program("remote-component"), stack: "dev" });
    assert.ok(snapshot.resources.some((r) => r.type === "awsx:ecs:FargateService" && r.remote === true));
    assert.deepEqual(snapshot.stackOutputs, { organization: "organization" });
  });
});

describe("engine host: records", () => {
  // The SDK sends about four debug lines per resource; a 5,000-resource program sent 18,000.
  it("count debug lines without keeping them, and keep errors apart for the supervisor", () => {
    const records = new EngineRecords();
    for (let i = 0; i < 3; i++) records.addLog({ severity: "debug", message: `Registering resource ${i}` });
    records.addLog({ severity: "warning", message: "careful" });
    records.addLog({ severity: "error", message: "it broke" });
    assert.equal(records.debugLogs(), 3);
    assert.deepEqual(
      records.logs().map((log) => log.severity),
      ["warning", "error"],
    );
    assert.deepEqual(records.errors(), ["it broke"]);
  });
});

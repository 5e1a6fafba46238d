import assert from "node:assert/strict";
import * as path from "node:path";
import type * as Sarif from "sarif";
import { artifactUri, renderSarif, renderSarifFailure } from "../../cli/check/report/sarif";
import { SAMPLE_REPORTS } from "./sample";
import { validate } from "./sarif-validate";

describe("report formats: SARIF", () => {
  const log = JSON.parse(renderSarif(SAMPLE_REPORTS)) as Sarif.Log;

  it("passes sarif-multitool validate without errors or warnings", () => {
    assert.deepEqual(validate(renderSarif(SAMPLE_REPORTS)), []);
    assert.deepEqual(validate(renderSarif([])), []);
    assert.deepEqual(validate(renderSarif([{ ...SAMPLE_REPORTS[1]!, policyPacks: [] }])), []);
  });

  it("is checked by a validator that does catch a broken log", () => {
    const broken = structuredClone(log) as { runs: { tool: { driver: { name?: string } } }[] };
    delete broken.runs[0]!.tool.driver.name;
    assert.ok(
      validate(JSON.stringify(broken)).some(
        (problem) => problem.level === "error" && problem.rule === "JSON1002",
      ),
    );
  });

  it("has one run per policy pack with its reported policies as rules, with severity and remediation", () => {
    assert.equal(log.version, "2.1.0");
    assert.deepEqual(
      log.runs.map((run) => [run.tool.driver.name, run.tool.driver.version]),
      [
        ["sovereignty", "0.1.0"],
        ["aws-guard", "0.3.1"],
      ],
    );
    const sovereignty = log.runs[0]!;
    assert.deepEqual(
      sovereignty.tool.driver.rules?.map((rule) => rule.id),
      ["residency-location", "residency-tags"],
    );
    const location = sovereignty.tool.driver.rules?.[0];
    assert.equal(location?.shortDescription?.text, "Data-holding resources stay in their declared zone.");
    assert.match(
      location?.help?.text ?? "",
      /Unknown regions are reported\.\n\nRemediation: Move the resource/,
    );
    assert.match(location?.help?.markdown ?? "", /\*\*Remediation:\*\* Move the resource/);
    assert.equal(location?.properties?.["security-severity"], "9.5");
    assert.equal(location?.properties?.["severity"], "critical");
    assert.equal(location?.defaultConfiguration?.level, "error", "its most blocking level");
    assert.equal(sovereignty.tool.driver.rules?.[1]?.properties?.["security-severity"], "8.0");
  });

  it("maps enforcement levels to SARIF levels and URNs to logical locations, in finding order", () => {
    const results = log.runs.flatMap((run) => run.results ?? []);
    assert.deepEqual(
      results.map((result) => [result.ruleId, result.level]),
      [
        ["residency-location", "warning"],
        ["residency-location", "error"],
        ["residency-tags", "error"],
        ["s3-no-public-read", "error"],
      ],
    );
    const tickets = results[1]!;
    assert.equal(tickets.ruleIndex, 0);
    assert.equal(tickets.message.text, "`eu-west-2` (London: GB) is outside the declared zone `eu`.");
    assert.deepEqual(tickets.locations?.[0]?.logicalLocations, [
      {
        name: "tickets",
        fullyQualifiedName: "urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::tickets",
        kind: "resource",
      },
    ]);
    assert.equal(tickets.properties?.["stack"], "violations-demo");
    assert.equal(tickets.properties?.["severity"], "critical");
    assert.deepEqual(
      results[2]!.locations,
      [
        {
          physicalLocation: {
            artifactLocation: { uri: "stacks/Pulumi.violations-demo.yaml" },
            region: { startLine: 1, endLine: 1 },
          },
        },
      ],
      "a stack-level violation has the stack's file but no resource location",
    );
  });

  it("puts a result at the program line that made the resource when the input knows it (issue 14)", () => {
    const tickets = log.runs[0]!.results![1]!;
    assert.deepEqual(tickets.locations?.[0]?.physicalLocation, {
      artifactLocation: { uri: "stacks/violations-demo.ts" },
      region: { startLine: 42, startColumn: 5 },
    });
  });

  it("gives every result a file, which GitHub code scanning requires (microsoft/sarif-sdk#2704)", () => {
    const results = log.runs.flatMap((run) => run.results ?? []);
    for (const result of results) {
      assert.match(
        result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "",
        /^stacks\/(Pulumi\.[a-z-]+\.yaml|[a-z-]+\.ts)$/,
      );
    }
    assert.equal(artifactUri(path.join("out dir", "state.json")), "out%20dir/state.json");
    assert.match(artifactUri(path.resolve("/tmp/state.json")), /^file:\/\/\/.*tmp\/state\.json$/);
  });

  it("names what remediation set as notifications", () => {
    const notes = log.runs[0]!.invocations?.[0]?.toolExecutionNotifications ?? [];
    assert.deepEqual(
      notes.map((n) => [n.level, n.message.text]),
      [
        [
          "note",
          "Remediated Bucket logs in stack violations-demo before analysis: set data-residency=eu, data-classification=internal (residency-tags).",
        ],
      ],
    );
  });

  it("is a valid log with executionSuccessful false and the error when the check did not run", () => {
    const text = renderSarifFailure({ message: 'sovereignty:aws:Bucket "b": zone: unknown zone "dach"' });
    assert.deepEqual(validate(text), []);
    const failed = JSON.parse(text) as Sarif.Log;
    const invocation = failed.runs[0]!.invocations![0]!;
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications?.[0]?.level, "error");
    assert.match(invocation.toolExecutionNotifications?.[0]?.message.text ?? "", /unknown zone "dach"/);
  });

  it("ends every run with the residency inventory of every stack", () => {
    for (const run of log.runs) {
      assert.equal(Object.keys(run).at(-1), "properties");
      const properties = run.properties as Record<string, unknown>;
      assert.equal(Object.keys(properties).at(-1), "residencyInventory");
      assert.deepEqual(properties["residencyInventory"], [
        {
          stack: "violations-demo",
          zone: "eu",
          cloud: "aws",
          location: "eu-central-1",
          classification: "personal",
          count: 3,
        },
        {
          stack: "violations-demo",
          zone: "uk",
          cloud: "aws",
          location: "eu-west-2",
          classification: "personal",
          count: 1,
        },
        {
          stack: "helpdesk-eu",
          zone: "eu",
          cloud: "aws",
          location: "eu-central-1",
          classification: "personal",
          count: 9,
        },
        {
          stack: "helpdesk-eu",
          zone: "eu",
          cloud: "aws",
          location: "eu-central-1",
          classification: "internal",
          count: 3,
        },
      ]);
    }
  });
});

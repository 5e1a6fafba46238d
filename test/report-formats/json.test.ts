// The JSON report against its published schema (schemas/report.schema.json), with ajv.
import { strict as assert } from "node:assert";
import { renderJson } from "../../cli/check/report/json";
import { LOCATION_DESCRIPTION, SAMPLE_REPORTS } from "./sample";
import { reportValidator } from "./render-checks";

describe("report formats: JSON", () => {
  const validate = reportValidator();
  const one = JSON.parse(renderJson([SAMPLE_REPORTS[0]!])) as {
    violations: { message: string; severity?: string; urn: string; source?: object }[];
    policies: { policyName: string; description: string; remediationSteps?: string }[];
    remediations: { tags: Record<string, string> }[];
  };

  it("validates against schemas/report.schema.json, for one stack and for several", () => {
    assert.deepEqual(validate(one), []);
    assert.deepEqual(validate(JSON.parse(renderJson(SAMPLE_REPORTS))), []);
    assert.notDeepEqual(validate({ ...one, violations: [{ message: 1 }] }), [], "the schema does reject");
  });

  it("never prefixes a message with the policy's description; gives each description once", () => {
    for (const v of one.violations) assert.ok(!v.message.startsWith(LOCATION_DESCRIPTION), v.message);
    assert.equal(one.violations[1]!.message, "`eu-west-2` (London: GB) is outside the declared zone `eu`");
    assert.equal(JSON.stringify(one).split(LOCATION_DESCRIPTION).length - 1, 1);
    assert.deepEqual(
      one.policies.map((p) => p.policyName),
      ["residency-location", "residency-tags", "s3-no-public-read"],
    );
    assert.equal(one.policies[0]!.remediationSteps, "Move the resource to a location inside the zone.");
  });

  it("orders violations by severity, then resource, with source positions where known", () => {
    assert.deepEqual(
      one.violations.map((v) => [v.severity ?? "-", v.urn.split("::").at(-1)]),
      [
        ["critical", "logs"],
        ["critical", "tickets"],
        ["high", ""],
        ["-", "public"],
      ],
    );
    assert.deepEqual(one.violations[1]!.source, { file: "stacks/violations-demo.ts", line: 42, column: 5 });
  });

  it("says which tags remediation set", () => {
    assert.deepEqual(one.remediations[0]!.tags, {
      "data-residency": "eu",
      "data-classification": "internal",
    });
  });
});

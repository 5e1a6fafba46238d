import { strict as assert } from "node:assert";
import { renderText } from "../../cli/check/report/text";
import type { CheckReport, Violation } from "../../cli/check/report/types";

const DESCRIPTION = "Data-holding resources stay inside their declared zone.";

function violation(urn: string, own: string): Violation {
  // As @pulumi/policy sends it: the description, a newline, then the policy's own message.
  return {
    policyPackName: "pulumi-sovereignty",
    policyPackVersion: "0.1.0",
    policyName: "all-data-resources-restrict-location",
    enforcementLevel: "mandatory",
    urn,
    message: `${DESCRIPTION}\n${own}`,
    description: DESCRIPTION,
  };
}

const report: CheckReport = {
  origin: "test",
  stack: "dev",
  resources: 2,
  violations: [
    violation(
      "urn:pulumi:dev::p::aws:s3/bucket:Bucket::a",
      "`a` is in `us-east-1`, outside the declared zone `eu`",
    ),
    violation(
      "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b",
      "`b` is in `eu-west-2`, outside the declared zone `eu`",
    ),
  ],
  remediations: [],
  inventory: [],
  policyPacks: [{ name: "pulumi-sovereignty", version: "0.1.0" }],
};

describe("text report", () => {
  const text = renderText([report], { color: false });

  it("shows each violation's own message beside its policy", () => {
    assert.match(text, /all-data-resources-restrict-location {2}`a` is in `us-east-1`/);
    assert.match(text, /all-data-resources-restrict-location {2}`b` is in `eu-west-2`/);
  });

  it("shows a policy's description once, not on every violation", () => {
    assert.equal(text.split(DESCRIPTION).length - 1, 1);
    assert.match(
      text,
      /policies reported\n {4}pulumi-sovereignty\/all-data-resources-restrict-location {2}Data-holding/,
    );
  });
});

// What a check could not see (the runner's issue #13/#15 fields) in every format of the reworked
// reports (issue #14): a partial input (`--allow-partial`) and components a provider plugin builds.
import assert from "node:assert/strict";
import type * as Sarif from "sarif";
import { renderJson } from "../../cli/check/report/json";
import { renderMarkdown } from "../../cli/check/report/markdown";
import { renderSarif } from "../../cli/check/report/sarif";
import { renderText } from "../../cli/check/report/text";
import type { CheckReport } from "../../cli/check/report/types";
import { pluginComponentFindings } from "../../cli/check/unseen";
import type { StackSnapshot } from "../../cli/check/snapshot";
import { renderingProblems, reportValidator } from "./render-checks";
import { validate } from "./sarif-validate";

const COMPONENT = "urn:pulumi:dev::shop::awsx:ecs:FargateService::web";
const snapshot: StackSnapshot = {
  origin: "preview.json",
  kind: "preview",
  project: "shop",
  stack: "dev",
  config: {},
  resources: [
    {
      urn: COMPONENT,
      type: "awsx:ecs:FargateService",
      name: "web",
      custom: false,
      remote: true,
      properties: {},
      propertyDependencies: {},
      dependencies: [],
    },
  ],
};
const PARTIAL = "the preview has no unchanged resources (no --show-sames)";
const REPORT: CheckReport = {
  origin: "preview.json",
  stack: "dev",
  resources: 1,
  violations: pluginComponentFindings(snapshot, "0.1.0"),
  remediations: [],
  inventory: [],
  policyPacks: [{ name: "sovereignty", version: "0.1.0" }],
  pluginComponents: 1,
  partial: PARTIAL,
};

describe("report formats: what the check could not see", () => {
  it("text: the headline counts plugin components; the partial reason follows it", () => {
    const text = renderText([REPORT], { color: false });
    assert.match(text, /0 remediated · 1 plugin component unverified/);
    assert.match(text, new RegExp(`partial: ${PARTIAL.replace(/[()]/g, "\\$&")}`));
    assert.match(text, /sovereignty-check\/plugin-component-children-unseen \(medium\)/);
  });

  it("JSON: pluginComponents and partial, valid against the schema; the runner's policy described", () => {
    const json = JSON.parse(renderJson([REPORT])) as {
      pluginComponents?: number;
      partial?: string;
      policies: { policyName: string; description: string }[];
    };
    assert.deepEqual(reportValidator()(json), []);
    assert.equal(json.pluginComponents, 1);
    assert.equal(json.partial, PARTIAL);
    assert.match(json.policies[0]!.description, /provider plugin/);
  });

  it("Markdown: both said before the findings, and it renders cleanly", () => {
    const markdown = renderMarkdown([REPORT]);
    assert.deepEqual(renderingProblems(markdown), []);
    const table = markdown.indexOf("| Severity |");
    assert.ok(markdown.indexOf("**Partial:**") > 0 && markdown.indexOf("**Partial:**") < table);
    assert.ok(markdown.indexOf("1 component built by a provider plugin") < table);
  });

  it("SARIF: partial as a warning notification, both in the stacks property bag; valid", () => {
    const text = renderSarif([REPORT]);
    assert.deepEqual(validate(text), []);
    const log = JSON.parse(text) as Sarif.Log;
    const run = log.runs.find((r) => r.tool.driver.name === "sovereignty-check")!;
    assert.equal(run.results?.[0]?.ruleId, "plugin-component-children-unseen");
    assert.equal(run.invocations?.[0]?.toolExecutionNotifications?.[0]?.level, "warning");
    assert.deepEqual((run.properties?.["stacks"] as object[])[0], {
      stack: "dev",
      origin: "preview.json",
      resources: 1,
      pluginComponents: 1,
      partial: PARTIAL,
    });
  });
});

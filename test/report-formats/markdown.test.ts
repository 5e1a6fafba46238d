import assert from "node:assert/strict";
import { renderMarkdown } from "../../cli/check/report/markdown";
import type { CheckReport } from "../../cli/check/report/types";
import { SAMPLE_REPORTS } from "./sample";

describe("report formats: Markdown", () => {
  const text = renderMarkdown(SAMPLE_REPORTS);
  const lines = text.split("\n");

  it("opens with one summary line counting blocking and advisory violations", () => {
    assert.equal(lines[0], "### ❌ Residency check failed: 3 mandatory, 1 advisory (2 stacks, 19 resources)");
  });

  it("lists every violation in one table, mandatory first, before any detail", () => {
    const header = lines.indexOf("| Level | Policy | Resource | Stack | Message |");
    assert.equal(header, 2);
    const rows = lines.slice(header + 2, lines.indexOf("", header));
    assert.equal(rows.length, 4);
    assert.deepEqual(
      rows.map((row) => row.split(" | ")[0]),
      ["| 🔴 mandatory", "| 🔴 mandatory", "| 🔴 remediate", "| 🟡 advisory"],
    );
    assert.ok(header < lines.indexOf("<details>"));
  });

  it("keeps the table intact whatever the messages contain", () => {
    const advisory = lines.find((line) => line.startsWith("| 🟡 advisory"));
    assert.equal(
      advisory,
      "| 🟡 advisory | `residency-location` | `logs` | violations-demo | Region is unknown at preview \\| cannot verify |",
    );
    const remediate = lines.find((line) => line.startsWith("| 🔴 remediate"));
    assert.match(
      remediate ?? "",
      /Bucket &lt;public&gt; allows public read via an ACL \|$/,
      "no raw HTML, no line break",
    );
  });

  it("has collapsible details per stack with full URNs", () => {
    assert.deepEqual(
      lines.filter((line) => line.startsWith("<summary>")),
      [
        "<summary>violations-demo: 4 violations, 7 resources</summary>",
        "<summary>helpdesk-eu: 0 violations, 12 resources</summary>",
      ],
    );
    assert.ok(
      text.includes("`urn:pulumi:violations-demo::pulumi-sovereignty::aws:s3/bucket:Bucket::tickets`"),
    );
    assert.ok(text.includes("Remediated before analysis:"));
  });

  it("ends with the residency inventory, merged across stacks", () => {
    const heading = lines.lastIndexOf("### Residency inventory");
    assert.ok(heading > lines.lastIndexOf("</details>"));
    assert.deepEqual(
      lines.slice(heading + 2).filter((line) => line !== ""),
      [
        "| Zone | Cloud | Location | Classification | Resources | Stacks |",
        "|---|---|---|---|---:|---|",
        "| eu | aws | `eu-central-1` | internal | 3 | helpdesk-eu |",
        "| eu | aws | `eu-central-1` | personal | 12 | helpdesk-eu, violations-demo |",
        "| uk | aws | `eu-west-2` | personal | 1 | violations-demo |",
      ],
    );
  });

  it("says a clean run passed and has no violation table", () => {
    const clean = renderMarkdown([SAMPLE_REPORTS[1]!]);
    assert.match(clean, /^### ✅ Residency check passed: no violations \(1 stack, 12 resources\)\n/);
    assert.ok(!clean.includes("| Level |"));
  });

  it("passes with warnings when only advisory violations remain", () => {
    const advisoryOnly: CheckReport = {
      ...SAMPLE_REPORTS[0]!,
      violations: SAMPLE_REPORTS[0]!.violations.filter(
        (violation) => violation.enforcementLevel === "advisory",
      ),
    };
    assert.match(
      renderMarkdown([advisoryOnly]),
      /^### ⚠️ Residency check passed with warnings: 0 mandatory, 1 advisory/,
    );
  });
});

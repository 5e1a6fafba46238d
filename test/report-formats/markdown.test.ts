import assert from "node:assert/strict";
import { marked } from "marked";
import { renderingProblems } from "./render-checks";
import { renderMarkdown, renderMarkdownFailure } from "../../cli/check/report/markdown";
import type { CheckReport } from "../../cli/check/report/types";
import { LOCATION_DESCRIPTION, SAMPLE_REPORTS, TAGS_DESCRIPTION } from "./sample";

describe("report formats: Markdown", () => {
  const text = renderMarkdown(SAMPLE_REPORTS);
  const lines = text.split("\n");

  it("opens with one summary line counting blocking and advisory violations", () => {
    assert.equal(lines[0], "### ❌ Residency check failed: 3 mandatory, 1 advisory (2 stacks, 19 resources)");
  });

  it("lists every finding in one table by severity, then resource, with severity and level", () => {
    const header = lines.indexOf("| Severity | Level | Resource | Policy | Finding | Stack |");
    assert.ok(header > 0 && header < 6);
    const rows = lines.slice(header + 2, lines.indexOf("", header));
    assert.deepEqual(
      rows.map((row) => row.split(" | ").slice(0, 2).join(" | ")),
      [
        "| 🔴 critical | advisory",
        "| 🔴 critical | mandatory",
        "| 🟠 high | mandatory",
        "| ⚪ unrated | remediate",
      ],
    );
    assert.match(rows[0]!, /`logs`/);
    assert.match(rows[1]!, /`tickets` `aws:s3\/bucket:Bucket` at `stacks\/violations-demo\.ts:42`/);
  });

  it("renders to HTML as written: code stays code, no literal backticks, no escaped entities (issue 14)", () => {
    assert.deepEqual(renderingProblems(text), []);
    const html = marked.parse(text, { async: false, gfm: true });
    assert.match(
      html,
      /<code>eu-west-2<\/code> \(London: GB\) is outside the declared zone <code>eu<\/code>/,
    );
    assert.match(html, /Bucket &lt;public&gt; allows public read via an ACL &amp; a \*policy\*/);
    assert.match(
      html,
      /Region is unknown at preview \| cannot verify/,
      "a pipe in a message keeps the table",
    );
    assert.deepEqual(renderingProblems(renderMarkdown([SAMPLE_REPORTS[1]!])), []);
  });

  it("describes each reported policy once, with how to fix it", () => {
    assert.equal(text.split(LOCATION_DESCRIPTION).length - 1, 1);
    assert.equal(text.split("`data-residency` and `data-classification` tags").length - 1, 1);
    assert.ok(TAGS_DESCRIPTION.length > 0);
    assert.match(text, /\*\*Fix:\*\* Move the resource to a location inside the zone\./);
  });

  it("says which tags remediation set, with their values", () => {
    assert.match(
      text,
      /\| `Bucket logs` \| `residency-tags` \| `data-residency=eu, data-classification=internal` \|/,
    );
  });

  it("ends with the residency inventory, once, merged across stacks", () => {
    assert.equal(text.split("Residency inventory").length - 1, 1);
    const heading = lines.lastIndexOf("#### Residency inventory");
    assert.deepEqual(
      lines.slice(heading + 2).filter((line) => line !== ""),
      [
        "| Zone | Cloud | Location | Classification | Resources | Stacks |",
        "|---|---|---|---|---:|---|",
        "| eu | aws | `eu-central-1` | internal | 3 | `helpdesk-eu` |",
        "| eu | aws | `eu-central-1` | personal | 12 | `helpdesk-eu`, `violations-demo` |",
        "| uk | aws | `eu-west-2` | personal | 1 | `violations-demo` |",
      ],
    );
    const one = renderMarkdown([SAMPLE_REPORTS[0]!]);
    assert.equal(
      one.split("| eu | aws | `eu-central-1` | personal | 3 |").length - 1,
      1,
      "one stack: one inventory",
    );
  });

  it("says a clean run passed and has no findings table", () => {
    const clean = renderMarkdown([SAMPLE_REPORTS[1]!]);
    assert.match(clean, /^### ✅ Residency check passed: no violations \(1 stack, 12 resources\)\n/);
    assert.ok(!clean.includes("| Severity |"));
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

  it("says a check that did not run did not run, and why", () => {
    const failure = renderMarkdownFailure({
      message: 'program . (stack dev): sovereignty:aws:Bucket "b": zone: unknown zone "dach"',
    });
    assert.match(failure, /^### ⛔ Residency check did not run\n/);
    assert.deepEqual(renderingProblems(failure), []);
  });
});

// `--format markdown`: a pull-request comment or a job summary (GitHub-flavoured Markdown). The
// verdict first (one line), then every finding in one table in finding order (severity, then
// resource) with its severity, then each reported policy once (description, how to fix), what
// remediation changed, and last the residency inventory, once. Written for what GitHub renders:
// the pack's `code` spans stay code, nothing is escaped twice, no Markdown inside HTML.

import {
  descriptionFor,
  findingsOf,
  isBlocking,
  ownMessage,
  plural,
  reportedPolicies,
  resourceLabel,
  resourceType,
  severityOf,
  tagList,
  type Finding,
} from "./findings";
import type { CheckFailure, CheckReport, InventoryRow } from "./types";

/** GitHub rejects comments over 65,536 characters; the table stops well before that. */
const MAX_TABLE_ROWS = 100;

const SEVERITY_MARK: Readonly<Record<string, string>> = {
  critical: "🔴 critical",
  high: "🟠 high",
  medium: "🟡 medium",
  low: "🔵 low",
  unrated: "⚪ unrated",
};

export function renderMarkdown(reports: readonly CheckReport[]): string {
  const findings = findingsOf(reports);
  const several = reports.length > 1;
  const lines: string[] = [summary(reports, findings), ""];
  lines.push(
    `Checked ${reports.map((r) => `${code(r.origin)}${several ? ` (stack ${code(r.stack)})` : ""}`).join(", ")} with ${
      packsOf(reports) || "no policy pack"
    }.`,
    "",
  );
  // What the check could not see, before the findings: a partial input, unjudged plugin children.
  for (const report of reports) {
    const stack = several ? ` (stack ${code(report.stack)})` : "";
    if (report.partial !== undefined) lines.push(`**Partial${stack}:** ${inline(report.partial)}`, "");
    if (report.pluginComponents) {
      lines.push(
        `${plural(report.pluginComponents, "component")} built by a provider plugin${stack}: their children could not be checked offline.`,
        "",
      );
    }
  }

  if (findings.length > 0) {
    const description = descriptionFor(reports);
    lines.push(
      `| Severity | Level | Resource | Policy | Finding |${several ? " Stack |" : ""}`,
      `|---|---|---|---|---|${several ? "---|" : ""}`,
    );
    for (const { stack, violation, source } of findings.slice(0, MAX_TABLE_ROWS)) {
      const resource =
        violation.urn === ""
          ? "the stack"
          : `${code(resourceLabel(violation.urn).split(" ").slice(1).join(" "))} ${code(resourceType(violation.urn))}${
              source ? ` at ${code(`${source.file}:${source.line}`)}` : ""
            }`;
      lines.push(
        row([
          SEVERITY_MARK[severityOf(violation)]!,
          violation.enforcementLevel,
          resource,
          code(violation.policyName),
          inline(ownMessage(violation, description(violation))),
          ...(several ? [code(stack)] : []),
        ]),
      );
    }
    if (findings.length > MAX_TABLE_ROWS) {
      lines.push(
        "",
        `… and ${findings.length - MAX_TABLE_ROWS} more findings: see the SARIF or JSON report.`,
      );
    }
    lines.push("");

    const policies = reportedPolicies(reports);
    lines.push(
      "<details>",
      `<summary>${plural(policies.length, "policy", "policies")} reported: what each checks and how to fix it</summary>`,
      "",
    );
    for (const policy of policies) {
      lines.push(
        `- **${code(policy.name)}** (${policy.severity ?? "unrated"}, ${policy.policyPackName}): ${policy.description ? inline(policy.description) : "no description given by its pack"}`,
      );
      if (policy.remediationSteps) lines.push(`  **Fix:** ${inline(policy.remediationSteps)}`);
    }
    lines.push("", "</details>", "");
  }

  const remediations = reports.flatMap((report) =>
    report.remediations.map((r) => ({ stack: report.stack, ...r })),
  );
  if (remediations.length > 0) {
    lines.push("#### Remediated before analysis", "");
    lines.push(
      `| Resource | Policy | Tags set |${several ? " Stack |" : ""}`,
      `|---|---|---|${several ? "---|" : ""}`,
    );
    for (const r of remediations) {
      lines.push(
        row([
          code(resourceLabel(r.urn)),
          code(r.policyName),
          r.tags && Object.keys(r.tags).length > 0
            ? code(tagList(r.tags))
            : inline(r.description ?? "changed"),
          ...(several ? [code(r.stack)] : []),
        ]),
      );
    }
    lines.push("");
  }

  lines.push("#### Residency inventory", "", ...inventoryTable(reports, several));
  return `${lines.join("\n")}\n`;
}

/** The Markdown of a check that failed before it could judge anything (exit 2). */
export function renderMarkdownFailure(failure: CheckFailure): string {
  return [
    "### ⛔ Residency check did not run",
    "",
    `${failure.origin ? `${code(failure.origin)}: ` : ""}${inline(failure.message)}`,
    "",
    "Nothing was judged: fix the error above and run the check again.",
    "",
  ].join("\n");
}

function packsOf(reports: readonly CheckReport[]): string {
  const names = new Set(reports.flatMap((r) => r.policyPacks.map((p) => `${p.name}@${p.version}`)));
  return [...names].map(code).join(", ");
}

function summary(reports: readonly CheckReport[], findings: readonly Finding[]): string {
  const resources = reports.reduce((sum, report) => sum + report.resources, 0);
  const scope = `${plural(reports.length, "stack")}, ${plural(resources, "resource")}`;
  if (findings.length === 0) return `### ✅ Residency check passed: no violations (${scope})`;
  const blocking = findings.filter(({ violation }) => isBlocking(violation)).length;
  const advisory = findings.length - blocking;
  const mark = blocking > 0 ? "❌ Residency check failed" : "⚠️ Residency check passed with warnings";
  return `### ${mark}: ${blocking} mandatory, ${advisory} advisory (${scope})`;
}

function inventoryTable(reports: readonly CheckReport[], several: boolean): string[] {
  // One row per place and classification across stacks, naming the stacks that hold it.
  const merged = new Map<string, InventoryRow & { stacks: Set<string> }>();
  for (const report of reports) {
    for (const entry of report.inventory) {
      const key = [entry.zone, entry.cloud, entry.location, entry.classification].join("\u0000");
      const existing = merged.get(key);
      if (existing === undefined) merged.set(key, { ...entry, stacks: new Set([report.stack]) });
      else
        merged.set(key, {
          ...existing,
          count: existing.count + entry.count,
          stacks: existing.stacks.add(report.stack),
        });
    }
  }
  if (merged.size === 0) return ["No resource holds data here."];
  const rows = [...merged.values()].sort(
    (a, b) =>
      a.zone.localeCompare(b.zone) ||
      a.cloud.localeCompare(b.cloud) ||
      a.location.localeCompare(b.location) ||
      a.classification.localeCompare(b.classification),
  );
  return [
    `| Zone | Cloud | Location | Classification | Resources |${several ? " Stacks |" : ""}`,
    `|---|---|---|---|---:|${several ? "---|" : ""}`,
    ...rows.map((entry) =>
      row([
        text(entry.zone),
        text(entry.cloud),
        code(entry.location),
        text(entry.classification),
        String(entry.count),
        ...(several ? [[...entry.stacks].sort().map(code).join(", ")] : []),
      ]),
    ),
  ];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** A code span that survives any text: a fence longer than any run of backticks inside. */
function code(value: string): string {
  const flat = value.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const padded = flat.startsWith("`") || flat.endsWith("`") ? ` ${flat} ` : flat;
  // A pipe ends a table cell even inside code; GitHub and marked take `\|` as a literal pipe.
  return `${fence}${padded.replace(/\|/g, "\\|")}${fence}`;
}

/** Plain text: Markdown's and HTML's special characters escaped once. */
function text(value: string): string {
  return value
    .replace(/\r?\n/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\*_[\]#|~])/g, "\\$1")
    .replace(/`/g, "'");
}

/**
 * The pack's words, whose backtick-quoted names (`data-residency`) become code spans and the
 * rest plain text. An unpaired backtick is shown as an apostrophe, never as a stray backtick.
 */
function inline(value: string): string {
  const parts = value.replace(/\r?\n/g, " ").split("`");
  if (parts.length % 2 === 0) return text(value);
  return parts.map((part, i) => (i % 2 === 1 ? (part === "" ? "" : code(part)) : text(part))).join("");
}

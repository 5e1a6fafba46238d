// `--format markdown`: a pull-request comment (GitHub-flavoured Markdown). The verdict first
// (one summary line), then every violation in one table, mandatory first, then collapsible
// details per stack, and last the residency inventory: which zones, clouds and locations hold
// which classification of data, and how many resources.

import type { CheckReport, EnforcementLevel, InventoryRow, Violation } from "./types";
import { ownMessage } from "./message";

/** GitHub rejects comments over 65,536 characters; the table stops well before that. */
const MAX_TABLE_ROWS = 100;

const LEVEL_ORDER: Readonly<Record<EnforcementLevel, number>> = {
  mandatory: 0,
  remediate: 1,
  advisory: 2,
  disabled: 3,
};
const LEVEL_MARK: Readonly<Record<EnforcementLevel, string>> = {
  mandatory: "🔴 mandatory",
  remediate: "🔴 remediate",
  advisory: "🟡 advisory",
  disabled: "⚪ disabled",
};

interface StackViolation {
  readonly stack: string;
  readonly violation: Violation;
}

export function renderMarkdown(reports: readonly CheckReport[]): string {
  const all: StackViolation[] = reports.flatMap((report) =>
    report.violations.map((violation) => ({ stack: report.stack, violation })),
  );
  all.sort(
    (a, b) =>
      LEVEL_ORDER[a.violation.enforcementLevel] - LEVEL_ORDER[b.violation.enforcementLevel] ||
      a.stack.localeCompare(b.stack) ||
      a.violation.policyName.localeCompare(b.violation.policyName) ||
      a.violation.urn.localeCompare(b.violation.urn),
  );
  const lines: string[] = [summary(reports, all), ""];

  if (all.length > 0) {
    lines.push("| Level | Policy | Resource | Stack | Message |", "|---|---|---|---|---|");
    for (const { stack, violation } of all.slice(0, MAX_TABLE_ROWS)) {
      lines.push(
        row([
          LEVEL_MARK[violation.enforcementLevel],
          code(violation.policyName),
          violation.urn === "" ? "_(stack)_" : code(urnName(violation.urn)),
          escapeCell(stack),
          escapeCell(ownMessage(violation)),
        ]),
      );
    }
    if (all.length > MAX_TABLE_ROWS) {
      lines.push(
        "",
        `… and ${all.length - MAX_TABLE_ROWS} more violations: see the details per stack or the SARIF report.`,
      );
    }
    lines.push("");
  }

  for (const report of reports) lines.push(...stackDetails(report), "");

  lines.push("### Residency inventory", "", ...inventoryTable(reports));
  return `${lines.join("\n")}\n`;
}

function summary(reports: readonly CheckReport[], all: readonly StackViolation[]): string {
  const resources = reports.reduce((sum, report) => sum + report.resources, 0);
  const scope = `${plural(reports.length, "stack")}, ${plural(resources, "resource")}`;
  if (all.length === 0) return `### ✅ Residency check passed: no violations (${scope})`;
  const blocking = all.filter(
    ({ violation }) => LEVEL_ORDER[violation.enforcementLevel] <= LEVEL_ORDER.remediate,
  ).length;
  const advisory = all.filter(({ violation }) => violation.enforcementLevel === "advisory").length;
  const counts = [`${blocking} mandatory`, `${advisory} advisory`].join(", ");
  const mark = blocking > 0 ? "❌ Residency check failed" : "⚠️ Residency check passed with warnings";
  return `### ${mark}: ${counts} (${scope})`;
}

function stackDetails(report: CheckReport): string[] {
  const title = `${report.stack}: ${plural(report.violations.length, "violation")}, ${plural(report.resources, "resource")}`;
  const lines = ["<details>", `<summary>${escapeHtml(title)}</summary>`, ""];
  lines.push(
    `Checked ${code(report.origin)} with ${report.policyPacks.map((p) => code(`${p.name}@${p.version}`)).join(", ") || "no policy pack"}.`,
  );
  if (report.pluginComponents) {
    lines.push(
      "",
      `${plural(report.pluginComponents, "component")} built by a provider plugin: their children could not be checked offline.`,
    );
  }
  if (report.partial !== undefined) lines.push("", `**Partial:** ${escapeHtml(report.partial)}`);
  lines.push("");
  if (report.violations.length > 0) {
    const sorted = [...report.violations].sort(
      (a, b) =>
        LEVEL_ORDER[a.enforcementLevel] - LEVEL_ORDER[b.enforcementLevel] || a.urn.localeCompare(b.urn),
    );
    for (const violation of sorted) {
      lines.push(
        `- **${violation.enforcementLevel}** ${code(violation.policyName)} on ${violation.urn === "" ? "the stack" : code(violation.urn)}: ${escapeInline(ownMessage(violation))}`,
      );
      if (violation.description !== undefined) lines.push(`  <br>_${escapeInline(violation.description)}_`);
    }
    lines.push("");
  }
  if (report.remediations.length > 0) {
    lines.push("Remediated before analysis:", "");
    for (const remediation of report.remediations) {
      lines.push(
        `- ${code(remediation.policyName)} on ${code(remediation.urn)}${remediation.description ? `: ${escapeInline(remediation.description)}` : ""}`,
      );
    }
    lines.push("");
  }
  if (report.inventory.length > 0) {
    lines.push(...inventoryRows(report.inventory), "");
  }
  lines.push("</details>");
  return lines;
}

function inventoryTable(reports: readonly CheckReport[]): string[] {
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
  if (merged.size === 0) return ["_No resources hold data in a declared zone._"];
  const rows = [...merged.values()].sort(compareInventory);
  return [
    "| Zone | Cloud | Location | Classification | Resources | Stacks |",
    "|---|---|---|---|---:|---|",
    ...rows.map((entry) =>
      row([
        escapeCell(entry.zone),
        escapeCell(entry.cloud),
        code(entry.location),
        escapeCell(entry.classification),
        String(entry.count),
        [...entry.stacks].sort().map(escapeCell).join(", "),
      ]),
    ),
  ];
}

function inventoryRows(inventory: readonly InventoryRow[]): string[] {
  return [
    "| Zone | Cloud | Location | Classification | Resources |",
    "|---|---|---|---|---:|",
    ...[...inventory]
      .sort(compareInventory)
      .map((entry) =>
        row([
          escapeCell(entry.zone),
          escapeCell(entry.cloud),
          code(entry.location),
          escapeCell(entry.classification),
          String(entry.count),
        ]),
      ),
  ];
}

function compareInventory(a: InventoryRow, b: InventoryRow): number {
  return (
    a.zone.localeCompare(b.zone) ||
    a.cloud.localeCompare(b.cloud) ||
    a.location.localeCompare(b.location) ||
    a.classification.localeCompare(b.classification)
  );
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function urnName(urn: string): string {
  return urn.split("::").at(-1) ?? urn;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** Inline code that survives backticks in the text and pipes inside a table. */
function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  const padded = text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text;
  return `${fence}${padded.replace(/\|/g, "\\|").replace(/\r?\n/g, " ")}${fence}`;
}

function escapeCell(text: string): string {
  return escapeInline(text).replace(/\|/g, "\\|");
}

/** One line of text that Markdown and GitHub's HTML subset render as written. */
function escapeInline(text: string): string {
  return escapeHtml(text.replace(/\r?\n/g, " ")).replace(/([\\`*_[\]#])/g, "\\$1");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

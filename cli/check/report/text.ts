// The terminal report, per stack: a headline with the counts, the findings in order (severity,
// then resource) with their severity, level, resource, the line of the program that made it and
// the policy's own words; then each reported policy once (description and how to fix); then what
// remediation changed; then the residency inventory. Every line fits the width (the terminal's,
// else 100 columns). Colour only when asked (stdout a TTY and NO_COLOR unset).
import pc from "picocolors";
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
} from "./findings";
import type { CheckReport } from "./types";
import { wrap } from "./wrap";

export interface TextOptions {
  readonly color: boolean;
  /** Columns to wrap at (default 100). */
  readonly width?: number;
}

export function renderText(reports: readonly CheckReport[], options: TextOptions): string {
  const c = pc.createColors(options.color);
  const width = options.width ?? 100;
  const out: string[] = [];
  const severityColour = (severity: string): ((s: string) => string) =>
    severity === "critical" || severity === "high" ? c.red : severity === "medium" ? c.yellow : c.dim;
  const description = descriptionFor(reports);
  const described = new Set<string>();

  for (const report of reports) {
    const blocking = report.violations.filter(isBlocking).length;
    const advisory = report.violations.length - blocking;
    const packs = report.policyPacks.map((p) => `${p.name}@${p.version}`).join(", ");
    for (const [i, line] of wrap(
      `${report.stack} (${report.origin}) · ${plural(report.resources, "resource")} · ${packs || "no policy pack"}`,
      width,
      "",
      "  ",
    ).entries())
      out.push(i === 0 ? c.bold(line) : c.dim(line));
    out.push(
      `  ${blocking > 0 ? c.red(`${blocking} mandatory`) : c.green("0 mandatory")} · ${
        advisory > 0 ? c.yellow(`${advisory} advisory`) : "0 advisory"
      } · ${report.remediations.length} remediated${
        report.pluginComponents
          ? ` · ${c.yellow(`${plural(report.pluginComponents, "plugin component")} unverified`)}`
          : ""
      }`,
      ...(report.partial !== undefined
        ? wrap(`partial: ${report.partial}`, width, "  ", "    ").map((line) => c.yellow(line))
        : []),
    );

    const findings = findingsOf([report]);
    if (findings.length > 0) out.push("");
    for (const { violation, source } of findings) {
      const severity = severityOf(violation);
      const level = violation.enforcementLevel;
      const indent = " ".repeat(2 + 8 + 2 + 9 + 2);
      const type = resourceType(violation.urn);
      const resource = `${resourceLabel(violation.urn)}${type ? ` (${type})` : ""}${source ? ` at ${source.file}:${source.line}` : ""}`;
      const [first = "", ...more] = wrap(resource, width, indent);
      out.push(
        `  ${severityColour(severity)(severity.toUpperCase().padEnd(8))}  ${(isBlocking(violation) ? c.red : c.yellow)(level.padEnd(9))}  ${c.bold(first.slice(indent.length))}`,
        ...more.map((line) => c.bold(line)),
        ...wrap(violation.policyName, width, indent).map((line) => c.cyan(line)),
        ...wrap(ownMessage(violation, description(violation)), width, indent),
      );
    }

    // Each policy once per report: a later stack lists only policies not yet described.
    const policies = reportedPolicies([report]).filter(
      (p) => !described.has(`${p.policyPackName}/${p.name}`),
    );
    for (const p of policies) described.add(`${p.policyPackName}/${p.name}`);
    if (policies.length > 0) {
      out.push("", `  ${c.bold("policies reported")}`);
      for (const policy of policies) {
        out.push(
          ...wrap(
            `${policy.policyPackName}/${policy.name} (${policy.severity ?? "unrated"})`,
            width,
            "    ",
          ).map((line) => c.cyan(line)),
        );
        if (policy.description !== "")
          out.push(...wrap(policy.description, width, "      ").map((line) => c.dim(line)));
        if (policy.remediationSteps)
          out.push(...wrap(`Fix: ${policy.remediationSteps}`, width, "      ", "           "));
      }
    }

    if (report.remediations.length > 0) {
      out.push("", `  ${c.bold("remediated before analysis")}`);
      for (const r of report.remediations) {
        const what =
          r.tags && Object.keys(r.tags).length > 0
            ? `added ${tagList(r.tags)}`
            : (r.description ?? "changed");
        out.push(
          ...wrap(
            `${resourceLabel(r.urn)}: ${what} (${r.policyPackName}/${r.policyName})`,
            width,
            "    ",
            "      ",
          ),
        );
      }
    }

    if (report.inventory.length > 0) {
      out.push("", `  ${c.bold("inventory")}`);
      const header = ["zone", "cloud", "location", "classification", "count"];
      const rows = report.inventory.map((r) => [
        r.zone,
        r.cloud,
        r.location,
        r.classification,
        String(r.count),
      ]);
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
      const line = (cells: string[]): string =>
        "    " +
        cells
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join("  ")
          .trimEnd();
      out.push(c.dim(line(header)));
      for (const row of rows) out.push(line(row));
    }
    out.push("");
  }
  return out.join("\n");
}

// The terminal report: one block per stack, violations grouped by resource (resources with a
// mandatory violation first, mandatory before advisory within one), then the inventory.
// Colour only when asked (the command asks when stdout is a TTY and NO_COLOR is unset).
import pc from "picocolors";
import { ownMessage, reportedPolicies } from "./message";
import type { CheckReport, Violation } from "./types";

const LEVEL_ORDER: Record<Violation["enforcementLevel"], number> = {
  mandatory: 0,
  remediate: 1,
  advisory: 2,
  disabled: 3,
};

function resourceLabel(urn: string): string {
  if (urn === "") return "stack";
  const parts = urn.split("::");
  const name = parts[parts.length - 1] ?? urn;
  const qualified = parts[parts.length - 2] ?? "";
  const type = qualified.slice(qualified.lastIndexOf("$") + 1);
  return type ? `${type} ${name}` : urn;
}

export function renderText(reports: readonly CheckReport[], options: { readonly color: boolean }): string {
  const c = pc.createColors(options.color);
  const out: string[] = [];
  for (const report of reports) {
    const mandatory = report.violations.filter((v) => v.enforcementLevel === "mandatory").length;
    const advisory = report.violations.length - mandatory;
    const packs = report.policyPacks.map((p) => `${p.name}@${p.version}`).join(", ");
    out.push(
      c.bold(`${report.stack}`) +
        c.dim(` (${report.origin}) · ${report.resources} resources · ${packs}`) +
        "\n" +
        `  ${mandatory > 0 ? c.red(`${mandatory} mandatory`) : c.green("0 mandatory")} · ${
          advisory > 0 ? c.yellow(`${advisory} advisory`) : "0 advisory"
        } · ${report.remediations.length} remediated` +
        (report.pluginComponents
          ? ` · ${c.yellow(`${report.pluginComponents} plugin component${report.pluginComponents === 1 ? "" : "s"} unverified`)}`
          : "") +
        (report.partial !== undefined ? `\n  ${c.yellow(`partial: ${report.partial}`)}` : ""),
    );

    const byResource = new Map<string, Violation[]>();
    for (const violation of report.violations) {
      const list = byResource.get(violation.urn) ?? [];
      list.push(violation);
      byResource.set(violation.urn, list);
    }
    const groups = [...byResource.entries()].map(([urn, list]) => ({
      urn,
      list: [...list].sort(
        (a, b) =>
          LEVEL_ORDER[a.enforcementLevel] - LEVEL_ORDER[b.enforcementLevel] ||
          a.policyName.localeCompare(b.policyName),
      ),
    }));
    groups.sort(
      (a, b) =>
        LEVEL_ORDER[a.list[0]!.enforcementLevel] - LEVEL_ORDER[b.list[0]!.enforcementLevel] ||
        a.urn.localeCompare(b.urn),
    );
    for (const { urn, list } of groups) {
      out.push("");
      out.push(`  ${c.bold(resourceLabel(urn))}` + (urn ? c.dim(`  ${urn}`) : ""));
      for (const v of list) {
        const level =
          v.enforcementLevel === "mandatory" ? c.red("mandatory") : c.yellow(v.enforcementLevel.padEnd(9));
        const [first = "", ...rest] = ownMessage(v).split("\n");
        out.push(`    ${level}  ${c.cyan(`${v.policyPackName}/${v.policyName}`)}  ${first}`);
        for (const line of rest) out.push(`               ${line}`);
      }
    }
    const policies = reportedPolicies(report.violations).filter((p) => p.description !== "");
    if (policies.length > 0) {
      out.push("");
      out.push(`  ${c.bold("policies reported")}`);
      for (const p of policies) out.push(`    ${c.cyan(p.name)}  ${c.dim(p.description)}`);
    }
    for (const r of report.remediations) {
      out.push(`  ${c.dim("remediated")} ${resourceLabel(r.urn)} by ${r.policyPackName}/${r.policyName}`);
    }

    if (report.inventory.length > 0) {
      out.push("");
      out.push(`  ${c.bold("inventory")}`);
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

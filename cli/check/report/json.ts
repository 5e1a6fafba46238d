// The JSON report of the runner contract (design.md). One stack: an object
//   { "stack", "origin", "resources": N, "violations": [ { "policyPackName", "policyName",
//     "enforcementLevel", "urn", "message", ... } ], "remediations": [...], "inventory": [ { "zone",
//     "cloud", "location", "classification", "count" } ], "policyPacks": [...] }.
// Several stacks: an array of those objects, each with its "stack". Field names follow Pulumi's
// own policy diagnostics; fields beyond the contract's are additions, never renames.
import type { CheckReport } from "./types";

function reportObject(report: CheckReport): object {
  return {
    stack: report.stack,
    origin: report.origin,
    resources: report.resources,
    violations: report.violations.map((v) => ({
      policyPackName: v.policyPackName,
      policyPackVersion: v.policyPackVersion,
      policyName: v.policyName,
      enforcementLevel: v.enforcementLevel,
      urn: v.urn,
      message: v.message,
      ...(v.description !== undefined ? { description: v.description } : {}),
      ...(v.severity !== undefined ? { severity: v.severity } : {}),
    })),
    remediations: report.remediations,
    inventory: report.inventory,
    policyPacks: report.policyPacks,
    ...(report.pluginComponents ? { pluginComponents: report.pluginComponents } : {}),
    ...(report.partial !== undefined ? { partial: report.partial } : {}),
  };
}

export function renderJson(reports: readonly CheckReport[]): string {
  const value = reports.length === 1 ? reportObject(reports[0]!) : reports.map(reportObject);
  return `${JSON.stringify(value, null, 2)}\n`;
}

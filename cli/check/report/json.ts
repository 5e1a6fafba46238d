// The JSON report of the runner contract. Its schema is schemas/report.schema.json (tested): one
// stack is an object
//   { "stack", "origin", "resources": N, "violations": [ { "policyPackName", "policyPackVersion",
//     "policyName", "enforcementLevel", "severity"?, "urn", "message", "source"? } ],
//     "policies": [ { "policyPackName", "policyName", "description", "severity"?,
//     "remediationSteps"?, "url"? } ], "remediations": [ { ..., "tags" } ], "inventory": [ { "zone",
//     "cloud", "location", "classification", "count" } ], "policyPacks": [ { "name", "version" } ] };
// several stacks an array of those. Violations in finding order (severity, then resource); each
// `message` is the policy's own words, never prefixed with its description, which is given once
// under `policies`. Field names follow Pulumi's own policy diagnostics; fields are added, never
// renamed.
import { descriptionFor, findingsOf, ownMessage, reportedPolicies } from "./findings";
import type { CheckReport } from "./types";

function reportObject(report: CheckReport): object {
  const description = descriptionFor([report]);
  return {
    stack: report.stack,
    origin: report.origin,
    resources: report.resources,
    violations: findingsOf([report]).map(({ violation: v, source }) => ({
      policyPackName: v.policyPackName,
      policyPackVersion: v.policyPackVersion,
      policyName: v.policyName,
      enforcementLevel: v.enforcementLevel,
      ...(v.severity !== undefined ? { severity: v.severity } : {}),
      urn: v.urn,
      message: ownMessage(v, description(v)),
      ...(source ? { source } : {}),
    })),
    policies: reportedPolicies([report]).map((p) => ({
      policyPackName: p.policyPackName,
      policyName: p.name,
      description: p.description,
      ...(p.severity !== undefined ? { severity: p.severity } : {}),
      ...(p.remediationSteps !== undefined ? { remediationSteps: p.remediationSteps } : {}),
      ...(p.url !== undefined ? { url: p.url } : {}),
    })),
    remediations: report.remediations.map((r) => ({
      policyPackName: r.policyPackName,
      policyName: r.policyName,
      urn: r.urn,
      ...(r.description !== undefined ? { description: r.description } : {}),
      tags: r.tags ?? {},
    })),
    inventory: report.inventory,
    policyPacks: report.policyPacks.map((p) => ({ name: p.name, version: p.version })),
    ...(report.pluginComponents ? { pluginComponents: report.pluginComponents } : {}),
    ...(report.partial !== undefined ? { partial: report.partial } : {}),
  };
}

export function renderJson(reports: readonly CheckReport[]): string {
  const value = reports.length === 1 ? reportObject(reports[0]!) : reports.map(reportObject);
  return `${JSON.stringify(value, null, 2)}\n`;
}

import type { Violation } from "./types";

/**
 * The violation's own words. @pulumi/policy sends `message` as the policy's description, a
 * newline, then what the policy reported (server.js, makeReportViolationFun) — the JSON report
 * keeps that as Pulumi does; readable reports show the description once per policy instead of on
 * every line.
 */
export function ownMessage(violation: Violation): string {
  const description = violation.description;
  if (description && violation.message.startsWith(`${description}\n`)) {
    return violation.message.slice(description.length + 1);
  }
  return violation.message;
}

/** Each reported policy once, with its description, in order of first appearance. */
export function reportedPolicies(violations: readonly Violation[]): { name: string; description: string }[] {
  const seen = new Map<string, string>();
  for (const v of violations) {
    const name = `${v.policyPackName}/${v.policyName}`;
    if (!seen.has(name)) seen.set(name, v.description ?? "");
  }
  return [...seen.entries()].map(([name, description]) => ({ name, description }));
}

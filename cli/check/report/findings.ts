// What every readable format shares: findings in one order (severity, then resource), each
// violation's own words, and each reported policy described once.
import type { CheckReport, PolicyMetadata, Severity, SourceLocation, Violation } from "./types";

export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };
const LEVEL_RANK: Readonly<Record<Violation["enforcementLevel"], number>> = {
  mandatory: 0,
  remediate: 1,
  advisory: 2,
  disabled: 3,
};

/** A violation with the stack it was found in and, for programs, the line that made the resource. */
export interface Finding {
  readonly stack: string;
  readonly violation: Violation;
  readonly source?: SourceLocation;
}

/** A violation's severity, `unrated` when the pack gave none. */
export function severityOf(violation: Violation): Severity | "unrated" {
  return violation.severity ?? "unrated";
}

/** Blocking (fails the check at the default --fail-on) or advisory. */
export function isBlocking(violation: Violation): boolean {
  return LEVEL_RANK[violation.enforcementLevel] <= LEVEL_RANK.remediate;
}

/** Severity (critical first, unrated last), then resource, then level, then policy. */
export function compareFindings(a: Finding, b: Finding): number {
  const rank = (v: Violation): number => (v.severity ? SEVERITY_RANK[v.severity] : SEVERITIES.length);
  return (
    rank(a.violation) - rank(b.violation) ||
    a.stack.localeCompare(b.stack) ||
    resourceLabel(a.violation.urn).localeCompare(resourceLabel(b.violation.urn)) ||
    a.violation.urn.localeCompare(b.violation.urn) ||
    LEVEL_RANK[a.violation.enforcementLevel] - LEVEL_RANK[b.violation.enforcementLevel] ||
    a.violation.policyName.localeCompare(b.violation.policyName) ||
    a.violation.message.localeCompare(b.violation.message)
  );
}

/** Every violation of every report, in finding order. */
export function findingsOf(reports: readonly CheckReport[]): Finding[] {
  return reports
    .flatMap((report) =>
      report.violations.map((violation) => {
        const source = report.sources?.[violation.urn];
        return { stack: report.stack, violation, ...(source ? { source } : {}) };
      }),
    )
    .sort(compareFindings);
}

/** The resource's type and name (`Bucket tickets`), `stack` for a stack-level finding. */
export function resourceLabel(urn: string): string {
  if (urn === "") return "stack";
  const parts = urn.split("::");
  const name = parts[parts.length - 1] ?? urn;
  const qualified = parts[parts.length - 2] ?? "";
  const type = qualified.slice(qualified.lastIndexOf("$") + 1);
  const shortType = type.slice(type.lastIndexOf(":") + 1);
  return shortType ? `${shortType} ${name}` : urn;
}

/** The resource's full type token (`aws:s3/bucket:Bucket`), empty for a stack-level finding. */
export function resourceType(urn: string): string {
  const qualified = urn.split("::").at(-2) ?? "";
  return qualified.slice(qualified.lastIndexOf("$") + 1);
}

/**
 * The violation's own words. @pulumi/policy sends `message` as the policy's description, a
 * newline, then what the policy reported (its server's report-violation function); every report
 * — JSON included — shows only the policy's own part, and the description once per policy. A
 * violation that reported nothing beyond the description is the description.
 */
export function ownMessage(violation: Violation, description = violation.description): string {
  const message = violation.message;
  if (description && message.startsWith(description)) {
    const rest = message.slice(description.length).trim();
    return rest === "" ? description.trim() : rest;
  }
  return message.trim();
}

/** A reported policy, described once per report. */
export interface ReportedPolicy extends PolicyMetadata {
  readonly policyPackName: string;
  readonly policyPackVersion: string;
  /** The most blocking level it was reported at. */
  readonly enforcementLevel: Violation["enforcementLevel"];
}

/**
 * Each policy that reported something, once, in finding order, with what its pack says about it
 * (GetAnalyzerInfo) or, for a pack that said nothing, the violation's own description.
 */
export function reportedPolicies(reports: readonly CheckReport[]): ReportedPolicy[] {
  const metadata = new Map<string, PolicyMetadata>();
  for (const report of reports)
    for (const pack of report.policyPacks)
      for (const policy of pack.policies ?? []) metadata.set(`${pack.name}/${policy.name}`, policy);
  const seen = new Map<string, ReportedPolicy>();
  for (const { violation } of findingsOf(reports)) {
    const key = `${violation.policyPackName}/${violation.policyName}`;
    const known = seen.get(key);
    if (known !== undefined) {
      if (LEVEL_RANK[violation.enforcementLevel] < LEVEL_RANK[known.enforcementLevel])
        seen.set(key, { ...known, enforcementLevel: violation.enforcementLevel });
      continue;
    }
    const meta = metadata.get(key);
    const severity = meta?.severity ?? violation.severity;
    seen.set(key, {
      name: violation.policyName,
      policyPackName: violation.policyPackName,
      policyPackVersion: violation.policyPackVersion,
      enforcementLevel: violation.enforcementLevel,
      description: (meta?.description || violation.description || "").trim(),
      ...(severity ? { severity } : {}),
      ...(meta?.remediationSteps ? { remediationSteps: meta.remediationSteps } : {}),
      ...(meta?.url ? { url: meta.url } : {}),
    });
  }
  return [...seen.values()];
}

/** The description the pack gave a violation's policy, for stripping it from the message. */
export function descriptionFor(
  reports: readonly CheckReport[],
): (violation: Violation) => string | undefined {
  const policies = new Map(reportedPolicies(reports).map((p) => [`${p.policyPackName}/${p.name}`, p]));
  return (violation) =>
    violation.description ?? policies.get(`${violation.policyPackName}/${violation.policyName}`)?.description;
}

/** `data-residency=eu, data-classification=internal`. */
export function tagList(tags: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(tags ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

// What a pack says about each of its policies in GetAnalyzerInfo (PolicyInfo: description,
// severity, remediation steps, URL), kept for the reports: a policy is described once per
// report, and SARIF rules carry its severity and remediation.
import type { PolicyMetadata, Severity } from "../report/types";
import type { AnalyzerInfo } from "./proto";

const SEVERITIES: { readonly [severity: number]: Severity } = {
  [1]: "low",
  [2]: "medium",
  [3]: "high",
  [4]: "critical",
};

export function severityOf(value: number): Severity | undefined {
  return SEVERITIES[value];
}

export function policyMetadataOf(info: AnalyzerInfo): PolicyMetadata[] {
  return info.getPoliciesList().map((policy) => {
    const severity = severityOf(policy.getSeverity());
    return {
      name: policy.getName(),
      description: policy.getDescription(),
      ...(severity ? { severity } : {}),
      ...(policy.getRemediationSteps() ? { remediationSteps: policy.getRemediationSteps() } : {}),
      ...(policy.getUrl() ? { url: policy.getUrl() } : {}),
    };
  });
}

import type { ResourceValidationPolicy } from "@pulumi/policy";
import { approvalStatus } from "../approvals";
import { judge } from "../judge";
import { FRAMEWORK, TAGS } from "../metadata";
import { cannotVerify, report, resourceInput, unknownLevel } from "../runtime";
import { POLICY_CONFIG_SCHEMA } from "../schema";
import { loadSettings } from "../settings";

export const APPROVALS_VALID = "all-transfer-approvals-must-be-valid";

export const transferApprovalsValid: ResourceValidationPolicy = {
  name: APPROVALS_VALID,
  displayName: "Transfer approvals are declared, current and match",
  description:
    "A `transfer-approval` tag names an approval declared in the policy config (`sovereignty.approvals`) that has not expired (judged at `sovereignty.now`, else `SOVEREIGNTY_NOW` as set by `sovereignty check --now`, else the current date), is for the resource's `data-residency` zone and covers its `data-classification`. " +
    "An approval waives exactly the flows it names until it expires; an unknown, expired or mismatched approval waives nothing and is a violation. " +
    "Unknown values: an approval tag unknown at preview is 'cannot verify' — at the policy's level for personal/special data, advisory otherwise.",
  enforcementLevel: "mandatory",
  severity: "high",
  framework: FRAMEWORK,
  tags: TAGS,
  remediationSteps:
    "Declare the approval under `sovereignty.approvals` with `id`, `from`, `to`, `classifications`, `legalBasis` and `expires`, renew it before it expires, or remove the `transfer-approval` tag and keep the data in its zone.",
  configSchema: POLICY_CONFIG_SCHEMA,
  validateResource: (args, reportViolation) => {
    const settings = loadSettings(args.getConfig(), APPROVALS_VALID);
    const j = judge(resourceInput(args), settings);
    const approvalUnknown = j.tags.unknown.find((u) => u.toLowerCase().includes("transfer-approval"));
    if (approvalUnknown) {
      report(
        reportViolation,
        unknownLevel(j.classification),
        `\`${args.type}\`: ${cannotVerify("its transfer approval", approvalUnknown, j.classification)}`,
      );
      return;
    }
    const status = approvalStatus(j.tags.transferApproval, j.zone, j.classification, settings);
    if (status.kind === "invalid") report(reportViolation, "policy", `\`${args.type}\`: ${status.reason}`);
  },
};

// all-transfer-approvals-must-be-valid: a `transfer-approval` tag names a declared, current
// approval for the resource's zone and classification (the approval logic: sovereignty/verdict).
import { approvalStatus, cannotVerify, unknownLevel } from "../../sovereignty/verdict";
import { resourcePolicy, type ResourceRule } from "../policy";

export const APPROVALS_VALID = "all-transfer-approvals-must-be-valid";

export const approvalsRule: ResourceRule = (j, urn, settings) => {
  const subject = `\`${j.input.type}\``;
  const approvalUnknown = j.tags.unknown.find((u) => u.toLowerCase().includes("transfer-approval"));
  if (approvalUnknown)
    return [
      {
        rule: APPROVALS_VALID,
        urn,
        fact: "approval",
        level: unknownLevel(j.classification),
        message: `${subject}: ${cannotVerify("its transfer approval", approvalUnknown, j.classification)}`,
      },
    ];
  const status = approvalStatus(j.tags.transferApproval, j.zone, j.classification, settings);
  return status.kind === "invalid"
    ? [
        {
          rule: APPROVALS_VALID,
          urn,
          fact: "approval",
          level: "policy",
          message: `${subject}: ${status.reason}`,
        },
      ]
    : [];
};

export const transferApprovalsValid = resourcePolicy(
  {
    name: APPROVALS_VALID,
    displayName: "Transfer approvals are declared, current and match",
    description:
      "A `transfer-approval` tag names an approval declared in the policy config (`sovereignty.approvals`) that has not expired (judged at `sovereignty.now`, else `SOVEREIGNTY_NOW` as set by `sovereignty check --now`, else the current date), is for the resource's `data-residency` zone and covers its `data-classification`. " +
      "An approval waives exactly the flows it names until it expires; an unknown, expired or mismatched approval waives nothing and is a violation. " +
      "Unknown values: an approval tag unknown at preview is 'cannot verify' — at the policy's level for personal/special data, advisory otherwise.",
    severity: "high",
    remediationSteps:
      "Declare the approval under `sovereignty.approvals` with `id`, `from`, `to`, `classifications`, `legalBasis` and `expires`, renew it before it expires, or remove the `transfer-approval` tag and keep the data in its zone.",
  },
  approvalsRule,
);

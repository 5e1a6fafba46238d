// aws:dlm/* — Data Lifecycle Manager policies: they snapshot EBS volumes (and AMIs) and copy the
// snapshots to other Regions (@pulumi/aws 7.48, dlm/lifecyclePolicy.d.ts `LifecyclePolicyArgs`
// {policyDetails, region, tags, ...}; types/input.d.ts dlm.LifecyclePolicyPolicyDetails.schedules[]
// .crossRegionCopyRules[] {target, targetRegion, cmkArn, encrypted, ...}).
import { regionName } from "../../flows/read";
import { allFlows, each, fieldOf } from "../paths";
import type { TypeDeclaration } from "../types";
import { awsProcessing, flowAt } from "./shared";

const RULES = (key: "target" | "targetRegion") =>
  flowAt(
    "backup-copy",
    "policyDetails.schedules",
    each(fieldOf("crossRegionCopyRules", each(fieldOf(key, regionName)))),
  );

export const DECLARATIONS: readonly TypeDeclaration[] = [
  awsProcessing({
    // A policy selects volumes by their tags, so it names no resource: it is judged with its own
    // tags (when it carries residency tags) and each cross-Region copy rule's Region is a flow.
    token: "aws:dlm/lifecyclePolicy:LifecyclePolicy",
    source:
      "@pulumi/aws 7.48 (dlm/lifecyclePolicy.d.ts); https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-ami-policy.html",
    identities: ["arn", "id"],
    flows: allFlows(RULES("targetRegion"), RULES("target")),
  }),
];

// The rules over one resource judged alone, in the order the pack runs their policies. The stack
// rule asks them what they state about a resource, so that it never states the same fact again.
import type { ResourceRule } from "../policy";
import { approvalsRule } from "./approvals";
import { controlsRule } from "./controls";
import { flowsRule } from "./flows";
import { locationRule } from "./location";
import { residencyTagsRule } from "./residencyTags";

export const RESOURCE_RULES: readonly ResourceRule[] = [
  residencyTagsRule,
  locationRule,
  flowsRule,
  controlsRule,
  approvalsRule,
];

// Every policy of the pack, in the order they run. Imported by ./index.ts (which starts the
// pack) and by the docs generator and tests (which must not start a server). Each policy is a
// thin adapter (./policy.ts) over its rule in ./rules/.
import type { Policies } from "@pulumi/policy";
import { transferApprovalsValid } from "./rules/approvals";
import { enforceClassificationControls } from "./rules/controls";
import { flowsStayInZone } from "./rules/flows";
import { restrictLocation } from "./rules/location";
import { requireResidencyTags } from "./rules/residencyTags";
import { stackReferencesEnforceResidency } from "./rules/stack";

export const POLICIES: Policies = [
  requireResidencyTags,
  restrictLocation,
  flowsStayInZone,
  enforceClassificationControls,
  transferApprovalsValid,
  stackReferencesEnforceResidency,
];

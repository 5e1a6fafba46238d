// Every policy of the pack, in the order they run. Imported by ./index.ts (which starts the
// pack) and by the docs generator and tests (which must not start a server).
import type { Policies } from "@pulumi/policy";
import { transferApprovalsValid } from "./policies/approvals";
import { enforceClassificationControls } from "./policies/controls";
import { flowsStayInZone } from "./policies/flows";
import { restrictLocation } from "./policies/location";
import { requireResidencyTags } from "./policies/residencyTags";
import { stackReferencesEnforceResidency } from "./policies/stack";

export const POLICIES: Policies = [
  requireResidencyTags,
  restrictLocation,
  flowsStayInZone,
  enforceClassificationControls,
  transferApprovalsValid,
  stackReferencesEnforceResidency,
];

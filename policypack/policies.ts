// Every policy of the pack, in the order they run. Imported by ./index.ts (which starts the
// pack) and by the docs generator and tests (which must not start a server).
import type { Policies } from "@pulumi/policy";
import { requireResidencyTags } from "./policies/residencyTags";

export const POLICIES: Policies = [requireResidencyTags];

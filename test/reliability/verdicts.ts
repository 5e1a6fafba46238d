// Runs every policy of the pack on a set of resources the way the engine would (each resource
// policy on each resource, the stack policy on all of them, through test/policypack/harness.ts:
// the SDK's own deserialisation and unknown-checking proxy) and returns the verdicts a user sees:
// `<policy>:<level>`, sorted, with the messages for failure output.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { POLICIES } from "../../policypack/policies";
import {
  runResourcePolicy,
  runStackPolicy,
  type Diagnostic,
  type PolicyConfig,
  type TestResource,
} from "../policypack/harness";

/** Short names used in the tables. */
export const SHORT: Readonly<Record<string, string>> = {
  "all-data-resources-require-residency-tags": "tags",
  "all-data-resources-restrict-location": "location",
  "all-data-flows-stay-in-zone": "flows",
  "all-data-resources-enforce-classification-controls": "controls",
  "all-transfer-approvals-must-be-valid": "approvals",
  "all-stack-references-enforce-residency": "stack",
};
export type PolicyShort = "tags" | "location" | "flows" | "controls" | "approvals" | "stack";
export type Verdict = `${PolicyShort}:${"mandatory" | "advisory"}`;

export interface Verdicts {
  readonly verdicts: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export async function verdictsOf(
  resources: readonly TestResource[],
  config: PolicyConfig = {},
): Promise<Verdicts> {
  const diagnostics: Diagnostic[] = [];
  for (const policy of POLICIES) {
    if ("validateStack" in policy)
      diagnostics.push(...(await runStackPolicy(policy.name, resources, config)));
    else
      for (const r of resources)
        if ((policy as ResourceValidationPolicy).validateResource)
          diagnostics.push(...(await runResourcePolicy(policy.name, r, config)));
  }
  return {
    verdicts: diagnostics.map((d) => `${SHORT[d.policy] ?? d.policy}:${d.level}`).sort(),
    diagnostics,
  };
}

export function explain(v: Verdicts): string {
  return v.diagnostics
    .map((d) => `  ${SHORT[d.policy]}:${d.level} ${d.message.split("\n").pop()}`)
    .join("\n");
}

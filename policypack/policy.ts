// The one helper every policy of the pack is made with: it supplies what all six share (the
// default enforcement level, the compliance framework, tags, the shared `sovereignty` config
// schema) and each rule's validated settings, and turns the rule's findings into violations.
// A rule is a pure function to findings (sovereignty/verdict); the CrossGuard policy is a thin
// adapter over it.
import type {
  PolicyResource,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from "@pulumi/policy";
import type { Finding } from "../sovereignty/verdict";
import { judge, type Judged } from "./judge";
import { FRAMEWORK, TAGS } from "./metadata";
import { reportFindings, resourceInput } from "./runtime";
import { POLICY_CONFIG_SCHEMA } from "./schema";
import { loadSettings, type Settings } from "./settings";

/** What each rule says about itself (the README's policy table is generated from it). */
export interface RuleMetadata {
  readonly name: string;
  readonly displayName: string;
  /** The rule, including a sentence "Unknown values: …" (checked by a test). */
  readonly description: string;
  readonly severity: "low" | "medium" | "high" | "critical";
  readonly remediationSteps: string;
}

/** A rule over one resource judged alone. */
export type ResourceRule = (judged: Judged, urn: string, settings: Settings) => readonly Finding[];

function shared(meta: RuleMetadata) {
  return {
    ...meta,
    enforcementLevel: "mandatory" as const,
    framework: FRAMEWORK,
    tags: TAGS,
    configSchema: POLICY_CONFIG_SCHEMA,
  };
}

export function resourcePolicy(
  meta: RuleMetadata,
  rule: ResourceRule,
  /** Fills what an explicit declaration allows (new raw properties), or nothing. */
  remediate?: (args: ResourceValidationArgs, settings: Settings) => Record<string, unknown> | undefined,
): ResourceValidationPolicy {
  return {
    ...shared(meta),
    validateResource: (args, reportViolation) => {
      const settings = loadSettings(args.getConfig(), meta.name);
      reportFindings(
        reportViolation,
        meta.displayName,
        rule(judge(resourceInput(args), settings), args.urn, settings),
        false,
      );
    },
    ...(remediate
      ? { remediateResource: (args) => remediate(args, loadSettings(args.getConfig(), meta.name)) }
      : {}),
  };
}

export function stackPolicy(
  meta: RuleMetadata,
  rule: (resources: readonly PolicyResource[], settings: Settings) => readonly Finding[],
): StackValidationPolicy {
  return {
    ...shared(meta),
    validateStack: (args, reportViolation) => {
      const settings = loadSettings(args.getConfig(), meta.name);
      reportFindings(reportViolation, meta.displayName, rule(args.resources, settings), true);
    },
  };
}

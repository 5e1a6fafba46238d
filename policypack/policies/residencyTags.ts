import type { ResourceValidationPolicy } from "@pulumi/policy";
import { CLASSIFICATION_KEY, RESIDENCY_KEY } from "../../sovereignty/resource";
import { judge } from "../judge";
import { FRAMEWORK, TAGS } from "../metadata";
import { cannotVerify, raw, report, resourceInput, unknownLevel } from "../runtime";
import { POLICY_CONFIG_SCHEMA } from "../schema";
import { loadSettings } from "../settings";
import { asObject } from "../../sovereignty/resource";
import { isUnknown } from "../../sovereignty/values";
import { dataHoldingType } from "../../sovereignty/resource";

export const REQUIRE_RESIDENCY_TAGS = "all-data-resources-require-residency-tags";

export const requireResidencyTags: ResourceValidationPolicy = {
  name: REQUIRE_RESIDENCY_TAGS,
  displayName: "Data-holding resources carry valid residency tags",
  description:
    "Every data-holding resource (storage, databases, backups, queues and streams, logs, keys, caches) carries `data-residency` (a declared zone) and `data-classification` tags, " +
    "read case-insensitively from its own tags/labels and its provider's default tags/labels; two spellings with different values are a violation. " +
    "Unknown values: tags unknown at preview are reported as 'cannot verify' — at the policy's level for personal/special data, advisory otherwise. " +
    "Side resources that cannot carry tags are judged by the stack policy with the tags of the resource they configure.",
  enforcementLevel: "mandatory",
  severity: "high",
  framework: FRAMEWORK,
  tags: TAGS,
  remediationSteps:
    "Add `data-residency` and `data-classification` tags (GCP: labels) to the resource, or to the provider's `defaultTags` / `defaultLabels`. " +
    "With enforcement level `remediate` and `sovereignty.defaults` in the policy config, the pack fills in missing tags from that stack-level declaration.",
  configSchema: POLICY_CONFIG_SCHEMA,
  validateResource: (args, reportViolation) => {
    const settings = loadSettings(args.getConfig(), REQUIRE_RESIDENCY_TAGS);
    const j = judge(resourceInput(args), settings);
    const d = j.description;
    const hasAnyTag = j.tags.residency || j.tags.classification || j.tags.problems.length > 0;
    // Resources without data are out of scope unless they carry a residency tag (design.md).
    if (!d.dataHolding && !hasAnyTag) return;
    // Side resources: the stack policy judges them with their target's tags.
    if (d.configuring && !hasAnyTag) return;
    for (const problem of j.tags.problems)
      report(reportViolation, "policy", `\`${args.type}\`: ${problem.message}`);
    if (!d.dataHolding) return;
    const missing: string[] = [];
    const unknown = j.tags.unknown;
    if (!j.tags.residency && !j.tags.problems.some((p) => p.key === RESIDENCY_KEY))
      missing.push(RESIDENCY_KEY);
    if (!j.tags.classification && !j.tags.problems.some((p) => p.key === CLASSIFICATION_KEY))
      missing.push(CLASSIFICATION_KEY);
    if (unknown.length > 0 && missing.length > 0) {
      report(
        reportViolation,
        unknownLevel(j.classification),
        `\`${args.type}\`: ${cannotVerify("its residency tags", unknown.join("`, `"), j.classification)}`,
      );
      return;
    }
    if (missing.length > 0) {
      const where = d.taggable
        ? `its ${d.holding?.tagsProperty ?? "tags"} or its provider's default ${d.cloud === "gcp" ? "labels" : "tags"}`
        : "`sovereignty.defaults` in the policy config (this type cannot carry tags)";
      report(
        reportViolation,
        "policy",
        `\`${args.type}\` holds data but has no ${missing.map((m) => `\`${m}\``).join(" and ")} tag; set it in ${where}`,
      );
    }
  },
  // Fills only what `sovereignty.defaults` explicitly declares; never guesses.
  remediateResource: (args) => {
    const settings = loadSettings(args.getConfig(), REQUIRE_RESIDENCY_TAGS);
    // Nothing to fill without a stack-level declaration: return before judging anything.
    if (!settings.defaults.residency && !settings.defaults.classification) return undefined;
    const holding = dataHoldingType(args.type);
    if (!holding?.tagsProperty || holding.tagsProperty.includes(".")) return undefined;
    const j = judge(resourceInput(args), settings);
    if (j.tags.unknown.length > 0) return undefined;
    const props = raw(args.props);
    const current = props[holding.tagsProperty];
    if (isUnknown(current)) return undefined;
    const tags: Record<string, unknown> = { ...(asObject(current) ?? {}) };
    let changed = false;
    if (
      !j.tags.residency &&
      !j.tags.problems.some((p) => p.key === RESIDENCY_KEY) &&
      settings.defaults.residency
    ) {
      tags[RESIDENCY_KEY] = settings.defaults.residency;
      changed = true;
    }
    if (
      !j.tags.classification &&
      !j.tags.problems.some((p) => p.key === CLASSIFICATION_KEY) &&
      settings.defaults.classification
    ) {
      tags[CLASSIFICATION_KEY] = settings.defaults.classification;
      changed = true;
    }
    return changed ? { ...props, [holding.tagsProperty]: tags } : undefined;
  },
};

// all-data-resources-require-residency-tags: data holders carry valid residency tags; processing
// resources too when `sovereignty.requireTagsOnProcessing` says so; any resource that carries a
// residency tag carries valid ones.
import { asObject, CLASSIFICATION_KEY, dataHoldingType, RESIDENCY_KEY } from "../../sovereignty/resource";
import { isUnknown } from "../../sovereignty/values";
import { cannotVerify, unknownLevel, type Finding } from "../../sovereignty/verdict";
import { judge } from "../judge";
import { resourcePolicy, type ResourceRule } from "../policy";
import { raw, resourceInput } from "../runtime";

export const REQUIRE_RESIDENCY_TAGS = "all-data-resources-require-residency-tags";

export const residencyTagsRule: ResourceRule = (j, urn, settings) => {
  const rule = REQUIRE_RESIDENCY_TAGS;
  const d = j.description;
  const type = j.input.type;
  const hasAnyTag = j.tags.residency || j.tags.classification || j.tags.problems.length > 0;
  // Processing resources must carry tags only when the policy config says so (docs/design.md).
  const holdsData = d.dataHolding || j.placement.class === "data";
  const required = holdsData || (settings.requireTagsOnProcessing && j.placement.class === "processes");
  // Resources without data are out of scope unless they carry a residency tag (docs/design.md).
  if (!required && !hasAnyTag) return [];
  // Side resources: the stack rule judges them with their target's tags.
  if (d.configuring && !hasAnyTag) return [];
  const out: Finding[] = j.tags.problems.map((problem) => ({
    rule,
    urn,
    fact: `tag:${problem.key}:${problem.kind}` as const,
    level: "policy" as const,
    message: `\`${type}\`: ${problem.message}`,
  }));
  if (!required) return out;
  const missing: string[] = [];
  if (!j.tags.residency && !j.tags.problems.some((p) => p.key === RESIDENCY_KEY)) missing.push(RESIDENCY_KEY);
  if (!j.tags.classification && !j.tags.problems.some((p) => p.key === CLASSIFICATION_KEY))
    missing.push(CLASSIFICATION_KEY);
  if (missing.length === 0) return out;
  if (j.tags.unknown.length > 0) {
    out.push({
      rule,
      urn,
      fact: "tags",
      level: unknownLevel(j.classification),
      message: `\`${type}\`: ${cannotVerify("its residency tags", j.tags.unknown.join("`, `"), j.classification)}`,
    });
    return out;
  }
  const tagsProperty = d.holding?.tagsProperty ?? j.placement.tagsProperty;
  const taggable = d.holding ? d.taggable : tagsProperty !== undefined;
  const where = taggable
    ? `its ${tagsProperty ?? "tags"} or its provider's default ${d.cloud === "gcp" ? "labels" : "tags"}`
    : "`sovereignty.defaults` in the policy config (this type cannot carry tags)";
  out.push({
    rule,
    urn,
    fact: "tags",
    level: "policy",
    message: `\`${type}\` ${holdsData ? "holds" : "processes"} data but has no ${missing.map((m) => `\`${m}\``).join(" and ")} tag; set it in ${where}`,
  });
  return out;
};

export const requireResidencyTags = resourcePolicy(
  {
    name: REQUIRE_RESIDENCY_TAGS,
    displayName: "Data-holding resources carry valid residency tags",
    description:
      "Every data-holding resource (storage, databases, backups, queues and streams, logs, keys, caches) carries `data-residency` (a declared zone) and `data-classification` tags, " +
      "read case-insensitively from its own tags/labels and its provider's default tags/labels; two spellings with different values are a violation. " +
      "Resources that process data (functions, VMs, containers, AI inference, pipelines) must carry them too when `sovereignty.requireTagsOnProcessing` is true (default: they are placed when tagged, not required to be); any resource that carries a residency tag carries valid ones. " +
      "Unknown values: tags unknown at preview are reported as 'cannot verify' — at the policy's level for personal/special data, advisory otherwise. " +
      "Side resources that cannot carry tags are judged by the stack policy with the tags of the resource they configure.",
    severity: "high",
    remediationSteps:
      "Add `data-residency` and `data-classification` tags (GCP: labels) to the resource, or to the provider's `defaultTags` / `defaultLabels`. " +
      "With enforcement level `remediate` and `sovereignty.defaults` in the policy config, the pack fills in missing tags from that stack-level declaration.",
  },
  residencyTagsRule,
  // Fills only what `sovereignty.defaults` explicitly declares; never guesses.
  (args, settings) => {
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
);

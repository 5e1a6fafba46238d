// Effective residency tags of one resource: where its tag maps are (own `tags`/`labels`, the
// provider's `defaultTags`/`defaultLabels`, possibly JSON-encoded or unknown at preview). The
// reading itself is the model's one reader (../tags.ts readTagSources), so the pack, the runner
// and the model cannot disagree about casing, precedence or conflicts.
import { isUnknown } from "../values";
import {
  CLASSIFICATION_TAG,
  RESIDENCY_TAG,
  TRANSFER_APPROVAL_TAG,
  readTagSources,
  type EffectiveTags,
  type TagOrigin,
  type TagProblem,
  type TagSource,
  type TagValue,
} from "../tags";
import { asObject, readPath, type PropertyBag } from "./properties";

export const RESIDENCY_KEY = RESIDENCY_TAG;
export const CLASSIFICATION_KEY = CLASSIFICATION_TAG;
export const TRANSFER_APPROVAL_KEY = TRANSFER_APPROVAL_TAG;
export { readTagSources };
export type { TagOrigin, TagProblem, TagSource, TagValue };
/** The effective tags of one resource, with the source of each value. */
export type ResidencyTagReading = EffectiveTags;

/** A tag map read from a property that may be unknown, absent, or JSON-encoded. */
export function tagSourceFromProperty(
  props: PropertyBag | undefined,
  path: readonly (string | number)[],
  origin: TagOrigin,
  label: string,
): TagSource | undefined {
  const read = readPath(props, path);
  if (read.kind === "absent") return undefined;
  if (read.kind === "unknown") return { origin, property: label, kind: "unknown" };
  const tags = asObject(read.value);
  return tags ? { origin, property: label, kind: "tags", tags } : undefined;
}

/**
 * Provider default tags: AWS `defaultTags` is `{ tags: {...} }` (a JSON string in explicit
 * provider inputs, an object elsewhere); GCP `defaultLabels` is a map (possibly JSON-encoded).
 */
export function providerTagSource(
  providerType: string | undefined,
  providerProps: PropertyBag | undefined,
): TagSource | undefined {
  if (!providerType || !providerProps) return undefined;
  if (providerType === "pulumi:providers:aws") {
    const read = readPath(providerProps, ["defaultTags"]);
    if (read.kind === "absent") return undefined;
    if (read.kind === "unknown")
      return { origin: "provider-default", property: "provider.defaultTags", kind: "unknown" };
    const outer = asObject(read.value);
    if (!outer) return undefined;
    const inner = outer["tags"];
    if (isUnknown(inner))
      return { origin: "provider-default", property: "provider.defaultTags.tags", kind: "unknown" };
    const tags = asObject(inner);
    return tags
      ? { origin: "provider-default", property: "provider.defaultTags.tags", kind: "tags", tags }
      : undefined;
  }
  if (providerType === "pulumi:providers:gcp") {
    return tagSourceFromProperty(
      providerProps,
      ["defaultLabels"],
      "provider-default",
      "provider.defaultLabels",
    );
  }
  return undefined;
}

// The registry's answer the graph needs for any token: its class, where it keeps its location and
// where it carries its tags — a view over the registry's public lookups (typeOf, locationRuleOf,
// tagRuleOf), computed once per token (a stack repeats few types many times).
import { locationRuleOf, tagRuleOf, typeOf } from "../registry";
import type { TypeClass } from "../registry/types";
import type { LocationRule } from "../resource/types";
import type { Cloud } from "../types";

export interface Placement {
  readonly class: TypeClass | "unclassified";
  /** The cloud of the token (classic `azure:` tokens too); absent for unclassified tokens. */
  readonly cloud?: Cloud;
  /** How its own location is read; absent for location-less and unclassified types. */
  readonly location?: LocationRule;
  /** Where it carries residency tags; absent when it cannot carry any. */
  readonly tagsProperty?: string;
}

const cache = new Map<string, Placement>();

export function placementOf(token: string): Placement {
  let p = cache.get(token);
  if (!p) {
    p = compute(token);
    cache.set(token, p);
  }
  return p;
}

function compute(token: string): Placement {
  const resolved = typeOf(token);
  if (resolved.kind === "unclassified") return { class: "unclassified" };
  const location = locationRuleOf(token);
  const tags = tagRuleOf(token);
  return {
    class: resolved.kind === "declared" ? resolved.declaration.class : resolved.class,
    cloud: resolved.kind === "declared" ? resolved.declaration.cloud : resolved.cloud,
    ...(location ? { location } : {}),
    ...(tags?.kind === "property" ? { tagsProperty: tags.property } : {}),
  };
}

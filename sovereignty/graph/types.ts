// The registry's answer the graph needs for any token: its class, where it keeps its location and
// where it carries its tags — a view over the registry's public lookups (typeOf, locationRuleOf,
// tagRuleOf), computed once per token (a stack repeats few types many times).
import { dataOfRule, locationRuleOf, parentOf, tagRuleOf, typeOf } from "../registry";
import type { DataOfRule, TypeClass } from "../registry/types";
import type { ConfiguringType, LocationRule } from "../resource/types";
import type { Cloud } from "../types";

export interface Placement {
  readonly class: TypeClass | "unclassified";
  /** The cloud of the token (classic `azure:` tokens too); absent for unclassified tokens. */
  readonly cloud?: Cloud;
  /** How its own location is read; absent for location-less and unclassified types. */
  readonly location?: LocationRule;
  /** Where it carries residency tags; absent when it cannot carry any. */
  readonly tagsProperty?: string;
  /**
   * A child that holds data but has neither tags nor a location of its own (a Cosmos SQL
   * container, a Service Bus queue): the parent it lives in, by its SDK's naming convention
   * (registry `parentOf`). It is judged as a side resource holding its parent's data.
   */
  readonly parent?: ConfiguringType;
  /** The holder whose data it processes (registry `dataOfRule`): whose tags judge it when it declares no zone. */
  readonly dataOf?: DataOfRule;
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
  const cloud = resolved.kind === "declared" ? resolved.declaration.cloud : resolved.cloud;
  const parent = parentOf(token);
  const category = resolved.kind === "classified" ? resolved.category : undefined;
  const dataOf = dataOfRule(token);
  return {
    class: resolved.kind === "declared" ? resolved.declaration.class : resolved.class,
    cloud,
    ...(location ? { location } : {}),
    ...(tags?.kind === "property" ? { tagsProperty: tags.property } : {}),
    ...(dataOf ? { dataOf } : {}),
    ...(parent && category
      ? {
          parent: {
            token,
            cloud,
            property: parent.property,
            referenceKind: parent.referenceKind,
            targets: parent.targets,
            holdsData: category,
          },
        }
      : {}),
  };
}

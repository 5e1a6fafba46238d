// The registry's answer the graph needs for any token: its class, where it keeps its location and
// where it carries its tags. A derived view over the registry's public lookups, computed once per
// token (a stack repeats few types many times).
import { configuringType, dataHoldingType } from "../resource/dataHolding";
import type { LocationRule } from "../resource/types";
import type { TypeClass } from "../registry/types";

export interface Placement {
  readonly class: TypeClass | "unclassified";
  /** How its own location is read; absent for location-less and unclassified types. */
  readonly location?: LocationRule;
  /** Where it carries residency tags; absent when it cannot carry any. */
  readonly tagsProperty?: string;
}

const UNCLASSIFIED: Placement = { class: "unclassified" };
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
  const holding = dataHoldingType(token);
  if (holding)
    return {
      class: "data",
      location: holding.location,
      ...(holding.tagsProperty !== undefined ? { tagsProperty: holding.tagsProperty } : {}),
    };
  const configuring = configuringType(token);
  if (configuring)
    return { class: "configures", ...(configuring.location ? { location: configuring.location } : {}) };
  return UNCLASSIFIED;
}

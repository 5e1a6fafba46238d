// Where data goes: every replication, copy or replica destination a resource's own properties
// declare (./types.ts), and, for resources that are themselves the copy, the source they copy
// (./origin.ts). The flow and origin functions are declared per type in the registry
// (../registry/<cloud>/<service>.ts); this module answers by token.
import { allDeclarations, cloudOfToken, declarationOf } from "../registry";
import type { FlowContext, FlowDestination, FlowFunction, PropertyBag } from "./types";
import type { FlowOrigin, OriginFunction } from "./origin";

export * from "./types";
export type { FlowOrigin, OriginFunction } from "./origin";

/** Every spelling (token and aliases) of the declarations that have `pick`, sorted. */
function tokensWith(pick: (d: ReturnType<typeof allDeclarations>[number]) => unknown): readonly string[] {
  return allDeclarations()
    .filter((d) => pick(d) !== undefined)
    .flatMap((d) => [d.token, ...(d.aliases ?? [])])
    .sort();
}

/** Every type token with a flow function, sorted. Types listed here with no flow are modelled as none. */
export const FLOW_TYPES: readonly string[] = tokensWith((d) => d.flows);
/** Every type token whose resources are copies of another resource's data. */
export const ORIGIN_TYPES: readonly string[] = tokensWith((d) => d.origins);

export function flowsOf(type: string): FlowFunction | undefined {
  return declarationOf(type)?.flows;
}

export function originsOf(type: string): OriginFunction | undefined {
  return declarationOf(type)?.origins;
}

/**
 * Every destination of a resource's data; empty for types without flows. Never throws: the flow
 * functions are total, and should one still fail, the answer is an unknown destination (fail
 * closed), never an empty list that would read as "no flow".
 */
export function dataFlows(
  type: string,
  props: PropertyBag,
  context: FlowContext,
): readonly FlowDestination[] {
  const flow = flowsOf(type);
  if (flow === undefined) return [];
  try {
    return flow(props ?? {}, context ?? {});
  } catch {
    return [
      { kind: "replication", cloud: cloudOfToken(type) ?? "aws", property: "*", target: { kind: "unknown" } },
    ];
  }
}

/** Every source a resource holds a copy of (read replicas, replica keys, table replicas). Never throws. */
export function dataOrigins(type: string, props: PropertyBag): readonly FlowOrigin[] {
  const origins = originsOf(type);
  if (origins === undefined) return [];
  try {
    return origins(props ?? {});
  } catch {
    return [
      {
        kind: "read-replica",
        cloud: cloudOfToken(type) ?? "aws",
        property: "*",
        source: { kind: "unknown" },
      },
    ];
  }
}

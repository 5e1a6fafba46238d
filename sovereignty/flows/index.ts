// Where data goes: one function per type token giving every replication, copy or replica
// destination a resource's own properties declare (./types.ts), and, for resources that are
// themselves the copy, the source they copy (./origin.ts).
import type { Cloud } from "../types";
import type { FlowContext, FlowDestination, FlowFunction, PropertyBag } from "./types";
import type { FlowOrigin, OriginFunction } from "./origin";
import { AWS_FLOWS, AWS_ORIGINS } from "./aws";
import { AZURE_FLOWS, AZURE_ORIGINS } from "./azure";
import { GCP_FLOWS, GCP_ORIGINS } from "./gcp";

export * from "./types";
export type { FlowOrigin, OriginFunction } from "./origin";

const FLOWS: ReadonlyMap<string, FlowFunction> = new Map(
  Object.entries({ ...AWS_FLOWS, ...AZURE_FLOWS, ...GCP_FLOWS }),
);
const ORIGINS: ReadonlyMap<string, OriginFunction> = new Map(
  Object.entries({ ...AWS_ORIGINS, ...AZURE_ORIGINS, ...GCP_ORIGINS }),
);

/** Every type token with a flow function, sorted. Types listed here with no flow are modelled as none. */
export const FLOW_TYPES: readonly string[] = [...FLOWS.keys()].sort();
/** Every type token whose resources are copies of another resource's data. */
export const ORIGIN_TYPES: readonly string[] = [...ORIGINS.keys()].sort();

export function flowsOf(type: string): FlowFunction | undefined {
  return typeof type === "string" ? FLOWS.get(type) : undefined;
}

export function originsOf(type: string): OriginFunction | undefined {
  return typeof type === "string" ? ORIGINS.get(type) : undefined;
}

function cloudOf(type: string): Cloud {
  return type.startsWith("azure-native:") ? "azure" : type.startsWith("gcp:") ? "gcp" : "aws";
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
    return [{ kind: "replication", cloud: cloudOf(type), property: "*", target: { kind: "unknown" } }];
  }
}

/** Every source a resource holds a copy of (read replicas, replica keys, table replicas). Never throws. */
export function dataOrigins(type: string, props: PropertyBag): readonly FlowOrigin[] {
  const origins = originsOf(type);
  if (origins === undefined) return [];
  try {
    return origins(props ?? {});
  } catch {
    return [{ kind: "read-replica", cloud: cloudOf(type), property: "*", source: { kind: "unknown" } }];
  }
}

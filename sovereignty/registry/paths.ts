// Flow functions built from property paths, for declarations of any cloud: "the value at
// `a.b.c` is a region / a bucket URI / a model id / a resource id, and it is where data goes".
// Keeps the many declarations whose flow is one property to one line each.
import { Destinations, field, forEachItem, path, readObject, readString, regionName } from "../flows/read";
import type { FlowFunction, FlowKind } from "../flows/types";
import { readPath } from "../resource/properties";
import type { Cloud } from "../types";

/** Turns one raw value into destinations (the flow readers' `regionName` is one). */
export type Emit = (out: Destinations, kind: FlowKind, property: string, raw: unknown) => void;

/**
 * A flow function reading the value at a dotted `path` of objects: unknown anywhere along the way
 * is an unknown destination naming the unknown part; absent is no flow.
 */
export function flowAt(cloud: Cloud, kind: FlowKind, path: string, emit: Emit): FlowFunction {
  const steps = path.split(".");
  return (props) => {
    const out = new Destinations(cloud);
    const read = readPath(props, steps);
    if (read.kind === "unknown") out.unknown(kind, read.property);
    if (read.kind === "value") emit(out, kind, path, read.value);
    return out.list();
  };
}

/** Every destination of several flow functions. */
export function allFlows(...functions: readonly FlowFunction[]): FlowFunction {
  return (props, context) => functions.flatMap((f) => f(props, context));
}

/** Each element of a list, read by `emit` at its own path (`partners[2].id`). */
export function each(emit: Emit): Emit {
  return (out, kind, property, raw) =>
    forEachItem(out, kind, raw, property, (item, at) => emit(out, kind, at, item));
}

/** The field `key` of an object, read by `emit` at `property.key`; an unknown object is an unknown destination. */
export function fieldOf(key: string, emit: Emit): Emit {
  return (out, kind, property, raw) => {
    const read = readObject(raw);
    if (read.state === "unknown") return out.unknown(kind, property);
    if (read.state === "value") emit(out, kind, path(property, key), field(read.value, key));
  };
}

/** A list of region names (`regionLists`, `locations[]`): each one a location. */
export const regionList: Emit = each(regionName);

/** A resource id, name or ARN of another resource: the stack resolves where it is. */
export function reference(referenceKind: "id" | "name" | "arn"): Emit {
  return (out, kind, property, raw) => {
    const read = readString(raw);
    if (read.state === "unknown") out.unknown(kind, property);
    if (read.state === "value") out.resource(kind, property, read.value, referenceKind);
  };
}

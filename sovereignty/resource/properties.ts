// Readers over RAW property bags (what the engine sends, unknowns as sentinel strings). A
// policy that read through @pulumi/policy's props proxy would turn every unknown into an
// advisory "can't run policy during preview" — so every read here reports an unknown as such,
// naming the property, and the caller decides (the README, "Unknown values").
import { isUnknown } from "../values";

export type PropertyBag = Readonly<Record<string, unknown>>;

export type PropertyRead =
  | { readonly kind: "absent"; readonly property: string }
  | { readonly kind: "unknown"; readonly property: string }
  | { readonly kind: "value"; readonly property: string; readonly value: unknown };

/** `rules[0].destination.bucket` — the way users write the path in their programs. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

/** Reads a nested property; an unknown anywhere along the path makes the read unknown. */
export function readPath(props: PropertyBag | undefined, path: readonly (string | number)[]): PropertyRead {
  let current: unknown = props;
  const walked: (string | number)[] = [];
  for (const part of path) {
    walked.push(part);
    if (isUnknown(current)) return { kind: "unknown", property: formatPath(walked.slice(0, -1)) };
    if (current === null || current === undefined || typeof current !== "object") {
      return { kind: "absent", property: formatPath(path) };
    }
    current = (current as Record<string | number, unknown>)[part];
  }
  if (current === undefined || current === null) return { kind: "absent", property: formatPath(path) };
  if (isUnknown(current)) return { kind: "unknown", property: formatPath(path) };
  return { kind: "value", property: formatPath(path), value: current };
}

/** A string value; a value of another type is treated as absent (the provider would reject it). */
export function readString(props: PropertyBag | undefined, path: readonly (string | number)[]): PropertyRead {
  const read = readPath(props, path);
  if (read.kind === "value" && typeof read.value !== "string")
    return { kind: "absent", property: read.property };
  if (read.kind === "value" && (read.value as string).trim() === "")
    return { kind: "absent", property: read.property };
  return read;
}

export function readBoolean(
  props: PropertyBag | undefined,
  path: readonly (string | number)[],
): PropertyRead {
  const read = readPath(props, path);
  if (read.kind !== "value") return read;
  if (typeof read.value === "boolean") return read;
  // Explicit providers send their inputs JSON-encoded as strings ("true").
  if (read.value === "true" || read.value === "false") return { ...read, value: read.value === "true" };
  return { kind: "absent", property: read.property };
}

export function readNumber(props: PropertyBag | undefined, path: readonly (string | number)[]): PropertyRead {
  const read = readPath(props, path);
  if (read.kind !== "value") return read;
  if (typeof read.value === "number") return read;
  if (typeof read.value === "string" && /^-?\d+(\.\d+)?$/.test(read.value.trim())) {
    return { ...read, value: Number(read.value) };
  }
  return { kind: "absent", property: read.property };
}

/** An array's elements (each still possibly unknown); absent or unknown as a whole otherwise. */
export function readArray(
  props: PropertyBag | undefined,
  path: readonly (string | number)[],
):
  | { kind: "absent"; property: string }
  | { kind: "unknown"; property: string }
  | { kind: "value"; property: string; value: readonly unknown[] } {
  const read = readPath(props, path);
  if (read.kind !== "value") return read;
  if (Array.isArray(read.value)) return { kind: "value", property: read.property, value: read.value };
  // MaxItemsOne blocks became objects in pulumi-aws v7: accept a single object as a one-element list.
  if (typeof read.value === "object") return { kind: "value", property: read.property, value: [read.value] };
  return { kind: "absent", property: read.property };
}

/** A JSON object that may arrive JSON-encoded as a string (explicit provider inputs). */
export function asObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
  if (typeof value === "string") {
    if (isUnknown(value)) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : undefined;
    } catch {
      return undefined;
    }
  }
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

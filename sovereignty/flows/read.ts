// Small, total readers over raw property bags. Flow functions see whatever a stack, a preview or a
// fuzzer hands them (nulls, numbers where strings belong, unknown sentinels at any depth), so every
// read answers one of three things and never throws.
import { isUnknown } from "../values";
import type { Cloud, LocationService } from "../types";
import type { FlowDestination, FlowKind, FlowTarget } from "./types";

/** A value read from a bag: missing (absent, null or the wrong shape), unknown at preview, or there. */
export type Read<T> =
  | { readonly state: "absent" }
  | { readonly state: "unknown" }
  | { readonly state: "value"; readonly value: T };

export const ABSENT: Read<never> = { state: "absent" };
export const UNKNOWN: Read<never> = { state: "unknown" };
const value = <T>(v: T): Read<T> => ({ state: "value", value: v });

/** A plain object's own property; prototypes (`constructor`, `__proto__`) are never read. */
export function field(bag: unknown, key: string): unknown {
  if (bag === null || typeof bag !== "object" || Array.isArray(bag)) return undefined;
  return Object.prototype.hasOwnProperty.call(bag, key) ? (bag as Record<string, unknown>)[key] : undefined;
}

/** A non-empty string (trimmed). Empty strings and other types are absent. */
export function readString(v: unknown): Read<string> {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v !== "string") return ABSENT;
  const s = v.trim();
  return s === "" ? ABSENT : value(s);
}

export function readBoolean(v: unknown): Read<boolean> {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "boolean") return value(v);
  // Explicit providers and some exports carry booleans as strings.
  if (v === "true") return value(true);
  if (v === "false") return value(false);
  return ABSENT;
}

export function readNumber(v: unknown): Read<number> {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "number" && Number.isFinite(v)) return value(v);
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim())) return value(Number(v));
  return ABSENT;
}

/** An object (not an array). */
export function readObject(v: unknown): Read<Readonly<Record<string, unknown>>> {
  if (isUnknown(v)) return UNKNOWN;
  if (v === null || typeof v !== "object" || Array.isArray(v)) return ABSENT;
  return value(v as Readonly<Record<string, unknown>>);
}

/** An array; the whole list may be unknown. Its elements are read by the caller. */
export function readArray(v: unknown): Read<readonly unknown[]> {
  if (isUnknown(v)) return UNKNOWN;
  return Array.isArray(v) ? value(v) : ABSENT;
}

/** `base.key`, `base[3]` — property paths as users write them. */
export const path = (base: string, key: string | number): string =>
  typeof key === "number" ? `${base}[${key}]` : base === "" ? key : `${base}.${key}`;

/** Collects destinations for one resource; keeps flow functions short and declarative. */
export class Destinations {
  private readonly out: FlowDestination[] = [];
  constructor(private readonly cloud: Cloud) {}

  add(kind: FlowKind, property: string, target: FlowTarget): void {
    this.out.push({ kind, cloud: this.cloud, property, target });
  }
  location(kind: FlowKind, property: string, service: LocationService, location: string): void {
    this.add(kind, property, { kind: "location", service, location });
  }
  resource(kind: FlowKind, property: string, reference: string, referenceKind: "arn" | "name" | "id"): void {
    this.add(kind, property, { kind: "resource", reference, referenceKind });
  }
  unknown(kind: FlowKind, property: string): void {
    this.add(kind, property, { kind: "unknown" });
  }
  list(): readonly FlowDestination[] {
    return this.out;
  }
}

/**
 * Walks an array property: an unknown list gives one unknown destination; each element is handed
 * to `each` with its own path. Absent or malformed lists give nothing.
 */
export function forEachItem(
  out: Destinations,
  kind: FlowKind,
  list: unknown,
  at: string,
  each: (item: unknown, itemPath: string) => void,
): void {
  const read = readArray(list);
  if (read.state === "unknown") return out.unknown(kind, at);
  if (read.state === "absent") return;
  read.value.forEach((item, i) => each(item, path(at, i)));
}

/** A property holding a region name (lower-cased, as every cloud's catalog spells regions). */
export function regionName(out: Destinations, kind: FlowKind, property: string, raw: unknown): void {
  const read = readString(raw);
  if (read.state === "unknown") return out.unknown(kind, property);
  if (read.state === "value") out.location(kind, property, "regions", read.value.toLowerCase());
}

/** For types modelled with no outbound flow of their own, on purpose (the declaration says why). */
export const noFlows = (): readonly FlowDestination[] => [];

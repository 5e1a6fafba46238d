// How one resource names another: by a property value (a name, an ARN, an id, a path ending in
// one) or through the engine's property dependencies. Pure helpers of the graph's index.
import { isUnknown } from "../values";
import type { PropertyBag } from "../resource/properties";

/**
 * The known values of a resource's identity properties (the registry's `identitiesOf` its type),
 * each once. A list, not a Set: the graph keeps one per resource and most have one to three
 * (a Set's hash table cost about 10 MiB at 50,000 resources).
 */
export function identitiesIn(props: PropertyBag, properties: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (const key of properties) {
    const v = props[key];
    if (typeof v !== "string" || v === "" || isUnknown(v) || out?.includes(v)) continue;
    // A literal, not `[]` then push: push reserves room for 17 elements.
    if (out) out.push(v);
    else out = [v];
  }
  return out ?? NO_IDENTITIES;
}

const NO_IDENTITIES: readonly string[] = Object.freeze([]);

/** `arn:aws:s3:::name` → name; `arn:…:db:tickets-db` → tickets-db; other references stay whole. */
export function referenceNames(reference: string): string[] {
  const names = [reference];
  const s3 = /^arn:[^:]+:s3:::([^/]+)$/.exec(reference);
  if (s3) names.push(s3[1]!);
  const lastColon = /^arn:[^:]+:[^:]+:[^:]*:[^:]*:(?:[^:/]+[:/])?([^:/]+)$/.exec(reference);
  if (lastColon) names.push(lastColon[1]!);
  return names;
}

/** Every `…/x` tail of a reference (`a/b/c` → `b/c`, `c`): what an `endsWith("/" + id)` match needs. */
export function slashSuffixes(reference: string): string[] {
  const out: string[] = [];
  for (let i = reference.indexOf("/"); i !== -1; i = reference.indexOf("/", i + 1)) {
    if (i + 1 < reference.length) out.push(reference.slice(i + 1));
  }
  return out;
}

/** The path `rules[0].destination.bucket` as readPath segments. */
export function segments(property: string): (string | number)[] {
  return property
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== "")
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The top-level property of a path (`rules` for `rules[0].targetVaultName`): what dependencies are keyed by. */
export function topProperty(property: string): string {
  return property.split(/[.[]/)[0]!;
}

/** A copy of `bag` with `value` at `path` (containers along the path copied, the rest shared). */
export function withValueAt(bag: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(bag)
    ? [...(bag as unknown[])]
    : bag !== null && typeof bag === "object"
      ? { ...(bag as Record<string, unknown>) }
      : typeof head === "number"
        ? []
        : {};
  (container as Record<string | number, unknown>)[head!] = withValueAt(
    (container as Record<string | number, unknown>)[head!],
    rest,
    value,
  );
  return container;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

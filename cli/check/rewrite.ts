// One walk over a JSON property value, copy on write, shared by every input that turns values into
// what the analyzer receives (program, state file, preview file): `visit` sees each value first and
// returns its replacement, or undefined to have an array or object walked (any other value is
// kept). A value with nothing to replace comes back as it was given, so a 50,000-resource export is
// not held twice; only the arrays and objects on the way to a replacement are new. `path` is where
// the walk is (for messages; read it only when reporting).
import type { WireObject, WireValue } from "./snapshot";

export type Visit = (value: unknown, path: (string | number)[]) => WireValue | undefined;

export function rewriteValue(value: unknown, visit: Visit, path: (string | number)[] = []): WireValue {
  const replaced = visit(value, path);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(value)) {
    let result: WireValue[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      path.push(i);
      const converted = rewriteValue(item, visit, path);
      path.pop();
      if (result) result.push(converted);
      else if (converted !== item) {
        result = value.slice(0, i) as WireValue[];
        result.push(converted);
      }
    }
    return result ?? (value as WireValue[]);
  }
  if (value === null || typeof value !== "object") return value as WireValue;
  const object = value as { readonly [key: string]: unknown };
  let result: { [key: string]: WireValue } | undefined;
  const keys = Object.keys(object);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const inner = object[key];
    path.push(key);
    const converted = rewriteValue(inner, visit, path);
    path.pop();
    if (result) result[key] = converted;
    else if (converted !== inner) {
      result = {};
      for (let j = 0; j < k; j++) result[keys[j]!] = object[keys[j]!] as WireValue;
      result[key] = converted;
    }
  }
  return result ?? (object as WireObject);
}

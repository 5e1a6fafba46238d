// A value built on its first use, then kept. The policy pack is one bundle that the engine starts
// before every preview: a table built at import delays the pack's port and its first answers, one
// built on first use is paid on the first resource that needs it (docs/decisions/2026-11-30-lazy-tables.md).

/** `compute` runs on the first call of the returned function; every call returns its value. */
export function once<T>(compute: () => T): () => T {
  let computed = false;
  let value: T;
  return () => {
    if (!computed) {
      value = compute();
      computed = true;
    }
    return value;
  };
}

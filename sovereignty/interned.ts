// Equal immutable values shared: the stack graph keeps a tag reading and a location reading per
// resource, and a stack repeats the same few thousands of times (`data-residency: eu` in
// `eu-central-1`). A table is bounded and emptied when full, so a stack of many distinct values
// cannot grow it without end; a value handed out before stays valid.
export class Interned<V> {
  private readonly values = new Map<string, V>();
  constructor(private readonly limit: number) {}

  /** The value kept for `key`, else `make()`'s, kept. */
  get(key: string, make: () => V): V {
    let v = this.values.get(key);
    if (v === undefined) {
      if (this.values.size >= this.limit) this.values.clear();
      v = make();
      this.values.set(key, v);
    }
    return v;
  }
}

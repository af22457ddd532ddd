// The engine's caches in two shapes: a value worked out once per knowledge base (or vocabulary), and a
// bounded map that forgets its oldest entry, for results that recur from question to question.

/** `compute(owner)` once per owner object, kept as long as the owner lives. */
export function perOwner<O extends object, V>(compute: (owner: O) => V): (owner: O) => V {
  const values = new WeakMap<O, V>();
  return (owner) => {
    if (values.has(owner)) return values.get(owner) as V;
    const value = compute(owner);
    values.set(owner, value);
    return value;
  };
}

/** A map of at most `max` entries: setting one more forgets the oldest. */
export function boundedCache<K, V>(max: number) {
  const entries = new Map<K, V>();
  return {
    /** The cached value, or `compute()`'s, remembered. */
    get(key: K, compute: () => V): V {
      if (entries.has(key)) return entries.get(key) as V;
      const value = compute();
      if (entries.size >= max) entries.delete(entries.keys().next().value as K);
      entries.set(key, value);
      return value;
    },
  };
}

// The engine's caches in two shapes: a value worked out once per knowledge base (or vocabulary), and a
// bounded map that forgets its oldest entries, for results that recur from question to question.

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

/**
 * A cache of at most `2 * max` entries in two generations: when the newer one is full it becomes the older
 * and the oldest generation is forgotten whole; a value found in the older one moves to the newer. Deleting
 * the oldest entry of one Map one by one instead leaves holes its iterator must skip: folding the lexicon's
 * ten thousand phrases through a full cache took twice as long as folding them uncached.
 */
export function boundedCache<K, V>(max: number) {
  let newer = new Map<K, V>();
  let older = new Map<K, V>();
  const remember = (key: K, value: V) => {
    if (newer.size >= max) {
      older = newer;
      newer = new Map();
    }
    newer.set(key, value);
  };
  return {
    /** The cached value, or `compute()`'s, remembered. */
    get(key: K, compute: () => V): V {
      const recent = newer.get(key);
      if (recent !== undefined || newer.has(key)) return recent as V;
      if (older.has(key)) {
        const value = older.get(key) as V;
        remember(key, value);
        return value;
      }
      const value = compute();
      remember(key, value);
      return value;
    },
  };
}

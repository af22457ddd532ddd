// Maps from a key to every value filed under it, built by appending: spreading the list anew for each value
// ([...old, value]) made indexing the glossary's ten thousand phrases quadratic.

/** Files `value` under `key`, after the values already there. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

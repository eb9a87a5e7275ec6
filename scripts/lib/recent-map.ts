/**
 * A Map kept as a least-recently-used set of entries, to bound what keys from outside (accounts) can grow: a Map
 * iterates in insertion order, so the entry used is moved to the end, and past `max` entries the first, the least
 * recently used, is dropped (and `dropped` told of it).
 */
export function useRecent<K, V>(map: Map<K, V>, key: K, max: number, make: () => V, dropped?: (value: V) => void): V {
  let value = map.get(key);
  if (value === undefined) value = make();
  else map.delete(key); // re-inserted below: most recently used last
  map.set(key, value);
  if (map.size > max) {
    const [oldestKey, oldest] = map.entries().next().value as [K, V];
    map.delete(oldestKey);
    dropped?.(oldest);
  }
  return value;
}

/**
 * Stores `value` under `key` as the newest entry of `map` and drops the oldest entries past
 * `max`. A Map iterates in insertion order, so deleting before setting keeps the entry stored
 * most recently at the end, and the caches that use this forget what was stored longest ago.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= max) break;
    map.delete(oldest);
  }
}

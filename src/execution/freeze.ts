/**
 * Freezes `value` and everything it holds (arrays, plain objects, and the contents of Maps and
 * Sets, whose own entries cannot be frozen), then returns it. For values shared across requests
 * by a memo keyed by object identity: the memo's promise is "computed once, never changed", and a
 * frozen value makes a change throw (modules are strict mode) instead of leaking into every later
 * request of the operation. Already-frozen parts are not walked again.
 */
export function freezeDeep<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const [key, entry] of value) {
      freezeDeep(key);
      freezeDeep(entry);
    }
    return value;
  }
  if (value instanceof Set) {
    for (const entry of value) freezeDeep(entry);
    return value;
  }
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
  return value;
}

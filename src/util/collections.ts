// Small helpers over arrays, at the bottom of the layers: every folder may import them, and they
// import nothing of src/.

/** The items grouped by `key`, groups in order of first appearance, items in input order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** `items` in consecutive slices of at most `size` (the last may be shorter), for batched writes. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

import neo4j from 'neo4j-driver';

/**
 * Turns values returned by neo4j-driver into plain JSON-friendly values: Integers into numbers,
 * temporal values into ISO strings, nodes into their properties, recursively. The driver runs
 * with `disableLosslessIntegers`, so Integers only arrive from code paths that bypass it.
 *
 * Plain maps and lists are converted in place, not copied: they are fresh objects of one
 * record (`record.toObject()`), and a page of nodes is thousands of them. Pass only values
 * nobody else holds.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDateTime(value as never) ||
    neo4j.isDate(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return toIsoString(value);
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}

function toIsoString(value: object): string {
  if (neo4j.isDateTime(value as never)) {
    // Driver DateTime.toString() keeps nanoseconds and zone ids; a JS Date gives the ISO form clients expect.
    return (value as unknown as { toStandardDate(): Date }).toStandardDate().toISOString();
  }
  return String(value);
}

/**
 * A JS number as a Cypher INTEGER parameter. The driver sends plain numbers as floats, which
 * LIMIT, SKIP, list slices and range() refuse.
 */
export function int(value: number) {
  return neo4j.int(Math.trunc(value));
}

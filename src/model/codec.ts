import type { NodeType } from './node-types.js';

/**
 * Neo4j properties hold scalars and lists of scalars, not maps. The few structured fields are
 * stored as JSON strings; these two functions are the only place that knows which.
 */
const JSON_FIELDS: Partial<Record<NodeType, readonly string[]>> = { Organisation: ['identifiers'] };

/** Record (as validated) -> Neo4j property map. Drops undefined and null. */
export function toNodeProperties(type: NodeType, record: Record<string, unknown>): Record<string, unknown> {
  const jsonFields = JSON_FIELDS[type] ?? [];
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null) continue;
    props[key] = jsonFields.includes(key) ? JSON.stringify(value) : value;
  }
  return props;
}

/** Neo4j property map -> record fields, the inverse of toNodeProperties. */
export function fromNodeProperties(type: NodeType, props: Record<string, unknown>): Record<string, unknown> {
  const jsonFields = JSON_FIELDS[type] ?? [];
  const record: Record<string, unknown> = { ...props };
  for (const key of jsonFields) {
    if (typeof record[key] === 'string') record[key] = JSON.parse(record[key] as string);
  }
  return record;
}

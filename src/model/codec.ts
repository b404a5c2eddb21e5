import { LABEL_PROPERTY, type NodeType } from './node-types.js';

/**
 * Neo4j properties hold scalars and lists of scalars, not maps. The few structured fields are
 * stored as JSON strings; these two functions are the only place that knows which.
 */
const JSON_FIELDS: Partial<Record<NodeType, readonly string[]>> = { Organisation: ['identifiers', 'addresses'] };

/**
 * A stored copy of a node's label (its name or title) in lower case, written with every node and
 * never served. Search lifts hits whose label starts with the typed text; with this key indexed,
 * one index seek tells whether any node can be lifted, so a search that lifts nothing (most of
 * them) does not lower-case the label of every hit (see search.repository.ts). Neo4j has no
 * index on an expression, hence the copy.
 */
export const LABEL_KEY = 'labelKey';

/** Record (as validated) -> Neo4j property map, with LABEL_KEY. Drops undefined and null. */
export function toNodeProperties(type: NodeType, record: Record<string, unknown>): Record<string, unknown> {
  const jsonFields = JSON_FIELDS[type] ?? [];
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || key === LABEL_KEY) continue;
    props[key] = jsonFields.includes(key) ? JSON.stringify(value) : value;
  }
  const label = props[LABEL_PROPERTY[type]];
  if (typeof label === 'string') props[LABEL_KEY] = label.toLowerCase();
  return props;
}

/** Neo4j property map -> record fields, the inverse of toNodeProperties (LABEL_KEY left behind). */
export function fromNodeProperties(type: NodeType, props: Record<string, unknown>): Record<string, unknown> {
  const jsonFields = JSON_FIELDS[type] ?? [];
  const { [LABEL_KEY]: _key, ...record } = props;
  for (const key of jsonFields) {
    if (typeof record[key] === 'string') record[key] = JSON.parse(record[key] as string);
  }
  return record;
}

/**
 * fromNodeProperties for a map its caller owns and completes in place: the map itself when there
 * is nothing to take out or decode (no LABEL_KEY, no JSON field: what a projected read returns),
 * else fromNodeProperties' copy. A page tree of a list of 50 holds about a thousand such maps.
 */
export function fromOwnedNodeProperties(type: NodeType, props: Record<string, unknown>): Record<string, unknown> {
  if (LABEL_KEY in props || JSON_FIELDS[type]?.some((key) => typeof props[key] === 'string')) return fromNodeProperties(type, props);
  return props;
}

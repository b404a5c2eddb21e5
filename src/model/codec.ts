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

/**
 * Structured sources (`{ url, title, publisher, ... }`, see records.ts) are stored as two
 * properties: `sources`, each source's string (its url, else its citation), which every reader
 * of sources (search, export, the `sources` field) keeps reading as before; and SOURCE_DETAILS,
 * the JSON of the whole list, written only when some source is structured. A record whose
 * sources are all strings is stored exactly as before structured sources existed.
 */
export const SOURCE_DETAILS = 'sourceDetails';

/** The string a source is stored and served as in `sources`: itself, or its url, else its citation. */
export function sourceText(source: unknown): string {
  if (typeof source === 'string') return source;
  const s = source as { url?: string; citation?: string };
  return s.url ?? s.citation ?? '';
}

/** Sets `sources` (and SOURCE_DETAILS when some source is structured) on `props` from a record's sources. */
function putSources(props: Record<string, unknown>, sources: readonly unknown[]): void {
  props.sources = sources.map(sourceText);
  if (sources.some((s) => typeof s !== 'string')) props[SOURCE_DETAILS] = JSON.stringify(sources);
}

/** Record (as validated) -> Neo4j property map, with LABEL_KEY. Drops undefined and null. */
export function toNodeProperties(type: NodeType, record: Record<string, unknown>): Record<string, unknown> {
  const jsonFields = JSON_FIELDS[type] ?? [];
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || key === LABEL_KEY || key === SOURCE_DETAILS) continue;
    if (key === 'sources' && Array.isArray(value)) putSources(props, value);
    else props[key] = jsonFields.includes(key) ? JSON.stringify(value) : value;
  }
  const label = props[LABEL_PROPERTY[type]];
  if (typeof label === 'string') props[LABEL_KEY] = label.toLowerCase();
  return props;
}

/** A relationship's properties (role, since, until, sources) -> Neo4j property map, as toNodeProperties. */
export function toRelationshipProperties(record: Record<string, unknown>): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || key === SOURCE_DETAILS) continue;
    if (key === 'sources' && Array.isArray(value)) putSources(props, value);
    else props[key] = value;
  }
  return props;
}

/** Neo4j relationship properties -> record fields: structured sources back in `sources`. */
export function fromRelationshipProperties(props: Record<string, unknown>): Record<string, unknown> {
  const { [SOURCE_DETAILS]: details, ...record } = props;
  if (typeof details === 'string') record.sources = JSON.parse(details);
  return record;
}

/**
 * Neo4j property map -> the fields the API serves (LABEL_KEY left behind): `sources` stays the
 * list of strings the schema serves, and SOURCE_DETAILS stays for `citations` (citationsOf).
 */
export function fromNodeProperties(type: NodeType, props: Record<string, unknown>): Record<string, unknown> {
  const jsonFields = JSON_FIELDS[type] ?? [];
  const { [LABEL_KEY]: _key, ...record } = props;
  for (const key of jsonFields) {
    if (typeof record[key] === 'string') record[key] = JSON.parse(record[key] as string);
  }
  return record;
}

/**
 * Neo4j property map -> the record as a seed file holds it, the inverse of toNodeProperties:
 * structured sources back in `sources` (export, and the record a mutation completes).
 */
export function toStoredRecord(type: NodeType, props: Record<string, unknown>): Record<string, unknown> {
  const { [SOURCE_DETAILS]: details, ...record } = fromNodeProperties(type, props);
  if (typeof details === 'string') record.sources = JSON.parse(details);
  return record;
}

/**
 * The structured form of a node's or relationship's sources as the API serves them (`citations`):
 * the stored SOURCE_DETAILS when there are any, else each plain source as `{ url }` when it is
 * an http(s) address and `{ citation }` otherwise. Null when neither was read.
 */
export function citationsOf(props: Readonly<Record<string, unknown>>): Record<string, unknown>[] | null {
  const details = props[SOURCE_DETAILS];
  if (typeof details === 'string') {
    return (JSON.parse(details) as unknown[]).map((s) => (typeof s === 'string' ? plainCitation(s) : (s as Record<string, unknown>)));
  }
  return Array.isArray(props.sources) ? props.sources.map((s) => plainCitation(String(s))) : null;
}

const plainCitation = (s: string): Record<string, unknown> => (/^https?:\/\//.test(s) ? { url: s } : { citation: s });

/**
 * fromNodeProperties for a map its caller owns and completes in place: the map itself when there
 * is nothing to take out or decode (no LABEL_KEY, no JSON field: what a projected read returns),
 * else fromNodeProperties' copy. A page tree of a list of 50 holds about a thousand such maps.
 */
export function fromOwnedNodeProperties(type: NodeType, props: Record<string, unknown>): Record<string, unknown> {
  if (LABEL_KEY in props || JSON_FIELDS[type]?.some((key) => typeof props[key] === 'string')) return fromNodeProperties(type, props);
  return props;
}

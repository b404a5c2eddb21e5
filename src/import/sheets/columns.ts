import { z } from 'zod';
import { NODE_TYPES, RELATIONSHIP_TYPES, nodeSchemas, type NodeType, type RelationshipType } from '../../model/index.js';
import { columnKey } from './rows.js';

/**
 * What a column means. Columns are matched to the model's fields by name (case, spaces and
 * punctuation aside: "Start Date" is startDate), the fields and their JSON types read from the
 * model's own zod schemas, so a field added to the model is a column the importer knows.
 */
export type FieldKind = 'string' | 'number' | 'boolean' | 'array';

/** Each node type's fields and their kinds, from nodeSchemas. */
export const NODE_FIELDS: Record<NodeType, Map<string, FieldKind>> = Object.fromEntries(
  NODE_TYPES.map((type) => {
    const json = z.toJSONSchema(nodeSchemas[type], { unrepresentable: 'any', io: 'input' }) as { properties: Record<string, { type?: FieldKind }> };
    return [type, new Map(Object.entries(json.properties).map(([field, s]) => [field, s.type ?? 'string']))];
  }),
) as Record<NodeType, Map<string, FieldKind>>;

/** Fields a file may not set: the importer keeps them. */
export const IMPORTER_FIELDS = new Set(['datasetIds', 'synthetic']);

/**
 * Columns read and set aside: what the network export and Gephi compute or draw (metrics,
 * layout, colour), not facts of the model. Compared by columnKey.
 */
export const COMPUTED_COLUMNS = new Set([
  'degree', 'indegree', 'outdegree', 'weighteddegree', 'weightedindegree', 'weightedoutdegree', 'betweenness', 'betweennesscentrality',
  'closeness', 'closnesscentrality', 'closenesscentrality', 'harmonicclosenesscentrality', 'eccentricity', 'pagerank', 'eigencentrality',
  'community', 'modularityclass', 'componentnumber', 'strongcompnum', 'clustering', 'triangles', 'x', 'y', 'z', 'size', 'color', 'weight',
  'image', 'tags',
]);

/** Each type's fields by columnKey: a column is looked up once per cell, thousands of times a sheet. */
const FIELD_BY_KEY: Record<NodeType, Map<string, string>> = Object.fromEntries(
  NODE_TYPES.map((type) => [type, new Map([...NODE_FIELDS[type].keys()].map((field) => [columnKey(field), field]))]),
) as Record<NodeType, Map<string, string>>;

/** The model field a column names for a node type, or null. */
export function fieldOf(type: NodeType, column: string): string | null {
  return FIELD_BY_KEY[type].get(columnKey(column)) ?? null;
}

/** Whether some node type has a field of that column's name (a field of another type, not an unknown column). */
export function isAnyField(column: string): boolean {
  return NODE_TYPES.some((t) => fieldOf(t, column) !== null);
}

const TYPE_ALIASES: Record<string, NodeType> = { organization: 'Organisation', person: 'Actor', people: 'Actor', city: 'Place', country: 'Place' };

/** A type cell as a node type ("organisation", "Organization", "ORGANISATION"), or null. */
export function toNodeType(value: string): NodeType | null {
  const key = columnKey(value);
  return NODE_TYPES.find((t) => columnKey(t) === key) ?? TYPE_ALIASES[key] ?? null;
}

/** A type cell as a relationship type ("works at", "WORKS_AT", "worksAt"), or null. */
export function toRelationshipType(value: string): RelationshipType | null {
  const key = columnKey(value);
  return RELATIONSHIP_TYPES.find((t) => columnKey(t) === key) ?? null;
}

/** The separator of several values in one cell, as Kumu writes them: "a | b". */
export const LIST_SEPARATOR = '|';

export const splitList = (text: string) => text.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);

/** A cell as the field's kind: a number, a boolean, a list or text; or an Error saying why it is none. */
export function coerce(kind: FieldKind, value: string | number | boolean): unknown {
  if (kind === 'number') {
    const n = typeof value === 'number' ? value : Number(String(value).replace(/,/g, ''));
    return Number.isFinite(n) ? n : new Error(`"${value}" is not a number`);
  }
  if (kind === 'boolean') {
    if (typeof value === 'boolean') return value;
    const word = String(value).toLowerCase();
    if (['true', 'yes', '1'].includes(word)) return true;
    if (['false', 'no', '0'].includes(word)) return false;
    return new Error(`"${value}" is not true or false`);
  }
  if (kind === 'array') return splitList(String(value));
  return String(value);
}

import { ID_PATTERN, LABEL_PROPERTY, NODE_TYPES, RELATIONSHIP_SPECS, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from '../../model/index.js';
import { SCHEME_PATTERN, type OrgIdentifier } from '../identifiers.js';
import type { Problem } from '../problems.js';
import { COMPUTED_COLUMNS, IMPORTER_FIELDS, NODE_FIELDS, coerce, fieldOf, isAnyField, splitList, toNodeType, toRelationshipType } from './columns.js';
import { NODE_KEY_COLUMN } from './graph-file.reader.js';
import { columnKey, type Cell, type Row } from './rows.js';

/** One element of a sheet, its columns read as the model's fields (not validated yet: plan-sheets does). */
export interface ElementDraft {
  file: string;
  at: string;
  type: NodeType;
  /** The id the row gives, when it gives a valid one. */
  id: string | null;
  /** What connections in the same files call it by: its id, else its key in a graph file, else its label. */
  refs: string[];
  fields: Record<string, unknown>;
}

/** One connection of a sheet: its ends as the files name them (resolved by plan-sheets). */
export interface ConnectionDraft {
  file: string;
  at: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

const problem = (row: Row, field: string | null, message: string): Problem => ({ file: row.file, at: row.at, field, message });

/** "GB-COH-01624297" as { scheme: "GB-COH", id: "01624297" }, or null. */
function toIdentifier(text: string): OrgIdentifier | null {
  const m = /^([A-Z]{2}-[A-Z0-9]+)-(\S+)$/.exec(text.trim());
  return m && SCHEME_PATTERN.test(m[1]) ? { scheme: m[1], id: m[2] } : null;
}

/** A field's value from a cell, or a problem. */
function fieldValue(row: Row, type: NodeType, column: string, field: string, value: Exclude<Cell, null>, problems: Problem[]): unknown {
  const refuse = (message: string) => void problems.push(problem(row, column, message));
  if (IMPORTER_FIELDS.has(field)) return refuse('is set by the importer, not by a file');
  if (field === 'addresses') return refuse('cannot be given in a sheet (give the organisation a LOCATED_IN connection instead)');
  const read = coerce(NODE_FIELDS[type].get(field)!, value);
  if (read instanceof Error) return refuse(read.message);
  if (field !== 'identifiers') return read;
  const ids = (read as string[]).map((t) => toIdentifier(t) ?? t);
  const bad = ids.find((i) => typeof i === 'string');
  return bad === undefined ? ids : refuse(`"${bad}" is not an org-id.guide identifier such as GB-COH-01624297`);
}

/**
 * Reads an elements row. Returns null, with problems, when its type is missing or unknown or a
 * column is no field of its type; `unknownColumns` collects columns no type has (named once per file).
 */
export function toElement(row: Row, problems: Problem[], unknownColumns: Set<string>): ElementDraft | null {
  const typeCell = [...row.cells].find(([c]) => columnKey(c) === 'type')?.[1];
  const type = typeCell === null || typeCell === undefined ? null : toNodeType(String(typeCell));
  if (!type) {
    problems.push(problem(row, 'type', typeCell == null ? `is missing: every element needs one of ${NODE_TYPES.join(', ')}` : `"${typeCell}" is not a node type (one of ${NODE_TYPES.join(', ')})`));
    return null;
  }
  const fields: Record<string, unknown> = {};
  const draft: ElementDraft = { file: row.file, at: row.at, type, id: null, refs: [], fields };
  const before = problems.length;
  for (const [column, value] of row.cells) {
    const key = columnKey(column);
    if (value === null || key === 'type' || COMPUTED_COLUMNS.has(key)) continue;
    if (key === 'id' || key === columnKey(NODE_KEY_COLUMN)) {
      const text = String(value);
      draft.refs.push(text);
      // Gephi numbers its nodes: a key of digits alone names the node in its file, it is no LOCI id.
      if (ID_PATTERN.test(text) && (key === 'id' || /[a-z]/.test(text))) draft.id ??= text;
      else if (key === 'id') problems.push(problem(row, column, `"${text}" is not an id (a lowercase slug such as "hivos")`));
    } else if (['label', 'name', 'title'].includes(key)) fields[LABEL_PROPERTY[type]] = String(value);
    else if (key === 'sources' || key === 'source') fields.sources = splitList(String(value));
    else {
      const field = fieldOf(type, column);
      if (field) fields[field] = fieldValue(row, type, column, field, value, problems);
      else if (isAnyField(column)) problems.push(problem(row, column, `is not a field of ${type}`));
      else unknownColumns.add(column);
    }
  }
  const label = fields[LABEL_PROPERTY[type]];
  if (typeof label === 'string') draft.refs.push(label);
  return problems.length > before ? null : draft;
}

/** The property names a connection column may give, by columnKey. */
const CONNECTION_PROPERTIES = new Map(['role', 'since', 'until', 'awardId', 'amount', 'currency', 'date', 'status', 'uncertain'].map((p) => [columnKey(p), p]));

/** Reads a connections row (from/to or source/target, type, properties, sources), or null with problems. */
export function toConnection(row: Row, problems: Problem[], unknownColumns: Set<string>): ConnectionDraft | null {
  const get = (...names: string[]) => [...row.cells].find(([c]) => names.includes(columnKey(c)))?.[1] ?? null;
  // The network export's GEXF writes the type as the edge's label: read it when there is no type.
  const typeCell = get('type') ?? get('label');
  const from = get('from', 'source');
  const to = get('to', 'target');
  const before = problems.length;
  if (from === null) problems.push(problem(row, 'from', 'is missing'));
  if (to === null) problems.push(problem(row, 'to', 'is missing'));
  const type = typeCell === null ? null : toRelationshipType(String(typeCell));
  if (!type) problems.push(problem(row, 'type', typeCell === null ? 'is missing' : `"${typeCell}" is not a relationship type (one of ${RELATIONSHIP_TYPES.join(', ')})`));
  const props: Record<string, unknown> = {};
  for (const [column, value] of row.cells) {
    const key = columnKey(column);
    if (value === null || ['type', 'label', 'from', 'source', 'to', 'target', 'id'].includes(key) || COMPUTED_COLUMNS.has(key)) continue;
    if (key === 'sources') props.sources = splitList(String(value));
    else if (!CONNECTION_PROPERTIES.has(key)) unknownColumns.add(column);
    else if (type && ![...RELATIONSHIP_SPECS[type].properties, 'uncertain'].includes(CONNECTION_PROPERTIES.get(key) as never)) problems.push(problem(row, column, `is not a property of ${type}`));
    else {
      const name = CONNECTION_PROPERTIES.get(key)!;
      const v = coerce(name === 'amount' ? 'number' : name === 'uncertain' ? 'boolean' : 'string', value);
      if (v instanceof Error) problems.push(problem(row, column, v.message));
      else props[name] = v;
    }
  }
  if (problems.length > before || !type) return null;
  return { file: row.file, at: row.at, type, from: String(from), to: String(to), props };
}

import { LABEL_PROPERTY, NODE_TYPES, fromOwnedNodeProperties, type NodeType } from '../model/index.js';

/** A node as the API layer sees it: its type, its display label and its properties decoded. */
export type NodeRow = { __type: NodeType; id: string; label: string } & Record<string, unknown>;

/**
 * Cypher projection of node `v`'s properties for NodeRows: all of them, but the two instants as
 * epoch milliseconds. Decoding Neo4j DateTime values costs the driver far more than reading a
 * number (about half the decoding time of a page of nodes); toNodeRow turns them into ISO strings.
 */
export const cypherNodeProperties = (v: string) => `${v} { .*, createdAt: ${v}.createdAt.epochMillis, updatedAt: ${v}.updatedAt.epochMillis }`;

/** Instants read as epoch milliseconds (cypherNodeProperties) become the ISO strings the API serves. */
export const INSTANTS = ['createdAt', 'updatedAt'] as const;

/** Builds a NodeRow from the `type` and `props` columns every node query returns. */
export function toNodeRow(type: NodeType, props: Record<string, unknown>): NodeRow {
  // `props` is the caller's own (a fresh row of the driver, or propertiesAt's map): the record is
  // it or a decoded copy, completed in place either way.
  const record = fromOwnedNodeProperties(type, props);
  for (const key of INSTANTS) if (typeof record[key] === 'number') record[key] = new Date(record[key] as number).toISOString();
  record.__type = type;
  record.label = String(record[LABEL_PROPERTY[type]] ?? record.id);
  return record as NodeRow;
}

/**
 * The Cypher expression giving a node's model type from its labels, for statements that group or
 * filter by type (queries using it pass `nodeTypes: NODE_TYPES`). Rows read it with typeOfLabels.
 */
export const cypherTypeOf = (v: string) => `[l IN labels(${v}) WHERE l IN $nodeTypes][0]`;

const TYPE_LABELS: ReadonlySet<string> = new Set(NODE_TYPES);

/**
 * A node's model type from its labels, read as `labels(n)`: the Entity label and its type's. Read
 * in the server, not in Cypher: the statement stays short and needs no list of types.
 */
export function typeOfLabels(labels: readonly string[]): NodeType {
  const type = labels.find((l) => TYPE_LABELS.has(l));
  if (!type) throw new Error(`a node without a model type: labels ${JSON.stringify(labels)}`);
  return type as NodeType;
}

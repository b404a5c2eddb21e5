import { ENTITY_LABEL, toNodeProperties, type NodeType, type RelationshipType } from '../model/index.js';
import type { WriteTransaction } from '../neo4j/executor.js';
import { toNodeRow, typeOfLabels, type NodeRow } from './node.repository.js';

/**
 * Writes of single nodes and relationships, each inside the caller's transaction so a mutation
 * (with its checks and audit record) commits or rolls back as one.
 */

/** The node's type and properties, or null: read inside the write transaction, so checks see what the write will. */
export async function findNodeForUpdate(tx: WriteTransaction, id: string): Promise<NodeRow | null> {
  const [row] = await tx.run(`MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN labels(n) AS labels, properties(n) AS props`, { id });
  return row ? toNodeRow(typeOfLabels(row.labels as string[]), row.props as Record<string, unknown>) : null;
}

/** Who made a node (src/auth/ownership.repository.ts), and for a restored node, when it was first made. */
export interface NodeOrigin {
  createdBy?: string | null;
  ownerOrg?: string | null;
  /** ISO instant; now when omitted. */
  createdAt?: string | null;
}

/** Creates a node; the caller has checked the id is free (the constraint still guards races). */
export async function createNode(tx: WriteTransaction, type: NodeType, record: Record<string, unknown>, origin: NodeOrigin = {}): Promise<NodeRow> {
  const [row] = await tx.run(
    `CREATE (n:${ENTITY_LABEL}:${type})
     SET n = $props, n.createdBy = $createdBy, n.ownerOrg = $ownerOrg,
         n.createdAt = coalesce(datetime($createdAt), datetime()), n.updatedAt = datetime()
     RETURN properties(n) AS props`,
    { props: toNodeProperties(type, record), createdBy: origin.createdBy ?? null, ownerOrg: origin.ownerOrg ?? null, createdAt: origin.createdAt ?? null },
  );
  return toNodeRow(type, row.props as Record<string, unknown>);
}

/** Replaces a node's fields with `record` (the whole, validated record), keeping createdAt and who made it. */
export async function replaceNode(tx: WriteTransaction, type: NodeType, record: Record<string, unknown>): Promise<NodeRow> {
  const [row] = await tx.run(
    `MATCH (n:${type} {id: $id})
     WITH n, n.createdAt AS createdAt, n.createdBy AS createdBy, n.ownerOrg AS ownerOrg
     SET n = $props, n.createdAt = createdAt, n.createdBy = createdBy, n.ownerOrg = ownerOrg, n.updatedAt = datetime()
     RETURN properties(n) AS props`,
    { id: record.id, props: toNodeProperties(type, record) },
  );
  return toNodeRow(type, row.props as Record<string, unknown>);
}

/** Deletes a node and its relationships; returns the relationships it had, for the audit trail. */
export async function deleteNode(tx: WriteTransaction, id: string): Promise<RelationshipRow[]> {
  const rows = await tx.run(
    `MATCH (n:${ENTITY_LABEL} {id: $id})
     OPTIONAL MATCH (n)-[r]-(m:${ENTITY_LABEL})
     WITH n, collect(CASE WHEN r IS NULL THEN null ELSE { type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r) } END) AS rels
     DETACH DELETE n
     RETURN rels`,
    { id },
  );
  return (rows[0]?.rels as RelationshipRow[] | undefined) ?? [];
}

export interface RelationshipRow {
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Finds the relationship of `type` from `from` to `to`, or null. */
export async function findRelationship(tx: WriteTransaction, type: RelationshipType, from: string, to: string): Promise<RelationshipRow | null> {
  const [row] = await tx.run(`MATCH (:${ENTITY_LABEL} {id: $from})-[r:${type}]->(:${ENTITY_LABEL} {id: $to}) RETURN properties(r) AS props`, { from, to });
  return row ? { type, from, to, props: row.props as Record<string, unknown> } : null;
}

/** Creates or replaces the relationship of `type` between two existing nodes (at most one per pair). */
export async function mergeRelationship(tx: WriteTransaction, type: RelationshipType, from: string, to: string, props: Record<string, unknown>): Promise<RelationshipRow> {
  const [row] = await tx.run(
    `MATCH (a:${ENTITY_LABEL} {id: $from}) MATCH (b:${ENTITY_LABEL} {id: $to})
     MERGE (a)-[r:${type}]->(b)
     SET r = $props
     RETURN properties(r) AS props`,
    { from, to, props },
  );
  return { type, from, to, props: row.props as Record<string, unknown> };
}

/**
 * Writes relationships of one type back (restoreNode): each row whose two ends still exist is
 * merged; returns the rows written. `type` must come from the model's whitelist.
 */
export async function restoreRelationships(tx: WriteTransaction, type: RelationshipType, rows: RelationshipRow[]): Promise<RelationshipRow[]> {
  const written = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:${ENTITY_LABEL} {id: row.from}) MATCH (b:${ENTITY_LABEL} {id: row.to})
     MERGE (a)-[r:${type}]->(b)
     SET r = row.props
     RETURN row.from AS from, row.to AS to, properties(r) AS props`,
    { rows: rows.map((r) => ({ from: r.from, to: r.to, props: r.props ?? {} })) },
  );
  return written.map((w) => ({ type, from: w.from as string, to: w.to as string, props: w.props as Record<string, unknown> }));
}

/** Deletes the relationship of `type` from `from` to `to`; returns whether one existed. */
export async function deleteRelationship(tx: WriteTransaction, type: RelationshipType, from: string, to: string): Promise<boolean> {
  const [row] = await tx.run(
    `OPTIONAL MATCH (:${ENTITY_LABEL} {id: $from})-[r:${type}]->(:${ENTITY_LABEL} {id: $to}) DELETE r RETURN count(r) AS deleted`,
    { from, to },
  );
  return (row?.deleted as number) > 0;
}

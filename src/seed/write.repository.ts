import { ENTITY_LABEL, toNodeProperties, toRelationshipProperties, type NodeType, type RelationshipType } from '../model/index.js';
import type { WriteTransaction } from '../neo4j/executor.js';
import type { ValidNode, ValidRelationship } from './validate.js';
import { chunks, groupBy } from '../util/collections.js';

export const BATCH_SIZE = 1_000;

/**
 * MERGE nodes of one type by id. Fields absent from the record are removed (the record is the
 * whole truth); `createdAt` is kept and `updatedAt` moves only when a field really changed, so
 * importing the same files twice leaves the same graph.
 */
function mergeNodesCypher(type: NodeType): string {
  return `
UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
ON CREATE SET n.createdAt = datetime()
WITH n, row, properties(n) AS before
WITH n, row, before,
  size([k IN keys(row) WHERE NOT coalesce(before[k] = row[k], false)]) +
  size([k IN keys(before) WHERE NOT k IN keys(row) AND NOT k IN ['createdAt', 'updatedAt']]) AS changes
SET n = row
SET n:${type}, n.createdAt = before.createdAt,
    n.updatedAt = CASE WHEN changes = 0 AND before.updatedAt IS NOT NULL THEN before.updatedAt ELSE datetime() END
RETURN count(n) AS written`;
}

/** MERGE relationships of one type: at most one of a type between two nodes; properties replaced. */
function mergeRelationshipsCypher(type: RelationshipType): string {
  return `
UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(r) AS written`;
}

export interface WriteProgress {
  (done: number, total: number): void;
}

/**
 * Writes validated nodes, then relationships, in batched UNWIND statements inside the caller's
 * transaction (so the caller decides atomicity). Returns the number of nodes and relationships
 * written.
 */
export async function writeRecords(
  tx: WriteTransaction,
  nodes: ValidNode[],
  relationships: ValidRelationship[],
  onProgress: WriteProgress = () => undefined,
): Promise<{ nodes: number; relationships: number }> {
  const total = nodes.length + relationships.length;
  let done = 0;
  for (const [type, group] of groupBy(nodes, (n) => n.type)) {
    for (const batch of chunks(group, BATCH_SIZE)) {
      await tx.run(mergeNodesCypher(type), { rows: batch.map((n) => toNodeProperties(n.type, n.record)) });
      onProgress((done += batch.length), total);
    }
  }
  for (const [type, group] of groupBy(relationships, (r) => r.type)) {
    for (const batch of chunks(group, BATCH_SIZE)) {
      const rows = batch.map(({ record: { type: _t, from, to, ...props } }) => ({ from, to, props: toRelationshipProperties(props) }));
      await tx.run(mergeRelationshipsCypher(type), { rows });
      onProgress((done += batch.length), total);
    }
  }
  return { nodes: nodes.length, relationships: relationships.length };
}

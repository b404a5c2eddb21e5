import { ENTITY_LABEL, LABEL_PROPERTY, NODE_TYPES, fromNodeProperties, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';

/** A node as the API layer sees it: its type, its display label and its properties decoded. */
export type NodeRow = { __type: NodeType; id: string; label: string } & Record<string, unknown>;

/** Builds a NodeRow from the `type` and `props` columns every node query returns. */
export function toNodeRow(type: NodeType, props: Record<string, unknown>): NodeRow {
  const record = fromNodeProperties(type, props);
  return { ...record, __type: type, label: String(record[LABEL_PROPERTY[type]] ?? record.id) } as NodeRow;
}

/** The Cypher expression giving a node's model type from its labels. */
export const TYPE_OF = (v: string) => `[l IN labels(${v}) WHERE l IN $nodeTypes][0]`;

/**
 * Finds nodes by id, of any type: one round trip for all ids. Returns one entry per id, in the
 * order of `ids`, `null` where none exists.
 */
export async function findNodesByIds(executor: Executor, ids: readonly string[]): Promise<(NodeRow | null)[]> {
  const rows = await executor.read(
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id})
     RETURN n.id AS id, ${TYPE_OF('n')} AS type, properties(n) AS props`,
    { ids, nodeTypes: NODE_TYPES },
  );
  const byId = new Map(rows.map((r) => [r.id as string, toNodeRow(r.type as NodeType, r.props as Record<string, unknown>)]));
  return ids.map((id) => byId.get(id) ?? null);
}

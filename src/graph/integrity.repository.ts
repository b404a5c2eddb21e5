import { ENTITY_LABEL, isAcyclic, type RelationshipType } from '../model/index.js';
import type { WriteTransaction } from '../neo4j/executor.js';

/**
 * Integrity of the model's hierarchies (PART_OF, MEMBER_OF: RelationshipSpec.acyclic), checked
 * inside the write transaction that would break it, so the check and the write commit together.
 */

/** The label of the nodes that serialise writes to one hierarchy (migration 006: unique name). */
export const WRITE_LOCK_LABEL = 'WriteLock';

/**
 * Takes the write lock of hierarchy `type` for the rest of `tx`. Two transactions that each add
 * one edge could close a cycle together while neither sees the other's edge; holding one lock per
 * hierarchy until commit makes the second wait, then check a graph that has the first's edge.
 * Hierarchy edges are rare writes, so serialising them costs nothing that matters. The lock node
 * is not an Entity: never in lists, search, the network or the graph's checksum.
 */
export async function lockHierarchy(tx: WriteTransaction, type: RelationshipType): Promise<void> {
  await tx.run(`MERGE (l:${WRITE_LOCK_LABEL} {name: $name}) SET l.lockedAt = datetime()`, { name: type });
}

/**
 * The cycle a new `type` edge from `from` to `to` would close, as the ids along it (starting and
 * ending with `from`), or null when there is none. `type` must be acyclic in the model; a
 * self-loop is the cycle [from, from]. Unbounded on purpose (a shortest-path search, which stops
 * at the first path): a bound would let a cycle longer than it in.
 */
export async function findCycle(tx: WriteTransaction, type: RelationshipType, from: string, to: string): Promise<string[] | null> {
  if (!isAcyclic(type)) throw new Error(`${type} is not a hierarchy of the model`);
  if (from === to) return [from, from];
  const [row] = await tx.run(
    `MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
     MATCH p = shortestPath((b)-[:${type}*]->(a))
     RETURN [n IN nodes(p) | n.id] AS ids`,
    { from, to },
  );
  return row ? [from, ...(row.ids as string[])] : null;
}

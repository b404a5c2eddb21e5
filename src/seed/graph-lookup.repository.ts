import { ENTITY_LABEL, NODE_TYPES, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import type { ExistingLookup } from './validate.js';

/** What the seed importer asks of the graph before it writes: which ids exist, and whether any node does. */

/** Looks up which of `ids` exist in the graph, with their node type: one round trip. */
export function createExistingLookup(executor: Executor): ExistingLookup {
  return async (ids) => {
    const rows = await executor.read(
      `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) RETURN n.id AS id, [l IN labels(n) WHERE l IN $types][0] AS type`,
      { ids, types: NODE_TYPES },
    );
    return new Map(rows.map((r) => [r.id as string, r.type as NodeType]));
  };
}

/** True when the graph holds no LOCI node yet (used to seed a fresh database on start). */
export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const rows = await executor.read(`MATCH (n:${ENTITY_LABEL}) RETURN count(n) > 0 AS any LIMIT 1`);
  return rows[0]?.any !== true;
}

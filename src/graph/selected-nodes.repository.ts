import { ENTITY_LABEL, NODE_TYPES, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { toNodeRow, TYPE_OF, type NodeRow } from './node.repository.js';
import { nodeProjection, toProperties } from './projection.js';

/** For each node type, the properties to read of a node of that type (see Projection), or null for all of them. */
export type PropertiesByType = Readonly<Record<NodeType, readonly string[] | null>>;

/** PropertiesByType with the stable string loaders group and cache by. */
export interface TypedSelection {
  byType: PropertiesByType;
  key: string;
  /** Whether every type reads all its properties (whole nodes). */
  whole: boolean;
}

export function typedSelection(byType: PropertiesByType): TypedSelection {
  return { byType, key: NODE_TYPES.map((t) => byType[t]?.join(',') ?? '*').join('/'), whole: NODE_TYPES.every((t) => byType[t] === null) };
}

/**
 * As findNodesByIds, but each node holds only the properties `properties` lists for its type:
 * what a federation `_entities` call selects, type by type. One round trip for all ids.
 */
export async function findNodesByIdsSelected(executor: Executor, ids: readonly string[], properties: PropertiesByType): Promise<(NodeRow | null)[]> {
  const byType = NODE_TYPES.map((t) => `WHEN n:${t} THEN ${nodeProjection('n', properties[t])}`).join(' ');
  const rows = await executor.read(
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id})
     RETURN n.id AS id, ${TYPE_OF('n')} AS type, CASE ${byType} END AS props`,
    { ids, nodeTypes: NODE_TYPES },
  );
  const byId = new Map(
    rows.map((r) => {
      const type = r.type as NodeType;
      return [r.id as string, toNodeRow(type, toProperties(properties[type], r.props))];
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

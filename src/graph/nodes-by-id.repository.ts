import { ENTITY_LABEL, NODE_TYPES, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { cypherNodeProperties, toNodeRow, typeOfLabels, type NodeRow } from './node.repository.js';
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
 * Finds nodes by id, of any type: one round trip for all ids. Returns one entry per id, in the
 * order of `ids`, `null` where none exists. With `properties`, each node holds only those its type
 * lists (what a federation `_entities` call selects, type by type); without, all of them.
 */
export async function findNodesByIds(executor: Executor, ids: readonly string[], properties: PropertiesByType | null = null): Promise<(NodeRow | null)[]> {
  const projection = properties ? `CASE ${NODE_TYPES.map((t) => `WHEN n:${t} THEN ${nodeProjection('n', properties[t])}`).join(' ')} END` : cypherNodeProperties('n');
  const rows = await executor.read(
    `UNWIND $ids AS id
     MATCH (n:${ENTITY_LABEL} {id: id})
     RETURN n.id AS id, labels(n) AS labels, ${projection} AS props`,
    { ids },
  );
  const byId = new Map(
    rows.map((r) => {
      const type = typeOfLabels(r.labels as string[]);
      return [r.id as string, toNodeRow(type, toProperties(properties?.[type] ?? null, r.props))];
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

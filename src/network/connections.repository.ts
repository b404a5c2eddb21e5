import { ENTITY_LABEL, NODE_TYPES, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { toNodeRow, cypherTypeOf, type NodeRow } from '../graph/node.repository.js';
import { describeShared, pickReach, type Reach } from './shared-words.js';

export interface SharedNeighbour {
  node: NodeRow;
  fromA: Reach;
  fromB: Reach;
  /** Plain words, e.g. "common partner initiative". */
  relationship: string;
}

/**
 * The nodes directly linked to both `a` and `b` (not a or b themselves), in one round trip,
 * ordered by type then label. One entry per shared node: when several relationships join A (or
 * B) to it, the one named is chosen by pickReach. Unknown ids simply share nothing.
 */
export async function findSharedNeighbours(executor: Executor, a: string, b: string): Promise<SharedNeighbour[]> {
  const rows = await executor.read(
    `MATCH (a:${ENTITY_LABEL} {id: $a})-[ra]-(n:${ENTITY_LABEL})-[rb]-(b:${ENTITY_LABEL} {id: $b})
     WHERE n <> a AND n <> b AND a <> b
     WITH n,
       collect(DISTINCT { type: type(ra), outgoing: startNode(ra) = a }) AS fromA,
       collect(DISTINCT { type: type(rb), outgoing: startNode(rb) = b }) AS fromB
     RETURN ${cypherTypeOf('n')} AS type, properties(n) AS props, fromA, fromB`,
    { a, b, nodeTypes: NODE_TYPES },
  );
  return rows
    .map((r) => {
      const fromA = pickReach(r.fromA as Reach[]);
      const fromB = pickReach(r.fromB as Reach[]);
      return { node: toNodeRow(r.type as NodeType, r.props as Record<string, unknown>), fromA, fromB, relationship: describeShared(fromA, fromB) };
    })
    .sort((x, y) => NODE_TYPES.indexOf(x.node.__type) - NODE_TYPES.indexOf(y.node.__type) || x.node.label.localeCompare(y.node.label) || x.node.id.localeCompare(y.node.id));
}

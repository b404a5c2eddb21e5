import { ENTITY_LABEL } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import { toNetworkCypher, type NetworkFilterValues } from './network-filter.cypher.js';
import { relationshipTypePattern } from './relationship-pattern.js';
import { cypherGraphEdge, cypherGraphNode, PROJECTION_PARAMS, toNetworkEdge, toNetworkNode, type NetworkEdge, type NetworkNode } from './subgraph.js';

/** Up to `max` rows, and whether there were more. */
export interface Capped<T> {
  items: T[];
  more: boolean;
}

/**
 * The nodes a filter selects (the filter must have passed assertNetworkFilter): the best
 * connected `max` of them, by degree in the whole graph, then id. One round trip.
 *
 * With themes or places the network is scoped: the anchors (nodes about the themes and in the
 * places), the themes and places themselves, and every node one matching relationship away from
 * an anchor; then the node filters apply to all of them.
 */
export async function findNetworkNodes(executor: Executor, filter: NetworkFilterValues, max: number): Promise<Capped<NetworkNode>> {
  const where = toNetworkCypher(filter);
  const candidates = where.anchor
    ? `CALL () {
         MATCH (n:${ENTITY_LABEL}) WHERE ${where.anchor('n')} RETURN n
         UNION
         MATCH (a:${ENTITY_LABEL})-[r${relationshipTypePattern(filter.relationshipTypes)}]-(n:${ENTITY_LABEL})
         WHERE ${where.anchor('a')} AND ${where.relationship('r')} RETURN n
         UNION
         MATCH (n:${ENTITY_LABEL}) WHERE n.id IN $f_scopeIds RETURN n
       }
       WITH n WHERE ${where.node('n')}`
    : `MATCH (n:${ENTITY_LABEL}) WHERE ${where.node('n')}`;
  const rows = await executor.read(
    `${candidates}
     WITH n ORDER BY COUNT { (n)--() } DESC, n.id LIMIT $limit
     RETURN ${cypherGraphNode('n')} AS node`,
    { ...where.params, ...PROJECTION_PARAMS, limit: int(max + 1) },
  );
  return { items: rows.slice(0, max).map((r) => toNetworkNode(r.node as Record<string, unknown>)), more: rows.length > max };
}

/**
 * The relationships the filter selects between the nodes `ids`, ordered by id, `max` at most.
 * One round trip.
 */
export async function findNetworkEdges(executor: Executor, filter: NetworkFilterValues, ids: string[], max: number): Promise<Capped<NetworkEdge>> {
  const where = toNetworkCypher(filter);
  const rows = await executor.read(
    `UNWIND $ids AS id
     MATCH (a:${ENTITY_LABEL} {id: id})-[r${relationshipTypePattern(filter.relationshipTypes)}]->(b:${ENTITY_LABEL})
     WHERE b.id IN $ids AND ${where.relationship('r')}
     WITH r ORDER BY elementId(r) LIMIT $limit
     RETURN ${cypherGraphEdge('r')} AS edge`,
    { ...where.params, ids, limit: int(max + 1) },
  );
  return { items: rows.slice(0, max).map((r) => toNetworkEdge(r.edge as Record<string, unknown>)), more: rows.length > max };
}

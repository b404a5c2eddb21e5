import { ENTITY_LABEL, type RelationshipType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import { relationshipTypePattern } from './relationship-pattern.js';
import { cypherGraphEdge, cypherGraphNode, PROJECTION_PARAMS, toNetworkEdge, toNetworkNode, type NetworkPath } from './subgraph.js';

export interface PathRequest {
  from: string;
  to: string;
  /** Hops at most; a whole number the caller has range-checked (it is written into the Cypher). */
  maxLength: number;
  /** Follow only these relationships; null: all. */
  relationshipTypes: RelationshipType[] | null;
  /** Paths at most: 1 asks for one shortest path, more for all shortest paths up to that many. */
  limit: number;
}

export interface PathResult {
  /** Which endpoints exist: a path is only looked for when both do. */
  fromExists: boolean;
  toExists: boolean;
  /** Shortest paths, ignoring direction, ordered by the ids along them; [] when none within maxLength. */
  paths: NetworkPath[];
}

/**
 * Shortest paths between two nodes in one round trip. With limit 1: one shortest path; above:
 * every shortest path (all of the same length), the first `limit` by the ids along them so the
 * answer is stable. A node to itself is the path of length 0.
 */
export async function findShortestPaths(executor: Executor, req: PathRequest): Promise<PathResult> {
  if (!Number.isInteger(req.maxLength) || req.maxLength < 1) throw new Error(`maxLength must be a positive integer, got ${req.maxLength}`);
  const hops = `[${relationshipTypePattern(req.relationshipTypes)}*..${req.maxLength}]`;
  const search = req.limit === 1 ? 'shortestPath' : 'allShortestPaths';
  // shortestPath finds one path: there is nothing to order.
  const order = req.limit === 1 ? '' : ' ORDER BY [n IN nodes(p) | n.id]';
  const [row] = await executor.read(
    `OPTIONAL MATCH (a:${ENTITY_LABEL} {id: $from})
     OPTIONAL MATCH (b:${ENTITY_LABEL} {id: $to})
     CALL (a, b) {
       WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
       MATCH p = ${search}((a)-${hops}-(b))
       WITH p${order} LIMIT $limit
       RETURN collect({ nodes: [n IN nodes(p) | ${cypherGraphNode('n')}], edges: [r IN relationships(p) | ${cypherGraphEdge('r')}] }) AS paths
     }
     RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists,
       CASE WHEN a IS NOT NULL AND a = b THEN [{ nodes: [${cypherGraphNode('a')}], edges: [] }] ELSE paths END AS paths`,
    { from: req.from, to: req.to, limit: int(req.limit), ...PROJECTION_PARAMS },
  );
  const paths = row.paths as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }[];
  return {
    fromExists: row.fromExists as boolean,
    toExists: row.toExists as boolean,
    paths: paths.map((p) => ({ length: p.edges.length, nodes: p.nodes.map(toNetworkNode), edges: p.edges.map(toNetworkEdge) })),
  };
}

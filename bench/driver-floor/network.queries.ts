import { int } from '../../src/neo4j/convert.js';
import { NEIGHBOURHOOD_LIMIT } from '../operations/neighbourhood.operation.js';
import { MAX_PATH_LENGTH } from '../operations/shortest-path.operation.js';
import { EDGE, LABEL, TYPE, TYPE_PARAMS, type FloorQuery, type Run } from './cypher.js';

/**
 * Floor queries of the network operations, one statement each. The neighbourhood is LOCI's
 * exact rule written out for depth 2: the hub's best-connected neighbours (degree, then id),
 * at most `limit`; then, for each of them, at most `limit` best-connected neighbours not
 * reached at the level before; a node with more is "capped". 1 + limit + limit^2 nodes can
 * never reach the API's 2,000-node truncation, so that rule is left out.
 */

const NODE = (v: string) => `{ id: ${v}.id, type: ${TYPE(v)}, label: ${LABEL(v)} }`;

async function neighbourhood(run: Run, { id }: Record<string, any>) {
  const [row] = await run(
    `MATCH (hub:Entity {id: $id})
     CALL (hub) {
       MATCH (hub)--(m:Entity) WHERE m <> hub
       WITH DISTINCT m ORDER BY COUNT { (m)--() } DESC, m.id LIMIT $probe
       RETURN collect(m) AS firstLevel
     }
     WITH hub, firstLevel[0..$limit] AS level1, size(firstLevel) > $limit AS hubCapped
     CALL (hub, level1) {
       UNWIND level1 AS f
       CALL (hub, level1, f) {
         MATCH (f)--(m:Entity) WHERE m <> hub AND NOT m IN level1
         WITH DISTINCT m ORDER BY COUNT { (m)--() } DESC, m.id LIMIT $probe
         RETURN collect(m) AS found
       }
       UNWIND found[0..$limit] AS m
       RETURN collect(DISTINCT CASE WHEN size(found) > $limit THEN f.id END) AS capped, collect(DISTINCT m) AS level2
     }
     WITH [hub] + level1 + level2 AS nodes, CASE WHEN hubCapped THEN [hub.id] ELSE [] END + capped AS cappedNodes
     CALL (nodes) {
       UNWIND nodes AS a
       MATCH (a)-[r]->(b) WHERE b IN nodes
       RETURN collect(${EDGE('r')}) AS edges
     }
     RETURN [n IN nodes | ${NODE('n')}] AS nodes, edges, cappedNodes, size(cappedNodes) > 0 AS truncated`,
    { id, limit: int(NEIGHBOURHOOD_LIMIT), probe: int(NEIGHBOURHOOD_LIMIT + 1), ...TYPE_PARAMS },
  );
  return row ?? null;
}

async function shortestPath(run: Run, { from, to }: Record<string, any>) {
  const [row] = await run(
    `MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
     MATCH p = shortestPath((a)-[*..${MAX_PATH_LENGTH}]-(b))
     RETURN length(p) AS length, [n IN nodes(p) | ${NODE('n')}] AS nodes, [r IN relationships(p) | ${EDGE('r')}] AS edges`,
    { from, to, ...TYPE_PARAMS },
  );
  return row ?? null;
}

export const NETWORK_QUERIES: Record<string, FloorQuery> = { neighbourhood, shortestPath };

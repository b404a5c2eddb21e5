import { ENTITY_LABEL, HIERARCHY_MAX_HOPS, NODE_TYPES } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { cypherTypeOf } from '../graph/node.repository.js';

/** Stats describe the real network: synthetic test data is left out of every count. */
const isRealCypher = (v: string) => `coalesce(${v}.synthetic, false) = false`;

/** Places at most this deep below a country or world region: the model's bound on PART_OF (a cycle cannot make it run on). */
const PLACE_DEPTH = HIERARCHY_MAX_HOPS;

export interface Counts {
  nodes: number;
  relationships: number;
  byNodeType: { type: string; count: number }[];
  byRelationshipType: { type: string; count: number }[];
}

/**
 * Node and relationship counts, in total and by type, in one round trip. Types are in the
 * model's order; types with no records are left out. A relationship counts when it and both its
 * ends are real.
 */
export async function countGraph(executor: Executor): Promise<Counts> {
  const [row] = await executor.read(
    `CALL () {
       MATCH (n:${ENTITY_LABEL}) WHERE ${isRealCypher('n')}
       WITH ${cypherTypeOf('n')} AS type, count(*) AS count
       RETURN collect({ type: type, count: count }) AS byNodeType
     }
     CALL () {
       MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL}) WHERE ${isRealCypher('r')} AND ${isRealCypher('a')} AND ${isRealCypher('b')}
       WITH type(r) AS type, count(*) AS count
       RETURN collect({ type: type, count: count }) AS byRelationshipType
     }
     RETURN byNodeType, byRelationshipType`,
    { nodeTypes: NODE_TYPES },
  );
  const byNodeType = (row.byNodeType as Counts['byNodeType']).sort((x, y) => NODE_TYPES.indexOf(x.type as never) - NODE_TYPES.indexOf(y.type as never));
  const byRelationshipType = (row.byRelationshipType as Counts['byRelationshipType']).sort((x, y) => x.type.localeCompare(y.type));
  const sum = (list: { count: number }[]) => list.reduce((s, t) => s + t.count, 0);
  return { nodes: sum(byNodeType), relationships: sum(byRelationshipType), byNodeType, byRelationshipType };
}

/**
 * For each place of `kind` (COUNTRY, WORLD_REGION), how many real organisations, initiatives and
 * events are located in it or in a place inside it; most first, then by id. Places with none
 * are left out. One round trip.
 */
export async function countByPlace(executor: Executor, kind: 'COUNTRY' | 'WORLD_REGION'): Promise<{ placeId: string; count: number }[]> {
  const rows = await executor.read(
    `MATCH (place:Place {kind: $kind}) WHERE ${isRealCypher('place')}
     CALL (place) {
       MATCH (n:${ENTITY_LABEL})-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(place)
       WHERE ${isRealCypher('n')}
       RETURN count(DISTINCT n) AS count
     }
     WITH place, count WHERE count > 0
     RETURN place.id AS placeId, count ORDER BY count DESC, placeId`,
    { kind },
  );
  return rows as { placeId: string; count: number }[];
}

/**
 * How many real initiatives, commitments and events started, and learnings were dated, in each
 * year: the year of `startDate` (or `date`). Oldest year first; years with none are left out.
 */
export async function countNewPerYear(executor: Executor): Promise<{ year: number; count: number }[]> {
  const rows = await executor.read(
    `MATCH (n:${ENTITY_LABEL}) WHERE ${isRealCypher('n')} AND coalesce(n.startDate, n.date) IS NOT NULL
       AND (n:Initiative OR n:Commitment OR n:Event OR n:Learning)
     RETURN toInteger(left(coalesce(n.startDate, n.date), 4)) AS year, count(*) AS count ORDER BY year`,
  );
  return rows as { year: number; count: number }[];
}

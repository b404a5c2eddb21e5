import type { Executor } from '../src/neo4j/executor.js';
import { int } from '../src/neo4j/convert.js';
import type { Fixtures } from './operations/index.js';
import { MAX_PATH_LENGTH } from './operations/shortest-path.operation.js';

/** Candidate far ends tried for the shortest path (more finds a longer path, slower to pick). */
const PATH_CANDIDATES = 200;

/**
 * Picks what the operations ask about, from the graph itself, deterministically (every tie is
 * broken by id): the same graph always gives the same fixtures. Synthetic nodes only, except
 * where none exist (the test's small graph still has them). Throws when the graph has no
 * initiatives or no path between any two sampled nodes.
 */
export async function findFixtures(db: Executor): Promise<Fixtures> {
  const one = async (cypher: string, params = {}) => (await db.read(cypher, params))[0];
  const node = await one(
    `MATCH (n:Initiative {level: 'LOCAL'}) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1`,
  );
  const hub = await one(`MATCH (n:Initiative) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 1`);
  const theme = await one(
    `MATCH (t:Theme)<-[:ABOUT]-(:Initiative {level: 'LOCAL'}) RETURN t.id AS id, t.name AS name, count(*) AS n ORDER BY n DESC, t.id LIMIT 1`,
  );
  if (!node || !hub || !theme) throw new Error('the graph has no LOCAL initiative about a theme: seed it first');
  // A learning is a leaf; places sit at the far end of LOCATED_IN/PART_OF chains.
  const path = await one(
    `MATCH (a:Learning) WITH a ORDER BY coalesce(a.synthetic, false) DESC, a.id LIMIT 1
     MATCH (b:Place) WHERE coalesce(b.synthetic, false) = coalesce(a.synthetic, false)
     WITH a, b ORDER BY b.id DESC LIMIT $candidates
     MATCH p = shortestPath((a)-[*..${MAX_PATH_LENGTH}]-(b))
     RETURN a.id AS from, b.id AS to ORDER BY length(p) DESC, b.id LIMIT 1`,
    { candidates: int(PATH_CANDIDATES) },
  );
  if (!path) throw new Error('no path between a learning and a place within the path limit');
  const reps = await db.read(
    `CALL () { MATCH (n:Initiative) RETURN 'Initiative' AS type, n.id AS id ORDER BY n.id LIMIT 25
       UNION ALL MATCH (n:Organisation) RETURN 'Organisation' AS type, n.id AS id ORDER BY n.id LIMIT 25 }
     RETURN type, id`,
  );
  const asker = await one(
    `MATCH (a:Actor)-[:WORKS_AT]->(:Organisation) RETURN a.id AS id ORDER BY coalesce(a.synthetic, false) DESC, a.id LIMIT 1`,
  );
  if (!asker) throw new Error('no person works at an organisation: nobody to ask for advice');
  const initiatives = reps.filter((r) => r.type === 'Initiative');
  const organisations = reps.filter((r) => r.type === 'Organisation');
  // Interleaved, as a gateway resolving a mixed list would send them.
  const representations = initiatives.flatMap((r, i) => [r, organisations[i]]).filter(Boolean).map((r) => ({ __typename: r.type, id: r.id }));
  return {
    nodeId: node.id as string,
    theme: theme.id as string,
    // The theme's words: initiative summaries name their themes, titles start with a place.
    searchText: (theme.name as string).replace(/^Synthetic /, '').toLowerCase(),
    hub: hub.id as string,
    pathFrom: path.from as string,
    pathTo: path.to as string,
    representations: representations as Fixtures['representations'],
    asker: asker.id as string,
  };
}

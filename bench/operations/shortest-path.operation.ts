import type { Operation } from './operation.js';

export const MAX_PATH_LENGTH = 6;

const LOCI = `query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxLength: ${MAX_PATH_LENGTH}) {
    length nodes { id type label } edges { id type source target }
  }
}`;

/**
 * A path is compared by its length and ends: when several shortest paths exist, any one is a
 * right answer. It must also be a path: each edge joins the nodes before and after it.
 */
function canonical(path: any) {
  if (!path) return null;
  const ids: string[] = path.nodes.map((n: any) => n.id);
  if (path.edges.length !== path.length || ids.length !== path.length + 1) throw new Error(`malformed path: ${JSON.stringify(path)}`);
  path.edges.forEach((e: any, i: number) => {
    const ends = [ids[i], ids[i + 1]].sort().join(' ');
    if ([e.source, e.target].sort().join(' ') !== ends) throw new Error(`edge ${e.id} does not join ${ends}`);
  });
  return { length: path.length, from: ids[0], to: ids.at(-1) };
}

export const shortestPath: Operation = {
  name: 'shortestPath',
  description: `a shortest path between two far nodes (at most ${MAX_PATH_LENGTH} hops, any direction)`,
  loci: (f) => ({ query: LOCI, variables: { from: f.pathFrom, to: f.pathTo } }),
  neo4jGraphql: null,
  unsupported: 'no path queries: @neo4j/graphql generates fixed-depth nested matches only; shortest paths need a hand-written @cypher query (neo4j/graphql#1491, #2925)',
  driver: (f) => ({ from: f.pathFrom, to: f.pathTo }),
  normalise: { loci: (data) => canonical(data.shortestPath), driver: canonical },
};

import { orNull, type Operation } from './operation.js';

/** Depth and hub cap of the benchmark's neighbourhood (the API's default cap is 25). */
export const NEIGHBOURHOOD_DEPTH = 2;
export const NEIGHBOURHOOD_LIMIT = 25;

const LOCI = `query Neighbourhood($id: ID!) {
  neighbourhood(id: $id, depth: ${NEIGHBOURHOOD_DEPTH}, limit: ${NEIGHBOURHOOD_LIMIT}) {
    nodes { id type label } edges { id type source target role since until } truncated cappedNodes
  }
}`;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Nodes and edges as sets (sorted by id): the order a system lists them in is not the answer. */
function canonical(s: any) {
  return {
    nodes: s.nodes.map((n: any) => ({ id: n.id, type: n.type, label: n.label })).sort(byId),
    edges: s.edges
      .map((e: any) => ({ id: e.id, type: e.type, source: e.source, target: e.target, role: orNull(e.role), since: orNull(e.since), until: orNull(e.until) }))
      .sort(byId),
    truncated: s.truncated,
    cappedNodes: [...s.cappedNodes].sort(),
  };
}

export const neighbourhood: Operation = {
  name: 'neighbourhood',
  description: `neighbourhood of the hub at depth ${NEIGHBOURHOOD_DEPTH}, at most ${NEIGHBOURHOOD_LIMIT} new neighbours per node, with every relationship between them`,
  loci: (f) => ({ query: LOCI, variables: { id: f.hub } }),
  neo4jGraphql: null,
  unsupported:
    'no variable-depth traversal: nested selections give a tree, not a de-duplicated node set with a per-node cap by degree and the edges between the nodes; only a hand-written @cypher query could (neo4j/graphql#1491, #596)',
  driver: (f) => ({ id: f.hub }),
  normalise: { loci: (data) => canonical(data.neighbourhood), driver: canonical },
};

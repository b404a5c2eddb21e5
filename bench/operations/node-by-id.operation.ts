import { orNull, type Operation } from './operation.js';

const LOCI = `query NodeById($id: ID!) {
  initiative(id: $id) {
    id title level status startDate
    coordinators(first: 20) { edges { since until node { id name } } }
    partners(first: 20) { totalCount edges { role since until node { id name } } }
    champions(first: 20) { edges { role node { id name } } }
    memberOf(first: 20) { edges { node { id title } } }
    themes(first: 20) { edges { node { id name } } }
    learnings(first: 20) { totalCount edges { node { id title kind } } }
    commitments(first: 20) { edges { node { id title } } }
    place { id name }
  }
}`;

// Connections where the edge carries properties or a count is asked; plain lists elsewhere.
// Related nodes are sorted by id, as LOCI sorts them.
const NEO4J_GRAPHQL = `query NodeById($id: ID!) {
  initiatives(where: { id: { eq: $id } }) {
    id title level status startDate
    coordinatorsConnection(first: 20, sort: [{ node: { id: ASC } }]) { edges { properties { since until } node { id name } } }
    partnersConnection(first: 20, sort: [{ node: { id: ASC } }]) { totalCount edges { properties { role since until } node { id name } } }
    championsConnection(first: 20, sort: [{ node: { id: ASC } }]) { edges { properties { role } node { id name } } }
    memberOf(limit: 20, sort: [{ id: ASC }]) { id title }
    themes(limit: 20, sort: [{ id: ASC }]) { id name }
    learningsConnection(first: 20, sort: [{ node: { id: ASC } }]) { totalCount edges { node { id title kind } } }
    commitments(limit: 20, sort: [{ id: ASC }]) { id title }
    place(limit: 1, sort: [{ id: ASC }]) { id name }
  }
}`;

/** The canonical answer: the initiative's fields and each relationship's nodes, by id. */
function canonical(n: any, rel: (field: string) => any[], counts: { partners: number; learnings: number }, place: any) {
  return {
    id: n.id,
    title: n.title,
    level: n.level,
    status: orNull(n.status),
    startDate: orNull(n.startDate),
    coordinators: rel('coordinators').map((x) => ({ id: x.id, name: x.name, since: orNull(x.since), until: orNull(x.until) })),
    partners: { totalCount: counts.partners, items: rel('partners').map((x) => ({ id: x.id, name: x.name, role: orNull(x.role), since: orNull(x.since), until: orNull(x.until) })) },
    champions: rel('champions').map((x) => ({ id: x.id, name: x.name, role: orNull(x.role) })),
    memberOf: rel('memberOf').map((x) => ({ id: x.id, title: x.title })),
    themes: rel('themes').map((x) => ({ id: x.id, name: x.name })),
    learnings: { totalCount: counts.learnings, items: rel('learnings').map((x) => ({ id: x.id, title: x.title, kind: x.kind })) },
    commitments: rel('commitments').map((x) => ({ id: x.id, title: x.title })),
    place: place ? { id: place.id, name: place.name } : null,
  };
}

/** An edge of a LOCI relation connection, flattened: the node's fields and the relationship's. */
const lociEdge = (e: any) => ({ ...e.node, role: e.role, since: e.since, until: e.until });
/** The same from an @neo4j/graphql connection edge (`properties` holds the relationship's). */
const neoEdge = (e: any) => ({ ...e.node, ...e.properties });

export const nodeById: Operation = {
  name: 'nodeById',
  description: 'one initiative by id with its relationships (8 relationship fields, 20 each)',
  loci: (f) => ({ query: LOCI, variables: { id: f.nodeId } }),
  neo4jGraphql: (f) => ({ query: NEO4J_GRAPHQL, variables: { id: f.nodeId } }),
  driver: (f) => ({ id: f.nodeId }),
  normalise: {
    loci: (data) => {
      const n = data.initiative;
      const rel = (field: string) => n[field].edges.map(lociEdge);
      return canonical(n, rel, { partners: n.partners.totalCount, learnings: n.learnings.totalCount }, n.place);
    },
    neo4jGraphql: (data) => {
      const n = data.initiatives[0];
      const rel = (field: string) => (n[`${field}Connection`] ? n[`${field}Connection`].edges.map(neoEdge) : n[field]);
      return canonical(n, rel, { partners: n.partnersConnection.totalCount, learnings: n.learningsConnection.totalCount }, n.place[0]);
    },
    driver: (data) => canonical(data, (field) => data[field], { partners: data.partnersCount, learnings: data.learningsCount }, data.place),
  },
};

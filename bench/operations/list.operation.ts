import { nodesOf, orNull, type Operation } from './operation.js';

const LOCI = `query List50 {
  initiatives(first: 50) {
    edges { node {
      id title level
      partners(first: 20) { edges { role node { id name headquarters { id name } } } }
      themes(first: 20) { edges { node { id name } } }
      learnings(first: 20) { edges { node { id title kind } } }
    } }
  }
}`;

// LOCI lists sort by label (title), ties by id; related nodes by id.
const NEO4J_GRAPHQL = `query List50 {
  initiatives(limit: 50, sort: [{ title: ASC }, { id: ASC }]) {
    id title level
    partnersConnection(first: 20, sort: [{ node: { id: ASC } }]) {
      edges { properties { role } node { id name headquarters(limit: 1, sort: [{ id: ASC }]) { id name } } }
    }
    themes(limit: 20, sort: [{ id: ASC }]) { id name }
    learnings(limit: 20, sort: [{ id: ASC }]) { id title kind }
  }
}`;

type Partner = { id: string; name: string; role?: string | null; headquarters?: { id: string; name: string } | null };

function canonical(n: any, partners: Partner[], themes: any[], learnings: any[]) {
  return {
    id: n.id,
    title: n.title,
    level: n.level,
    partners: partners.map((p) => ({ id: p.id, name: p.name, role: orNull(p.role), headquarters: p.headquarters ? { id: p.headquarters.id, name: p.headquarters.name } : null })),
    themes: themes.map((t) => ({ id: t.id, name: t.name })),
    learnings: learnings.map((l) => ({ id: l.id, title: l.title, kind: l.kind })),
  };
}

export const list: Operation = {
  name: 'list50',
  description: '50 initiatives by title, each with partners (and their headquarters), themes and learnings',
  loci: () => ({ query: LOCI }),
  neo4jGraphql: () => ({ query: NEO4J_GRAPHQL }),
  driver: () => ({}),
  normalise: {
    loci: (data) =>
      nodesOf(data.initiatives).map((n) =>
        canonical(n, n.partners.edges.map((e: any) => ({ ...e.node, role: e.role })), nodesOf(n.themes), nodesOf(n.learnings)),
      ),
    neo4jGraphql: (data) =>
      data.initiatives.map((n: any) =>
        canonical(n, n.partnersConnection.edges.map((e: any) => ({ ...e.node, role: e.properties.role, headquarters: e.node.headquarters[0] })), n.themes, n.learnings),
      ),
    driver: (data) => data.map((n: any) => canonical(n, n.partners, n.themes, n.learnings)),
  },
};

import { nodesOf, orNull, type Operation } from './operation.js';

const LOCI = `query FilteredPage($theme: ID!) {
  initiatives(first: 20, filter: { level: [LOCAL], theme: [$theme] }, orderBy: { field: LABEL, direction: ASC }) {
    edges { node { id title level startDate } }
  }
}`;

const NEO4J_GRAPHQL = `query FilteredPage($theme: ID!) {
  initiatives(limit: 20, where: { level: { eq: LOCAL }, themes: { some: { id: { eq: $theme } } } }, sort: [{ title: ASC }, { id: ASC }]) {
    id title level startDate
  }
}`;

const canonical = (rows: any[]) => rows.map((n) => ({ id: n.id, title: n.title, level: n.level, startDate: orNull(n.startDate) }));

export const filteredPage: Operation = {
  name: 'filteredPage',
  description: 'LOCAL initiatives about one theme, sorted by title, first 20',
  loci: (f) => ({ query: LOCI, variables: { theme: f.theme } }),
  neo4jGraphql: (f) => ({ query: NEO4J_GRAPHQL, variables: { theme: f.theme } }),
  driver: (f) => ({ theme: f.theme }),
  normalise: {
    loci: (data) => canonical(nodesOf(data.initiatives)),
    neo4jGraphql: (data) => canonical(data.initiatives),
    driver: (data) => canonical(data),
  },
};

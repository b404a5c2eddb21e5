import type { Operation } from './operation.js';

/** What a gateway asks of this subgraph's entities: a few fields of each type. */
const QUERY = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Initiative { id title level }
    ... on Organisation { id name sector }
  }
}`;

/** One entry per representation, in order; null for a miss. */
const canonical = (entities: any[]) =>
  entities.map((e) =>
    e === null ? null : e.__typename === 'Initiative' ? { __typename: e.__typename, id: e.id, title: e.title, level: e.level } : { __typename: e.__typename, id: e.id, name: e.name, sector: e.sector },
  );

export const entities: Operation = {
  name: 'entities',
  description: 'federation _entities with 50 representations (25 initiatives, 25 organisations)',
  loci: (f) => ({ query: QUERY, variables: { representations: f.representations } }),
  neo4jGraphql: (f) => ({ query: QUERY, variables: { representations: f.representations } }),
  driver: (f) => ({ representations: f.representations }),
  normalise: {
    loci: (data) => canonical(data._entities),
    neo4jGraphql: (data) => canonical(data._entities),
    driver: canonical,
  },
};

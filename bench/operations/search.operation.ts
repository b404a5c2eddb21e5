import { toLuceneQuery } from '../../src/graph/search.repository.js';
import type { Operation } from './operation.js';

/*
 * LOCI turns the typed words into a Lucene query (escaping, prefix on the last word, boosts on
 * names) and ranks hits by score, then id. The other two get that same Lucene query, so the
 * three answers can match. LOCI also lifts hits whose own label starts with the typed text; the
 * fixture's text starts no initiative title, so that lift never applies here (the equivalence
 * check would catch it if it did).
 */

const LOCI = `query Search($text: String!) {
  search(text: $text, types: [Initiative], first: 20) { totalCount edges { score node { id ... on Initiative { title } } } }
}`;

const NEO4J_GRAPHQL = `query Search($phrase: String!) {
  initiativesFulltext(phrase: $phrase, first: 20, sort: [{ score: DESC }, { node: { id: ASC } }]) {
    totalCount edges { score node { id title } }
  }
}`;

/** Scores to 6 significant digits: the same Lucene float, whatever JSON printed it. */
const score = (s: number) => Number(s.toPrecision(6));

const canonical = (totalCount: number, hits: { id: string; title: string; score: number }[]) => ({
  totalCount,
  hits: hits.map((h) => ({ id: h.id, title: h.title, score: score(h.score) })),
});

export const search: Operation = {
  name: 'search',
  description: 'full-text search over initiatives, best 20 hits with the total',
  loci: (f) => ({ query: LOCI, variables: { text: f.searchText } }),
  neo4jGraphql: (f) => ({ query: NEO4J_GRAPHQL, variables: { phrase: toLuceneQuery(f.searchText) } }),
  driver: (f) => ({ query: toLuceneQuery(f.searchText) }),
  normalise: {
    loci: (data) => canonical(data.search.totalCount, data.search.edges.map((e: any) => ({ ...e.node, score: e.score }))),
    neo4jGraphql: (data) => canonical(data.initiativesFulltext.totalCount, data.initiativesFulltext.edges.map((e: any) => ({ ...e.node, score: e.score }))),
    driver: (data) => canonical(data.totalCount, data.hits),
  },
};

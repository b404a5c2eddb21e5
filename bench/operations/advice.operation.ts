import type { Operation } from './operation.js';

/** The issue's own example problem: synthetic learnings hold "resistance from procurement officers". */
export const ADVICE_PROBLEM = 'procurement officials resist change';

const LOCI = `query Advice($problem: String!, $from: ID!) {
  advice(problem: $problem, first: 10, from: $from, filter: { includeSynthetic: true }) {
    score learning { id title kind } initiative { id title }
    reasons { kind text evidence { id } }
    introduction { length nodes { id type label } edges { type source target sources } }
  }
}`;

/** An advice list is compared by its learnings and scores, in order. */
const canonical = (data: any) => data.advice.map((a: any) => ({ id: a.learning.id, score: a.score, introduction: a.introduction?.length ?? null }));

export const advice: Operation = {
  name: 'advice',
  description: `learnings answering "${ADVICE_PROBLEM}" (two full-text indexes), 10 best, grouped by initiative, each with who can introduce a person to it (3 statements)`,
  loci: (f) => ({ query: LOCI, variables: { problem: ADVICE_PROBLEM, from: f.asker } }),
  neo4jGraphql: null,
  unsupported: 'no full-text ranking across two indexes with introduction paths: it would be a hand-written @cypher field',
  driver: null,
  driverUnsupported: 'the floor would be LOCI\'s own statements: there is no simpler hand-written twin to compare with',
  normalise: { loci: canonical },
};

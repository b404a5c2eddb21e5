import type { Operation } from './operation.js';

const LOCI = `query Peers($id: ID!) {
  peers(initiativeId: $id, first: 10) {
    score initiative { id title level } reasons { kind text weight evidence { id label } }
  }
}`;

/** A peer list is compared by its ids and scores, in order. */
const canonical = (data: any) => data.peers.map((p: any) => ({ id: p.initiative.id, score: p.score, reasons: p.reasons.length }));

export const peers: Operation = {
  name: 'peers',
  description: "the 10 best peers of a well-connected initiative, each with its reasons and their evidence (3 statements: the initiative, the evidence, the nodes)",
  loci: (f) => ({ query: LOCI, variables: { id: f.nodeId } }),
  neo4jGraphql: null,
  unsupported: 'no scoring: peers weigh themes by rarity, compare learnings by full-text similarity and rank in the server; @neo4j/graphql has no place for that logic but a hand-written @cypher field',
  driver: null,
  driverUnsupported: 'the floor would be LOCI\'s own statements and scoring: there is no simpler hand-written twin to compare with',
  normalise: { loci: canonical },
};

import { HIERARCHY_MAX_HOPS } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import type { Evidence, PeerEvidence } from './peers.scoring.js';

/** Places at most this deep below a country or world region: the model's bound on PART_OF (a cycle cannot make it run on). */
const PLACE_DEPTH = HIERARCHY_MAX_HOPS;

/**
 * Everything that ties other initiatives to initiative `id`, in one round trip: shared themes,
 * partner or coordinating organisations, champions, networks (MEMBER_OF), commitments and places;
 * learnings applied across them; and learnings the other initiative drew on a theme of this one.
 * Initiatives joined to it by MEMBER_OF (its network, its members) are not peers; synthetic
 * initiatives are peers only of synthetic ones. Returns null when `id` is not an Initiative.
 */
export async function findPeerEvidence(executor: Executor, id: string): Promise<PeerEvidence[] | null> {
  const rows = await executor.read(
    `OPTIONAL MATCH (i:Initiative {id: $id})
     // OPTIONAL: an initiative without peers still yields its row, so "no peers" is not "unknown".
     OPTIONAL CALL (i) {
       WITH i WHERE i IS NOT NULL
       CALL (i) {
         MATCH (i)-[:ABOUT]->(t:Theme)<-[:ABOUT]-(p:Initiative)
         RETURN p, { kind: 'THEME', id: t.id, name: t.name } AS evidence
         UNION
         MATCH (i)<-[:COORDINATES|PARTNER_IN]-(o:Organisation)-[:COORDINATES|PARTNER_IN]->(p:Initiative)
         RETURN p, { kind: 'ORGANISATION', id: o.id, name: o.name } AS evidence
         UNION
         MATCH (i)<-[:CHAMPIONS]-(x:Actor)-[:CHAMPIONS]->(p:Initiative)
         RETURN p, { kind: 'CHAMPION', id: x.id, name: x.name } AS evidence
         UNION
         MATCH (i)-[:MEMBER_OF]->(net:Initiative)<-[:MEMBER_OF]-(p:Initiative)
         RETURN p, { kind: 'NETWORK', id: net.id, name: net.title } AS evidence
         UNION
         MATCH (i)-[:ADVANCES]->(c:Commitment)<-[:ADVANCES]-(p:Initiative)
         RETURN p, { kind: 'COMMITMENT', id: c.id, name: c.title } AS evidence
         UNION
         // Each place once, on each side: a PART_OF cycle would otherwise reach a place by many paths.
         MATCH (i)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(pl:Place)
         WITH DISTINCT i, pl
         MATCH (pl)<-[:PART_OF*0..${PLACE_DEPTH}]-(:Place)<-[:LOCATED_IN]-(p:Initiative)
         RETURN DISTINCT p, { kind: 'PLACE', id: pl.id, name: pl.name, placeKind: pl.kind } AS evidence
         UNION
         MATCH (i)-[:LEARNED]->(l:Learning)<-[:APPLIED]-(p:Initiative)
         RETURN p, { kind: 'APPLIED_ITS_LEARNING', id: l.id, name: l.title } AS evidence
         UNION
         MATCH (i)-[:APPLIED]->(l:Learning)<-[:LEARNED]-(p:Initiative)
         RETURN p, { kind: 'LEARNING_APPLIED_HERE', id: l.id, name: l.title } AS evidence
         UNION
         MATCH (i)-[:ABOUT]->(t:Theme)<-[:ABOUT]-(l:Learning)<-[:LEARNED]-(p:Initiative)
         RETURN p, { kind: 'LEARNING_ON_THEME', id: l.id, name: l.title, learningKind: l.kind, theme: t.name } AS evidence
       }
       WITH i, p, evidence
       WHERE p <> i AND NOT EXISTS { (i)-[:MEMBER_OF]-(p) } AND (i.synthetic = true OR coalesce(p.synthetic, false) = false)
       RETURN p.id AS peer, p.level AS level, collect(evidence) AS evidence
     }
     RETURN i IS NOT NULL AS exists, i.level AS ownLevel, peer, level, evidence`,
    { id },
  );
  if (!rows[0]?.exists) return null;
  const ownLevel = rows[0].ownLevel as string;
  return rows
    .filter((r) => r.peer !== null)
    .map((r) => ({ id: r.peer as string, sameLevel: r.level === ownLevel ? ownLevel : null, evidence: r.evidence as Evidence[] }));
}

import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import { INITIATIVE_TEXT_INDEX, LEARNING_TEXT_INDEX } from '../neo4j/migrations.js';
import { MISSING_SCOPE_ID, PLACE_DEPTH, scopeCondition, scopeParams, type InitiativeScope } from './initiative-scope.cypher.js';
import type { Evidence, OwnLearning, PeerCandidate } from './peers.scoring.js';

export type { OwnLearning } from './peers.scoring.js';

/** The initiative asking for peers, as the evidence query needs it. */
export interface PeerSubject {
  level: string;
  /** Its title and summary. */
  text: string;
  learnings: OwnLearning[];
}

/** Initiatives on one theme above which it is not expanded into candidates (see EVIDENCE_BRANCHES). */
export const MAX_THEME_FANOUT = 1_000;

/** Learnings of one initiative compared by text: enough for a real one, bounded for a synthetic one. */
const MAX_OWN_LEARNINGS = 20;

/**
 * The initiative `id` with its text and learnings, and the filter's ids checked: one round trip.
 * Returns `{ missing }` naming the first filter id (with its field) that is no node of its type,
 * null when `id` is no Initiative.
 */
export async function findPeerSubject(
  executor: Executor,
  id: string,
  scope: InitiativeScope | null | undefined,
): Promise<PeerSubject | { missing: { id: string; field: string } } | null> {
  const { scopeIds } = scopeParams(scope, 'filter.');
  const [row] = await executor.read(
    `OPTIONAL MATCH (i:Initiative {id: $id})
     RETURN i IS NOT NULL AS exists, i.level AS level, coalesce(i.title, '') + ' ' + coalesce(i.summary, '') AS text,
       COLLECT { MATCH (i)-[:LEARNED]->(l:Learning)
                 RETURN { id: l.id, title: l.title, kind: l.kind, text: coalesce(l.title, '') + ' ' + coalesce(l.summary, '') } AS l
                 ORDER BY l.id LIMIT ${MAX_OWN_LEARNINGS} } AS learnings,
       ${MISSING_SCOPE_ID} AS missing`,
    { id, scopeIds },
  );
  if (row.missing) return { missing: row.missing as { id: string; field: string } };
  if (!row.exists) return null;
  return { level: row.level as string, text: row.text as string, learnings: row.learnings as OwnLearning[] };
}

export interface PeerEvidenceRequest {
  id: string;
  scope?: InitiativeScope | null;
  /** One full-text query per own learning (see toTextQuery); learnings without words are left out. */
  learningQueries: { id: string; query: string }[];
  /** The full-text query of the initiative's own title and summary ('' for none). */
  ownQuery: string;
  /** Full-text hits read per query. */
  textHits: number;
  /** Text hits scoring less than this share of the text's own score are not evidence. */
  minSimilarity: number;
}

/**
 * Everything that ties other initiatives to initiative `req.id`, in one round trip: shared themes
 * (direct or through commitments, each with how many initiatives work on it), partner and funder
 * organisations (with how many initiatives each works with), champions, networks (with their
 * size), commitments, learnings applied across, their successes on themes of its challenges,
 * learnings similar in text to its own, and descriptions similar to its own; each candidate with
 * its level and how many places (its own and those it is part of) it shares with the initiative.
 * Initiatives joined to it by MEMBER_OF (its network, its members) are not peers; synthetic
 * initiatives are peers only of synthetic ones; candidates outside `req.scope` are left out.
 */
export async function findPeerEvidence(executor: Executor, req: PeerEvidenceRequest): Promise<{ initiatives: number; candidates: PeerCandidate[] }> {
  const { scopeIds: _ids, ...scope } = scopeParams(req.scope, 'filter.');
  const rows = await executor.read(
    `MATCH (i:Initiative {id: $id})
     WITH i, CASE WHEN i.synthetic = true THEN COUNT { (:Initiative) } ELSE COUNT { MATCH (x:Initiative) WHERE x.synthetic IS NULL } END AS initiatives,
       COLLECT { MATCH (i)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(a:Place) RETURN DISTINCT a } AS around
     CALL (i) {
       ${EVIDENCE_BRANCHES}
     }
     // Gathered per candidate first, so the conditions below run once per candidate, not per piece of evidence.
     WITH i, initiatives, around, p, collect(evidence) AS evidence
     WHERE p <> i AND NOT EXISTS { (i)-[:MEMBER_OF]-(p) } AND (i.synthetic = true OR p.synthetic IS NULL) AND ${scopeCondition('p', req.scope)}
     RETURN initiatives, p.id AS id, p.level AS level, evidence,
       size([a IN COLLECT { MATCH (p)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..${PLACE_DEPTH}]->(a:Place) RETURN DISTINCT a } WHERE a IN around]) AS sharedPlaces`,
    {
      id: req.id,
      ...scope,
      learningQueries: req.learningQueries,
      ownQuery: req.ownQuery,
      learningIndex: LEARNING_TEXT_INDEX,
      initiativeIndex: INITIATIVE_TEXT_INDEX,
      textHits: int(req.textHits),
      minSimilarity: req.minSimilarity,
    },
  );
  return {
    initiatives: (rows[0]?.initiatives as number) ?? 0,
    candidates: rows.map((r) => ({ id: r.id as string, level: r.level as string, sharedPlaces: r.sharedPlaces as number, evidence: r.evidence as Evidence[] })),
  };
}

/** Themes of an initiative: its own (ABOUT) and those of the commitments it advances. */
const cypherThemesOf = (v: string, t: string) => `MATCH (${v})-[:ABOUT]->(${t}:Theme) RETURN ${t} UNION MATCH (${v})-[:ADVANCES]->(:Commitment)-[:ABOUT]->(${t}:Theme) RETURN ${t}`;
const cypherInitiativesWorkingOn = (t: string, v: string) => `MATCH (${t})<-[:ABOUT]-(${v}:Initiative) RETURN ${v} UNION MATCH (${t})<-[:ABOUT]-(:Commitment)<-[:ADVANCES]-(${v}:Initiative) RETURN ${v}`;
const cypherInitiativeText = (v: string) => `coalesce(${v}.title, '') + ' ' + coalesce(${v}.summary, '')`;

/** The UNION of every kind of evidence, each branch returning (p, evidence). */
const EVIDENCE_BRANCHES = `
  CALL (i) { ${cypherThemesOf('i', 't')} }
  WITH t, COUNT { ${cypherInitiativesWorkingOn('t', 'x')} } AS df
  // A theme that more than MAX_THEME_FANOUT initiatives work on singles out no peer, and expanding
  // it made every one of them a candidate (peers on a 9,100-initiative graph ran past the timeout).
  WHERE df <= ${MAX_THEME_FANOUT}
  CALL (t) { ${cypherInitiativesWorkingOn('t', 'p')} }
  RETURN p, { kind: 'THEME', id: t.id, name: t.name, count: df, direct: EXISTS { (i)-[:ABOUT]->(t) } AND EXISTS { (p)-[:ABOUT]->(t) } } AS evidence
  UNION
  // Counted once per organisation, before its initiatives are expanded: a hub works with thousands.
  // Both types end at an Initiative (model), so the degree store answers without expanding.
  MATCH (i)<-[ri:COORDINATES|PARTNER_IN]-(o:Organisation)
  WITH i, ri, o, COUNT { (o)-[:COORDINATES|PARTNER_IN]->() } AS reach
  MATCH (o)-[rp:COORDINATES|PARTNER_IN]->(p:Initiative)
  RETURN p, { kind: CASE WHEN ri.role = 'FUNDER' OR rp.role = 'FUNDER' THEN 'FUNDER' ELSE 'PARTNER' END, id: o.id, name: o.name, count: reach } AS evidence
  UNION
  MATCH (i)<-[:CHAMPIONS]-(x:Actor)-[:CHAMPIONS]->(p:Initiative)
  RETURN p, { kind: 'CHAMPION', id: x.id, name: x.name } AS evidence
  UNION
  MATCH (i)-[:MEMBER_OF]->(net:Initiative)
  WITH i, net, COUNT { (net)<-[:MEMBER_OF]-() } AS members
  MATCH (net)<-[:MEMBER_OF]-(p:Initiative)
  RETURN p, { kind: 'NETWORK', id: net.id, name: net.title, count: members } AS evidence
  UNION
  MATCH (i)-[:ADVANCES]->(c:Commitment)<-[:ADVANCES]-(p:Initiative)
  RETURN p, { kind: 'COMMITMENT', id: c.id, name: c.title } AS evidence
  UNION
  MATCH (i)-[:LEARNED]->(l:Learning)<-[:APPLIED]-(p:Initiative)
  RETURN p, { kind: 'APPLIED_OURS', id: l.id, name: l.title } AS evidence
  UNION
  MATCH (i)-[:APPLIED]->(l:Learning)<-[:LEARNED]-(p:Initiative)
  RETURN p, { kind: 'APPLIED_THEIRS', id: l.id, name: l.title } AS evidence
  UNION
  MATCH (i)-[:LEARNED]->(c:Learning)-[:ABOUT]->(t:Theme)
  WHERE c.kind IN ['CHALLENGE', 'FAILURE']
  // Counted once per theme, however many challenges are about it: a success on a theme many
  // initiatives work on says little about this challenge.
  WITH t, collect(c) AS challenges
  WITH t, challenges, COUNT { ${cypherInitiativesWorkingOn('t', 'x')} } AS df
  UNWIND challenges AS c
  MATCH (t)<-[:ABOUT]-(s:Learning {kind: 'SUCCESS'})<-[:LEARNED]-(p:Initiative)
  RETURN p, { kind: 'COMPLEMENT', id: s.id, name: s.title, ownId: c.id, theme: t.name, count: df } AS evidence
  UNION
  UNWIND $learningQueries AS q
  CALL db.index.fulltext.queryNodes($learningIndex, q.query, {limit: $textHits}) YIELD node, score
  WITH q, collect({ m: node, score: score }) AS hits
  // A text's best match is itself: scores become a share of that (0..1), comparable across texts.
  WITH q, hits, coalesce([h IN hits WHERE h.m.id = q.id | h.score][0], hits[0].score) AS own
  UNWIND hits AS h
  WITH q, h.m AS m, h.score / own AS similarity
  WHERE m.id <> q.id AND similarity >= $minSimilarity
  MATCH (m)<-[:LEARNED]-(p:Initiative)
  RETURN p, { kind: 'LEARNING_TEXT', id: m.id, name: m.title, learningKind: m.kind, text: ${cypherInitiativeText('m')}, ownId: q.id, similarity: similarity } AS evidence
  UNION
  WITH i WHERE $ownQuery <> ''
  CALL db.index.fulltext.queryNodes($initiativeIndex, $ownQuery, {limit: $textHits}) YIELD node, score
  WITH i, collect({ p: node, score: score }) AS hits
  WITH hits, coalesce([h IN hits WHERE h.p = i | h.score][0], hits[0].score) AS own
  UNWIND hits AS h
  WITH h.p AS p, h.score / own AS similarity
  WHERE similarity >= $minSimilarity
  RETURN p, { kind: 'DESCRIPTION', id: p.id, name: p.title, text: ${cypherInitiativeText('p')}, similarity: similarity } AS evidence`;

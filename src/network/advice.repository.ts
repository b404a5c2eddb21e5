import type { Executor } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';
import type { LearningKind } from '../model/index.js';
import { LEARNING_FOLDED_INDEX, LEARNING_TEXT_INDEX } from '../neo4j/migrations.js';
import { MISSING_SCOPE_ID, scopeCondition, scopeParams, type InitiativeScope } from './initiative-scope.cypher.js';
import { cypherGraphEdge, cypherGraphNode, PROJECTION_PARAMS, toNetworkEdge, toNetworkNode, type NetworkPath } from './subgraph.js';

/** A learning that answers the problem, with the initiative it came from. */
export interface AdviceHit {
  learningId: string;
  /** Its title and summary, for naming the words it shares with the problem. */
  text: string;
  /** The initiative it came from (the first by id when several LEARNED it); null when none did. */
  initiativeId: string | null;
  /** Full-text relevance: the English and the folded index's scores added. */
  score: number;
}

export interface AdviceRequest {
  /** A full-text query of the problem's words (toTextQuery). */
  query: string;
  first: number;
  kinds?: LearningKind[] | null;
  scope?: InitiativeScope | null;
  includeSynthetic: boolean;
  /** The person or organisation asking, or null. */
  from: string | null;
}

export interface AdviceResult {
  /** The type of node `from` names: null when it names none (or none was given). */
  fromType: string | null;
  /** The first filter id that is no node of its type, with the field holding it. */
  missing: { id: string; field: string } | null;
  hits: AdviceHit[];
}

/** Hits read from each index before filtering: filters (kinds, places) may leave out many. */
const HITS_PER_INDEX = 200;

/**
 * The learnings that best answer a problem, best first, and the checks of `from` and the filter's
 * ids: one round trip. Both learning indexes are asked (English stemming, accent folding) and
 * their scores added, so a word matching in both counts more.
 */
export async function findAdvice(executor: Executor, req: AdviceRequest): Promise<AdviceResult> {
  const { scopeIds, ...scope } = scopeParams(req.scope, 'filter.');
  const scoped = req.scope ? `i IS NOT NULL AND ${scopeCondition('i', req.scope)}` : 'true';
  const [row] = await executor.read(
    `OPTIONAL MATCH (f:Entity {id: $from})
     CALL () {
       CALL () {
         CALL db.index.fulltext.queryNodes($englishIndex, $query, {limit: $hits}) YIELD node, score RETURN node, score
         UNION ALL
         CALL db.index.fulltext.queryNodes($foldedIndex, $query, {limit: $hits}) YIELD node, score RETURN node, score
       }
       WITH node AS l, sum(score) AS score
       WHERE ($kinds IS NULL OR l.kind IN $kinds) AND ($includeSynthetic OR l.synthetic IS NULL)
       WITH l, score, COLLECT { MATCH (l)<-[:LEARNED]-(x:Initiative) RETURN x ORDER BY x.id LIMIT 1 }[0] AS i
       WHERE ${scoped}
       WITH l, score, i ORDER BY score DESC, l.id LIMIT $first
       RETURN collect({ learningId: l.id, text: coalesce(l.title, '') + ' ' + coalesce(l.summary, ''), initiativeId: i.id, score: score }) AS hits
     }
     RETURN [t IN labels(f) WHERE t IN ['Actor', 'Organisation', 'Initiative', 'Learning', 'Commitment', 'Event', 'Place', 'Theme']][0] AS fromType,
       ${MISSING_SCOPE_ID} AS missing, hits`,
    {
      from: req.from,
      query: req.query,
      englishIndex: LEARNING_TEXT_INDEX,
      foldedIndex: LEARNING_FOLDED_INDEX,
      hits: int(HITS_PER_INDEX),
      first: int(req.first),
      kinds: req.kinds ?? null,
      includeSynthetic: req.includeSynthetic,
      ...scope,
      scopeIds,
    },
  );
  return { fromType: (row.fromType as string | null) ?? null, missing: (row.missing as AdviceResult['missing']) ?? null, hits: row.hits as AdviceHit[] };
}

/** WORKS_AT steps at most between the person or organisation asking and one of the initiative's. */
export const INTRODUCTION_STEPS = 4;

/**
 * For each initiative, a shortest way from `from` (a person or organisation) to a person or
 * organisation of the initiative (one that CHAMPIONS, COORDINATES or is PARTNER_IN it), through
 * people and organisations only (WORKS_AT, at most INTRODUCTION_STEPS steps), ending with that
 * tie to the initiative; every relationship with its sources. One round trip for all
 * initiatives. The map has no entry for an initiative out of reach.
 */
export async function findIntroductions(executor: Executor, from: string, initiativeIds: string[]): Promise<Map<string, NetworkPath>> {
  if (initiativeIds.length === 0) return new Map();
  const rows = await executor.read(
    `MATCH (f:Entity {id: $from}) WHERE f:Actor OR f:Organisation
     UNWIND $initiativeIds AS iid
     MATCH (init:Initiative {id: iid})
     CALL (f, init) {
       MATCH (init)<-[tie:CHAMPIONS|COORDINATES|PARTNER_IN]-(m)
       MATCH path = SHORTEST 1 (f)-[:WORKS_AT]-{0,${INTRODUCTION_STEPS}}(m)
       RETURN path, tie ORDER BY length(path), m.id LIMIT 1
     }
     RETURN iid,
       [n IN nodes(path) | ${cypherGraphNode('n')}] + [${cypherGraphNode('init')}] AS nodes,
       [r IN relationships(path) + [tie] | ${cypherGraphEdge('r')}] AS edges,
       [r IN relationships(path) + [tie] | r.sources] AS sources`,
    { from, initiativeIds, ...PROJECTION_PARAMS },
  );
  return new Map(
    rows.map((r) => {
      const sources = r.sources as (string[] | null)[];
      const edges = (r.edges as Record<string, unknown>[]).map((e, i) => ({ ...toNetworkEdge(e), sources: sources[i] ?? null }));
      return [r.iid as string, { length: edges.length, nodes: (r.nodes as Record<string, unknown>[]).map(toNetworkNode), edges }];
    }),
  );
}

import type DataLoader from 'dataloader';
import type { Executor } from '../neo4j/executor.js';
import type { NodeRow } from '../graph/node.repository.js';
import { BadUserInputError } from '../errors.js';
import { nodeNotFound } from './arguments.js';
import { findAdvice, findIntroductions, type AdviceHit, type AdviceRequest } from './advice.repository.js';
import { MAX_PROBLEM_LENGTH } from './advice.types.js';
import type { ReasonRow } from './reason.types.js';
import type { NetworkPath } from './subgraph.js';
import { sharedWords, toTextQuery } from './text-query.js';

export interface AdviceRow {
  score: number;
  learning: NodeRow;
  initiative: NodeRow | null;
  reasons: ReasonRow[];
  introduction: NetworkPath | null;
}

export type AdviceQuestion = Omit<AdviceRequest, 'query'> & { problem: string };

/**
 * The learnings that best answer `q.problem`, grouped by initiative (the initiative of the best
 * answer first, then each group's learnings best first), each with its reasons and, when `q.from`
 * is given, an introduction path. Two round trips, three with `from`, whatever the number of answers.
 * Throws BAD_USER_INPUT naming `problem` when it is empty, too long or only stop words, or
 * naming `from` when it is no person or organisation; NOT_FOUND naming `from` or the filter
 * field that holds an unknown id.
 */
export async function findAdviceAnswers(executor: Executor, nodeById: DataLoader<string, NodeRow | null>, q: AdviceQuestion): Promise<AdviceRow[]> {
  const query = toProblemQuery(q.problem);
  const result = await findAdvice(executor, { ...q, query });
  if (q.from != null && result.fromType === null) throw nodeNotFound('from', q.from);
  if (q.from != null && result.fromType !== 'Actor' && result.fromType !== 'Organisation') {
    throw new BadUserInputError('from', `must be a person or organisation (got ${result.fromType} "${q.from}")`);
  }
  if (result.missing) throw nodeNotFound(result.missing.field, result.missing.id);
  const hits = groupByInitiative(result.hits);
  const initiativeIds = [...new Set(hits.flatMap((h) => (h.initiativeId ? [h.initiativeId] : [])))];
  const introductions = q.from != null ? await findIntroductions(executor, q.from, initiativeIds) : new Map<string, NetworkPath>();
  const introducers = [...introductions.values()].map((p) => p.nodes[p.nodes.length - 2].id);
  const ids = [...new Set([...hits.map((h) => h.learningId), ...initiativeIds, ...introducers])];
  const rows = await nodeById.loadMany(ids);
  const byId = new Map(ids.map((id, i) => [id, rows[i] as NodeRow]));
  return hits.map((h) => {
    const introduction = (h.initiativeId && introductions.get(h.initiativeId)) || null;
    return {
      score: Math.round(h.score * 100) / 100,
      learning: byId.get(h.learningId)!,
      initiative: h.initiativeId ? byId.get(h.initiativeId)! : null,
      reasons: reasonsOf(h, q.problem, introduction, byId),
      introduction,
    };
  });
}

/** The problem as a full-text query; BAD_USER_INPUT naming `problem` when there is nothing to look for. */
function toProblemQuery(problem: string): string {
  if (problem.trim() === '') throw new BadUserInputError('problem', 'must not be empty');
  if (problem.length > MAX_PROBLEM_LENGTH) throw new BadUserInputError('problem', `must be at most ${MAX_PROBLEM_LENGTH} characters (got ${problem.length})`);
  const query = toTextQuery(problem);
  if (query === '') throw new BadUserInputError('problem', 'has no word to look for: only short or common words such as "how" or "the"');
  return query;
}

/**
 * Hits grouped by initiative: groups in the order of their best hit, hits within a group best
 * first (the input is best first, so a stable pass keeps both orders). Hits of no initiative
 * stand alone.
 */
export function groupByInitiative(hits: readonly AdviceHit[]): AdviceHit[] {
  const groups = new Map<string, AdviceHit[]>();
  for (const h of hits) {
    const key = h.initiativeId ?? `learning:${h.learningId}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  return [...groups.values()].flat();
}

/** The problem's words the learning uses, and who can introduce the asker, with their evidence. */
function reasonsOf(h: AdviceHit, problem: string, introduction: NetworkPath | null, byId: Map<string, NodeRow>): ReasonRow[] {
  const words = sharedWords(problem, h.text, 6);
  const reasons: ReasonRow[] = [
    {
      kind: 'MATCHES_PROBLEM',
      text: words.length ? `uses the problem's words: ${words.join(', ')}` : 'uses words related to the problem',
      evidence: byId.get(h.learningId)!,
      weight: Math.round(h.score * 100) / 100,
    },
  ];
  if (introduction) {
    const introducer = introduction.nodes[introduction.nodes.length - 2];
    const via = introduction.nodes.slice(1, -2).map((n) => n.label);
    const tie = introduction.edges[introduction.edges.length - 1].type;
    const own = introduction.nodes.length === 2;
    reasons.push({
      kind: 'INTRODUCTION',
      text: own ? `you are part of it yourself (${tie})` : `${introducer.label} (${tie} the initiative) can introduce you${via.length ? `, through ${via.join(', ')}` : ''}`,
      evidence: byId.get(introducer.id)!,
      weight: 0,
    });
  }
  return reasons;
}

import type DataLoader from 'dataloader';
import type { Executor } from '../neo4j/executor.js';
import type { NodeRow } from '../graph/node.repository.js';
import { nodeNotFound } from './arguments.js';
import type { InitiativeScope } from './initiative-scope.cypher.js';
import { findPeerEvidence, findPeerSubject } from './peers.repository.js';
import { scorePeers, type ScoredPeer } from './peers.scoring.js';
import type { ReasonRow } from './reason.types.js';
import { toTextQuery } from './text-query.js';

/** Full-text hits read per text compared: enough to reach the tail of a small graph's learnings. */
const TEXT_HITS = 50;
/** A text match below this share of the text's own score is noise (measured on the relevance set). */
const MIN_SIMILARITY = 0.12;

export interface PeerRow {
  score: number;
  initiative: NodeRow;
  reasons: ReasonRow[];
}

/**
 * The best `first` peers of initiative `id` in `scope`, each with its reasons and their evidence
 * loaded: three round trips whatever the number of peers (the initiative and the filter's ids,
 * the evidence, then every peer and evidence node through `nodeById`).
 * Throws NOT_FOUND naming `initiativeId`, or the filter field holding an unknown id.
 */
export async function findPeers(
  executor: Executor,
  nodeById: DataLoader<string, NodeRow | null>,
  id: string,
  scope: InitiativeScope | null | undefined,
  first: number,
): Promise<PeerRow[]> {
  const subject = await findPeerSubject(executor, id, scope);
  if (!subject) throw nodeNotFound('initiativeId', id);
  if ('missing' in subject) throw nodeNotFound(subject.missing.field, subject.missing.id);
  const { initiatives, candidates } = await findPeerEvidence(executor, {
    id,
    scope,
    learningQueries: subject.learnings.map((l) => ({ id: l.id, query: toTextQuery(l.text) })).filter((q) => q.query !== ''),
    ownQuery: toTextQuery(subject.text),
    textHits: TEXT_HITS,
    minSimilarity: MIN_SIMILARITY,
  });
  const scored = scorePeers(candidates, { id, level: subject.level, learnings: subject.learnings, initiatives }, first, subject.text);
  return withNodes(nodeById, scored);
}

/** Peers with their initiative and evidence nodes, all loaded in one batch. */
async function withNodes(nodeById: DataLoader<string, NodeRow | null>, scored: ScoredPeer[]): Promise<PeerRow[]> {
  const ids = [...new Set(scored.flatMap((p) => [p.id, ...p.reasons.map((r) => r.evidenceId)]))];
  const rows = await nodeById.loadMany(ids);
  const byId = new Map(ids.map((nodeId, i) => [nodeId, rows[i] as NodeRow]));
  return scored.map((p) => ({
    score: p.score,
    initiative: byId.get(p.id)!,
    reasons: p.reasons.map((r) => ({ kind: r.kind, text: r.text, evidence: byId.get(r.evidenceId)!, weight: r.weight })),
  }));
}

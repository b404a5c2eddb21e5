import type { RequestHandler } from 'express';
import type { DatabaseAvailability } from '../neo4j/availability.js';
import type { Preparation } from '../neo4j/preparation.js';

/** What `/ready` answers: ready, or why not (`state`). */
export type ReadyAnswer = { ready: true } | { ready: false; state: 'migrating' | 'seeding' | 'database-unavailable' };

/** How long one answer is reused: a load balancer polling often costs the database one probe a second. */
const ANSWER_TTL_MS = 1_000;

/**
 * GET /ready: 200 `{ ready: true }` once the database is reachable and prepared (migrations
 * applied, the seed imported); otherwise 503 `{ ready: false, state }`, where state is
 * `database-unavailable` while the database is known to be unreachable, else what preparing it
 * is doing (`migrating`, `seeding`). One probe answers every request of the same second:
 * concurrent callers share it, and the answer is kept for ANSWER_TTL_MS.
 */
export function createReadyHandler(availability: DatabaseAvailability, preparation: Preparation): RequestHandler {
  let cached: { answer: ReadyAnswer; expires: number } | undefined;
  let pending: Promise<ReadyAnswer> | undefined;
  const answer = async (): Promise<ReadyAnswer> => {
    await availability.probe();
    if (!availability.isAvailable) return { ready: false, state: 'database-unavailable' };
    if (preparation.state !== 'ready') return { ready: false, state: preparation.state };
    return { ready: true };
  };
  return (_req, res, next) => {
    if (cached && cached.expires > Date.now()) return void send(res, cached.answer);
    pending ??= answer()
      .then((fresh) => {
        cached = { answer: fresh, expires: Date.now() + ANSWER_TTL_MS };
        return fresh;
      })
      .finally(() => (pending = undefined));
    pending.then((fresh) => send(res, fresh), next);
  };
}

function send(res: Parameters<RequestHandler>[1], answer: ReadyAnswer): void {
  res.status(answer.ready ? 200 : 503).set('cache-control', 'no-store').json(answer);
}

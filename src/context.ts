import type { Config } from './config.js';
import { Executor } from './neo4j/executor.js';
import { createLoaders, type Loaders } from './graph/loaders.js';
import type { Driver } from 'neo4j-driver';
import type { DatabaseAvailability } from './neo4j/availability.js';
import type { ChangeFeed } from './changes/change-feed.js';
import { Deadline } from './neo4j/deadline.js';
import { createHeavyWork, type HeavyWork } from './network/heavy-work.service.js';

/** Who is calling, from a verified bearer token; `null` for anonymous readers. */
export interface User {
  subject: string;
  role: 'editor' | 'admin';
  /** The organisation an editor acts for. */
  organisationId?: string;
}

/** Everything a resolver may use. One per request. */
export interface Context {
  config: Readonly<Config>;
  executor: Executor;
  loaders: Loaders;
  user: User | null;
  /** The id the client sees in x-request-id and errors (its own when it sent a sane one). */
  requestId: string;
  /** Made by the server for every request: what the audit trail records, whatever the client sends. */
  serverRequestId: string;
  /** The client's x-request-id, when it sent one; kept beside serverRequestId, never instead of it. */
  clientRequestId: string | null;
  /** The process's change feed, which subscriptions read; null where none runs (e.g. the CLI). */
  changeFeed: ChangeFeed | null;
  /** The server's bounds on heavy work (limiter, caches, metrics worker): shared by all its requests. */
  heavy: HeavyWork;
  /** When this request must be answered by (REQUEST_TIMEOUT_MS); the executor and heavy work keep to it. */
  deadline: Deadline;
}

/** Heavy-work bounds for contexts made without a server's (tests that call createContext directly). */
let standaloneHeavyWork: HeavyWork | undefined;

/**
 * Creates the context of one request: a fresh executor (its own round-trip count, bound by the
 * request's deadline, which starts now) and fresh loaders. `heavy` is the server's (one per
 * process); without it, one shared by such contexts is made. `serverRequestId` defaults to
 * `requestId` for contexts made outside an HTTP request (tests, tools). A subscription's context
 * (`longLived`) lives as long as its stream: its statements keep the transaction timeout only.
 */
export function createContext(
  deps: { config: Readonly<Config>; driver: Driver; availability?: DatabaseAvailability; changeFeed?: ChangeFeed | null; heavy?: HeavyWork },
  request: { user: User | null; requestId: string; serverRequestId?: string; clientRequestId?: string | null; longLived?: boolean },
): Context {
  const deadline = new Deadline(deps.config.requestTimeoutMs);
  const executor = new Executor(deps.driver, deps.config.neo4j.database, deps.config.neo4j.transactionTimeoutMs, deps.availability, request.longLived ? undefined : deadline);
  return {
    heavy: deps.heavy ?? (standaloneHeavyWork ??= createHeavyWork(deps.config)),
    deadline,
    config: deps.config,
    executor,
    loaders: createLoaders(executor),
    user: request.user,
    requestId: request.requestId,
    serverRequestId: request.serverRequestId ?? request.requestId,
    clientRequestId: request.clientRequestId ?? null,
    changeFeed: deps.changeFeed ?? null,
  };
}

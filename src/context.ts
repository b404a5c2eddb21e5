import type { Config } from './config.js';
import { Executor } from './neo4j/executor.js';
import { createLoaders, type Loaders } from './graph/loaders.js';
import type { Driver } from 'neo4j-driver';
import type { DatabaseAvailability } from './neo4j/availability.js';
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
  requestId: string;
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
 * process); without it, one shared by such contexts is made.
 */
export function createContext(
  deps: { config: Readonly<Config>; driver: Driver; availability?: DatabaseAvailability; heavy?: HeavyWork },
  request: { user: User | null; requestId: string },
): Context {
  const deadline = new Deadline(deps.config.requestTimeoutMs);
  const executor = new Executor(deps.driver, deps.config.neo4j.database, deps.config.neo4j.transactionTimeoutMs, deps.availability, deadline);
  return {
    heavy: deps.heavy ?? (standaloneHeavyWork ??= createHeavyWork(deps.config)),
    deadline,
    config: deps.config,
    executor,
    loaders: createLoaders(executor),
    user: request.user,
    requestId: request.requestId,
  };
}

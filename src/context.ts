import type { Config } from './config.js';
import { Executor } from './neo4j/executor.js';
import { createLoaders, type Loaders } from './graph/loaders.js';
import type { Driver } from 'neo4j-driver';
import type { DatabaseAvailability } from './neo4j/availability.js';
import type { ChangeFeed } from './changes/change-feed.js';

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
  /** The process's change feed, which subscriptions read; null where none runs (e.g. the CLI). */
  changeFeed: ChangeFeed | null;
}

/** Creates the context of one request: a fresh executor (its own round-trip count) and fresh loaders. */
export function createContext(
  deps: { config: Readonly<Config>; driver: Driver; availability?: DatabaseAvailability; changeFeed?: ChangeFeed | null },
  request: { user: User | null; requestId: string },
): Context {
  const executor = new Executor(deps.driver, deps.config.neo4j.database, deps.config.neo4j.transactionTimeoutMs, deps.availability);
  return {
    config: deps.config,
    executor,
    loaders: createLoaders(executor),
    user: request.user,
    requestId: request.requestId,
    changeFeed: deps.changeFeed ?? null,
  };
}

import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Context, User } from '../context.js';
import type { Logger } from '../logger.js';
import type { ChangeFeed } from '../changes/change-feed.js';
import type { DatabaseAvailability } from '../neo4j/availability.js';
import type { SubscriptionSlots } from './subscription-slots.js';

/** What both subscription transports (SSE and WebSocket) need from the server. */
export interface SubscriptionDeps {
  config: Readonly<Config>;
  schema: GraphQLSchema;
  logger: Logger;
  slots: SubscriptionSlots;
  changeFeed: ChangeFeed;
  /** The server's bearer-token check: null for anonymous, throws UNAUTHENTICATED for a bad token. */
  authenticate(authorization: string | undefined): Promise<User | null>;
  /** A context for one subscription (its own executor, loaders and the change feed). */
  createContext(user: User | null, requestId: string): Context;
}

/** Only what createContext needs, to build SubscriptionDeps.createContext in server.ts. */
export interface ContextDeps {
  config: Readonly<Config>;
  driver: Driver;
  availability: DatabaseAvailability;
  changeFeed: ChangeFeed;
}

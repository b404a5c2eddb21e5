import http from 'node:http';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createContext, type Context } from './context.js';
import { createAuthenticator } from './auth/token.js';
import { ErrorCode, RateLimitedError } from './errors.js';
import { DatabaseAvailability } from './neo4j/availability.js';
import type { Preparation } from './neo4j/preparation.js';
import { Executor } from './neo4j/executor.js';
import { setStatementLog } from './neo4j/statement-log.js';
import { configureExecution } from './execution/index.js';
import { createReadyHandler } from './http/ready.js';
import { attachRequestLog, createRequestLogger, type RequestLog } from './http/request-log.js';
import { appMessageClasses, createGraphqlEndpoint, type GraphqlEndpoint } from './http/graphql-endpoint/index.js';
import { createCors } from './http/cors.js';
import { RateLimiter, limitByClientIp } from './http/rate-limit.js';
import { sendHttpError } from './http/http-errors.js';
import { mountExplorer } from './http/explorer.js';
import { mountPlayground } from './http/playground.js';
import { listen } from './http/listen.js';
import { SubscriptionSlots } from './http/subscription-slots.js';
import type { SubscriptionDeps } from './http/subscription-deps.js';
import { createSseSubscriptions, wantsEventStream } from './http/sse-subscriptions.js';
import { attachWebSocketSubscriptions } from './http/ws-subscriptions.js';
import { createExportRouter } from './network/export.routes.js';
import { createHeavyWork, type HeavyWork } from './network/heavy-work.service.js';
import { ChangeFeed } from './changes/change-feed.js';
import { VERSION } from './version.js';

export interface ServerDeps {
  config: Readonly<Config>;
  driver: Driver;
  schema: GraphQLSchema;
  logger: Logger;
  /** How far preparing the database has got: `/ready` answers 200 only once it is `ready`. */
  preparation: Preparation;
}

export interface LociServer {
  app: Express;
  httpServer: http.Server;
  /** Whether the database is reachable, as last seen (fails requests fast while it is down). */
  availability: DatabaseAvailability;
  /** Starts listening; resolves with the port (useful with PORT=0). */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting requests, drains those in flight, then resolves. Leaves the driver open. */
  stop(): Promise<void>;
}

/** What every route shares, made once per server: the database gate, limiters, heavy work, the change feed. */
interface Shared {
  services: { config: Readonly<Config>; driver: Driver; availability: DatabaseAvailability; changeFeed: ChangeFeed; heavy: HeavyWork };
  authenticate: ReturnType<typeof createAuthenticator>;
  ipLimiter: RateLimiter;
  subjectLimiter: RateLimiter;
}

/** The last resort of the HTTP app: a masked 500 in the GraphQL error shape, never a stack trace. */
function createFinalErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    logger.error({ err: error, path: req.path, requestId: (res.locals.requestLog as RequestLog | undefined)?.requestId }, 'internal error');
    sendHttpError(res, 500, 'Internal server error', { code: ErrorCode.INTERNAL_SERVER_ERROR });
  };
}

function createShared({ config, driver, logger }: ServerDeps): Shared {
  const availability = new DatabaseAvailability(driver, { database: config.neo4j.database, probeIntervalMs: config.dbProbeIntervalMs });
  // Learn at once whether the database answers, so that requests fail fast if it does not.
  void availability.probe();
  const { windowMs, perIp, perSubject } = config.http.rateLimit;
  const subscriptions = config.subscriptions;
  // One poller per process, shared by every subscriber; its reads are not any request's.
  const changeFeed = new ChangeFeed(
    new Executor(driver, config.neo4j.database, config.neo4j.transactionTimeoutMs, availability),
    { minIntervalMs: subscriptions.pollMinMs, maxIntervalMs: subscriptions.pollMaxMs, batchSize: 500, maxQueued: subscriptions.queueMax },
    logger,
  );
  return {
    // One heavy-work limiter per server: the limit is process-wide, not per request or client.
    services: { config, driver, availability, changeFeed, heavy: createHeavyWork(config) },
    authenticate: createAuthenticator(config),
    ipLimiter: new RateLimiter(perIp, windowMs),
    subjectLimiter: new RateLimiter(perSubject, windowMs),
  };
}

/** A GraphQL request's context: its user (authenticated, then held to the per-subject limit) and its log. */
async function createRequestContext(shared: Shared, config: Readonly<Config>, req: Request, log: RequestLog): Promise<Context> {
  const user = await shared.authenticate(req.headers.authorization);
  if (user) {
    const { windowMs, perSubject } = config.http.rateLimit;
    const decision = shared.subjectLimiter.hit(`sub:${user.subject}`);
    if (!decision.allowed) throw new RateLimitedError('requestsPerSubject', perSubject, windowMs, decision.retryAfterSeconds);
  }
  const context = createContext(shared.services, { user, requestId: log.requestId, serverRequestId: log.serverRequestId, clientRequestId: log.clientRequestId ?? null });
  attachRequestLog(context, log);
  return context;
}

function subscriptionDepsOf(deps: ServerDeps, shared: Shared): SubscriptionDeps {
  const { config, schema, logger } = deps;
  return {
    config,
    schema,
    logger,
    slots: new SubscriptionSlots(config.subscriptions.max, config.subscriptions.perIp),
    changeFeed: shared.services.changeFeed,
    authenticate: shared.authenticate,
    createContext: (user, requestId) => createContext(shared.services, { user, requestId, longLived: true }),
  };
}

/** Mounts every route; /graphql first: the router tries every layer in order, and most requests are GraphQL ones. */
function mountRoutes(app: Express, deps: ServerDeps, shared: Shared, endpoint: GraphqlEndpoint, subscriptionDeps: SubscriptionDeps): void {
  const { config, logger } = deps;
  const requestLogger = createRequestLogger(logger);
  const cors = createCors(config.http.corsOrigins);
  const perIp = limitByClientIp(shared.ipLimiter);
  mountPlayground(app);
  // Subscriptions over SSE: the same path, told apart by Accept: text/event-stream.
  const sse = express.Router().use(requestLogger, cors, perIp, createSseSubscriptions(subscriptionDeps));
  app.use('/graphql', (req, res, next) => (wantsEventStream(req.headers) ? sse(req, res, next) : next()));
  app.use('/graphql', endpoint.handler);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', pid: process.pid, version: VERSION, uptimeSeconds: Math.round(process.uptime()) });
  });
  // Rate limited like every other route: each uncached answer costs the database a probe.
  app.get('/ready', perIp, createReadyHandler(shared.services.availability, deps.preparation));
  app.use('/export', requestLogger, cors, perIp, createExportRouter({ config, driver: deps.driver, logger, heavy: shared.services.heavy }));
  mountExplorer(app);
}

/**
 * Wires the HTTP app: GraphQL at /graphql, network downloads at /export, /health and /ready.
 * Does not listen, so tests can start it on a free port.
 *
 * A GraphQL request passes, in order: request id and log line, CORS, the per-IP rate limit, the
 * JSON body rules (415, 413, 400), the token limit, then Apollo: CSRF prevention, the context
 * (authentication, the per-subject rate limit), parse, validation, the depth/alias/cost limits,
 * execution (src/http/graphql-endpoint, src/execution). Every check before execution costs the
 * database nothing.
 */
export async function createServer(deps: ServerDeps): Promise<LociServer> {
  const { config, logger } = deps;
  const { jit, selectionMemo, skipCallerStacks, bornPrototypes } = config.performance;
  configureExecution({ jit, selectionMemo, skipCallerStacks });
  // Cypher's debug channel: every statement with its parameters' shape and time, at LOG_LEVEL=debug.
  setStatementLog(logger);
  const app = express();
  // Its request listener is added once the app is mounted (the endpoint's listener).
  const httpServer = bornPrototypes ? http.createServer(appMessageClasses(app)) : http.createServer();
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  const shared = createShared(deps);
  const endpoint = await createGraphqlEndpoint({
    schema: deps.schema,
    config,
    logger,
    httpServer,
    before: [createRequestLogger(logger), createCors(config.http.corsOrigins), limitByClientIp(shared.ipLimiter)],
    createContext: (req, _res, log) => createRequestContext(shared, config, req, log),
  });
  const subscriptionDeps = subscriptionDepsOf(deps, shared);
  mountRoutes(app, deps, shared, endpoint, subscriptionDeps);
  const closeWebSockets = attachWebSocketSubscriptions(httpServer, subscriptionDeps);
  const finalErrorHandler = createFinalErrorHandler(logger);
  app.use(finalErrorHandler);
  httpServer.on('request', endpoint.listener(app, finalErrorHandler));
  return {
    app,
    httpServer,
    availability: shared.services.availability,
    listen: (port, host) => listen(httpServer, port, host),
    stop: async () => {
      shared.services.changeFeed.close();
      await closeWebSockets();
      await endpoint.apollo.stop();
      shared.services.availability.close();
      shared.ipLimiter.close();
      shared.subjectLimiter.close();
      await shared.services.heavy.close();
    },
  };
}

import http from 'node:http';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createContext, type Context } from './context.js';
import { createAuthenticator } from './auth/token.js';
import { ErrorCode, RateLimitedError, mapNeo4jError } from './errors.js';
import { DatabaseAvailability } from './neo4j/availability.js';
import type { Preparation } from './neo4j/preparation.js';
import { createReadyHandler } from './http/ready.js';
import { createQueryLimitsPlugin } from './graphql/query-limits.plugin.js';
import { createRequestLogPlugin } from './http/request-log.plugin.js';
import { attachRequestLog, createRequestLogger, type RequestLog } from './http/request-log.js';
import { apolloHandler } from './http/apollo-handler.js';
import { chain } from './http/chain.js';
import { appMessageClasses, graphqlFastPath } from './http/graphql-fast-path.js';
import { createCors } from './http/cors.js';
import { RateLimiter, limitByClientIp } from './http/rate-limit.js';
import { bodyErrorHandler, graphqlBody } from './http/graphql-body.js';
import { sendHttpError } from './http/http-errors.js';
import { limitQueryTokens } from './http/query-tokens.js';
import { createExportRouter } from './network/export.routes.js';
import { createHeavyWork } from './network/heavy-work.service.js';
import { mountExplorer } from './http/explorer.js';
import { mountPlayground } from './http/playground.js';
import { VERSION } from './version.js';
import { listen } from './http/listen.js';
import { jitGateway } from './graphql/jit-executor.js';
import { Executor } from './neo4j/executor.js';
import { ChangeFeed } from './changes/change-feed.js';
import { SubscriptionSlots } from './http/subscription-slots.js';
import type { SubscriptionDeps } from './http/subscription-deps.js';
import { createSseSubscriptions, wantsEventStream } from './http/sse-subscriptions.js';
import { attachWebSocketSubscriptions } from './http/ws-subscriptions.js';

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

/** Adds `extensions.db = { roundTrips, timeMs }` to responses of requests sent with `x-loci-debug: 1`. */
const dbStatsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    if (request.http?.headers.get('x-loci-debug') !== '1') return;
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const { roundTrips, timeMs } = contextValue.executor.stats;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          db: { roundTrips, timeMs: Math.round(timeMs * 100) / 100 },
        };
      },
    };
  },
};

/** The coded error errors.ts maps a Neo4j error to (SERVICE_UNAVAILABLE, QUERY_TIMEOUT...), or null. */
function mappedNeo4jError(error: unknown): GraphQLError | null {
  const original = unwrapResolverError(error);
  const mapped = mapNeo4jError(original);
  return mapped instanceof GraphQLError && mapped !== original ? mapped : null;
}

/** Whether an error is masked as INTERNAL_SERVER_ERROR: no client code (or that one), and not a mapped Neo4j error. */
function isInternalError(error: unknown): boolean {
  if (mappedNeo4jError(error)) return false;
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return !code || code === ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Client errors pass through; Neo4j errors are mapped once (errors.ts); anything else is masked
 * as INTERNAL_SERVER_ERROR (the request-log plugin logs it in full, with the request id it adds
 * to every error).
 */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const mapped = mappedNeo4jError(error);
  if (mapped) {
    const { http: _http, ...extensions } = mapped.extensions;
    return { ...formatted, message: mapped.message, extensions };
  }
  if (!isInternalError(error)) return formatted;
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** The last resort of the HTTP app: a masked 500 in the GraphQL error shape, never a stack trace. */
function createFinalErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    logger.error({ err: error, path: req.path, requestId: (res.locals.requestLog as RequestLog | undefined)?.requestId }, 'internal error');
    sendHttpError(res, 500, 'Internal server error', { code: ErrorCode.INTERNAL_SERVER_ERROR });
  };
}

/**
 * Wires the HTTP app: GraphQL at /graphql, network downloads at /export, /health and /ready.
 * Does not listen, so tests can start it on a free port.
 *
 * A GraphQL request passes, in order: request id and log line, CORS, the per-IP rate limit, the
 * JSON body rules (415, 413, 400), the token limit, then Apollo: CSRF prevention, the context
 * (authentication, the per-subject rate limit), parse, validation, the depth/alias/cost limits,
 * execution. Every check before execution costs the database nothing.
 */
export async function createServer({ config, driver, schema, logger, preparation }: ServerDeps): Promise<LociServer> {
  const app = express();
  // Its request listener is added once the app is mounted (graphqlFastPath).
  const httpServer = http.createServer(appMessageClasses(app));
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);

  const availability = new DatabaseAvailability(driver, { database: config.neo4j.database, probeIntervalMs: config.dbProbeIntervalMs });
  // Learn at once whether the database answers, so that requests fail fast if it does not.
  void availability.probe();
  const authenticate = createAuthenticator(config);
  const { windowMs, perIp, perSubject } = config.http.rateLimit;
  const ipLimiter = new RateLimiter(perIp, windowMs);
  const subjectLimiter = new RateLimiter(perSubject, windowMs);
  // One per server: the limit on heavy work is process-wide, not per request or client.
  const heavy = createHeavyWork(config);

  const subscriptions = config.subscriptions;
  // One poller per process, shared by every subscriber; its reads are not any request's.
  const changeFeed = new ChangeFeed(
    new Executor(driver, config.neo4j.database, config.neo4j.transactionTimeoutMs, availability),
    { minIntervalMs: subscriptions.pollMinMs, maxIntervalMs: subscriptions.pollMaxMs, batchSize: 500, maxQueued: subscriptions.queueMax },
    logger,
  );
  const subscriptionDeps: SubscriptionDeps = {
    config,
    schema,
    logger,
    slots: new SubscriptionSlots(subscriptions.max, subscriptions.perIp),
    changeFeed,
    authenticate,
    createContext: (user, requestId) => createContext({ config, driver, availability, changeFeed, heavy }, { user, requestId, longLived: true }),
  };

  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema),
    introspection: config.introspection,
    // "Did you mean ...?" hints describe the schema; without introspection they must not leak it.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    maxRecursiveSelections: true,
    // main.ts owns the signal handling (drain, close the driver, stop the local Neo4j, exit).
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      createQueryLimitsPlugin(config),
      createRequestLogPlugin(logger, isInternalError),
      dbStatsPlugin,
    ],
  });
  await apollo.start();

  const requestLogger = createRequestLogger(logger);
  mountPlayground(app);
  // /graphql first: the router tries every layer in order, and most requests are GraphQL ones
  // (POSTs skip the router altogether: graphqlFastPath).
  const graphql = chain([
    requestLogger,
    createCors(config.http.corsOrigins),
    limitByClientIp(ipLimiter),
    ...graphqlBody(config.limits.maxBodySize),
    bodyErrorHandler,
    limitQueryTokens(config.limits.maxTokens),
    apolloHandler(apollo, async (req, res) => {
      const log = res.locals.requestLog as RequestLog;
      try {
        const user = await authenticate(req.headers.authorization);
        if (user) {
          const decision = subjectLimiter.hit(`sub:${user.subject}`);
          if (!decision.allowed) throw new RateLimitedError('requestsPerSubject', perSubject, windowMs, decision.retryAfterSeconds);
        }
        const context = createContext({ config, driver, availability, changeFeed, heavy }, { user, requestId: log.requestId, serverRequestId: log.serverRequestId, clientRequestId: log.clientRequestId ?? null });
        attachRequestLog(context, log);
        return context;
      } catch (error) {
        // Apollo answers without running any plugin; the masked error is logged here.
        if (isInternalError(error)) logger.error({ err: error, requestId: log.requestId }, 'internal error');
        throw error;
      }
    }),
  ]);
  // Subscriptions over SSE: the same path, told apart by Accept: text/event-stream.
  const sse = chain([requestLogger, createCors(config.http.corsOrigins), limitByClientIp(ipLimiter), createSseSubscriptions(subscriptionDeps)]);
  app.use('/graphql', (req, res, next) => (wantsEventStream(req.headers) ? sse(req, res, next) : next()));
  app.use('/graphql', graphql);
  const closeWebSockets = attachWebSocketSubscriptions(httpServer, subscriptionDeps);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', pid: process.pid, version: VERSION, uptimeSeconds: Math.round(process.uptime()) });
  });
  // Rate limited like every other route: each uncached answer costs the database a probe.
  app.get('/ready', limitByClientIp(ipLimiter), createReadyHandler(availability, preparation));
  app.use('/export', requestLogger, createCors(config.http.corsOrigins), limitByClientIp(ipLimiter), createExportRouter({ config, driver, logger, heavy }));
  mountExplorer(app);
  const finalErrorHandler = createFinalErrorHandler(logger);
  app.use(finalErrorHandler);
  httpServer.on('request', graphqlFastPath(app, graphql, finalErrorHandler));

  return {
    app,
    httpServer,
    availability,
    listen: (port, host) => listen(httpServer, port, host),
    stop: async () => {
      changeFeed.close();
      await closeWebSockets();
      await apollo.stop();
      availability.close();
      ipLimiter.close();
      subjectLimiter.close();
      await heavy.close();
    },
  };
}

import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import type { Logger } from '../../logger.js';
import { ErrorCode, mapNeo4jError } from '../../errors.js';
import { jitGateway } from '../../execution/index.js';
import { createQueryLimitsPlugin } from '../../graphql/query-limits.plugin.js';
import { createRequestLogPlugin } from './request-log.plugin.js';

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
export function isInternalError(error: unknown): boolean {
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

/**
 * The started Apollo Server of `schema`: CSRF prevention, the query limits, the request log and
 * errors masked as above; operations execute through graphql-jit (src/execution). Apollo drains
 * `httpServer` when stopped.
 */
export async function startApolloServer(schema: GraphQLSchema, config: Readonly<Config>, logger: Logger, httpServer: http.Server): Promise<ApolloServer<Context>> {
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
  return apollo;
}

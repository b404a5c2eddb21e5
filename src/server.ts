import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { createContext, type Context } from './context.js';
import { authenticate } from './auth/token.js';
import { ErrorCode, mapNeo4jError } from './errors.js';
import { isDatabaseReady } from './neo4j/driver.js';
import { createExportRouter } from './network/export.routes.js';
import { mountPlayground } from './http/playground.js';
import { mountExplorer } from './http/explorer.js';
import { VERSION } from './version.js';

export interface ServerDeps {
  config: Readonly<Config>;
  driver: Driver;
  schema: GraphQLSchema;
  logger: Logger;
}

export interface LociServer {
  app: Express;
  httpServer: http.Server;
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

/**
 * Client errors pass through; Neo4j errors are mapped once (errors.ts); anything else is masked
 * as INTERNAL_SERVER_ERROR. The full error is logged.
 */
function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const mapped = mapNeo4jError(original);
    if (mapped instanceof GraphQLError) {
      return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
    }
    if (formatted.extensions?.code && formatted.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    logger.error({ err: original, path: formatted.path }, 'internal error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * Wires the HTTP app: GraphQL at /graphql (the playground for browsers), network downloads at
 * /export, /health and /ready. Does not listen, so tests can start it on a free port.
 */
export async function createServer({ config, driver, schema, logger }: ServerDeps): Promise<LociServer> {
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signal handling (drain, close the driver, stop the local Neo4j, exit).
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), dbStatsPlugin],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', pid: process.pid, version: VERSION, uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await isDatabaseReady(driver, config.neo4j.database);
    res.status(ready ? 200 : 503).json({ ready, database: ready ? 'up' : 'unavailable' });
  });
  app.use('/export', createExportRouter({ config, driver, logger }));
  mountPlayground(app);
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        const user = await authenticate(req.headers.authorization, config.jwtSecret);
        return createContext({ config, driver, logger }, { user, requestId });
      },
    }),
  );
  mountExplorer(app);

  return {
    app,
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as { port: number }).port));
      }),
    stop: () => apollo.stop(),
  };
}

// The HTTP GraphQL endpoint's seam: the only module of src/http/graphql-endpoint others import.
// A POST to /graphql passes: the fast path (no Express router), one chained layer of handlers
// (request log, CORS, per-IP limit, body rules, token limit) and Apollo (CSRF, context, parse,
// validate, query limits, execution). docs/PERFORMANCE.md maps each trick to its measurement,
// invariant, test and switch.
import type http from 'node:http';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../../config.js';
import type { Context } from '../../context.js';
import type { Logger } from '../../logger.js';
import type { RequestLog } from '../request-log.js';
import { apolloHandler } from './apollo-handler.js';
import { isInternalError, startApolloServer } from './apollo-server.js';
import { bodyErrorHandler, graphqlBody } from './body.js';
import { chain } from './chain.js';
import { graphqlFastPath } from './fast-path.js';
import { limitQueryTokens } from './query-tokens.js';

export { appMessageClasses } from './fast-path.js';

export interface GraphqlEndpointDeps {
  schema: GraphQLSchema;
  config: Readonly<Config>;
  logger: Logger;
  httpServer: http.Server;
  /** The handlers every route runs first: request id and log line, CORS, the per-IP limit. */
  before: RequestHandler[];
  /** The request's context (authentication, the per-subject limit); it may throw a coded error. */
  createContext(req: Request, res: Response, log: RequestLog): Promise<Context>;
}

export interface GraphqlEndpoint {
  /** What the app mounts at /graphql (and what the fast path runs). */
  handler: RequestHandler;
  apollo: ApolloServer<Context>;
  /** The HTTP server's request listener: POST /graphql straight to `handler`, the rest to `app`. */
  listener(app: Express, finalErrorHandler: ErrorRequestHandler): http.RequestListener;
}

/** Starts Apollo and assembles the /graphql handler; HTTP_CHAIN and HTTP_FAST_PATH turn those tricks off. */
export async function createGraphqlEndpoint(deps: GraphqlEndpointDeps): Promise<GraphqlEndpoint> {
  const { config, logger } = deps;
  const apollo = await startApolloServer(deps.schema, config, logger, deps.httpServer);
  const handlers = [
    ...deps.before,
    ...graphqlBody(config.limits.maxBodySize),
    bodyErrorHandler,
    limitQueryTokens(config.limits.maxTokens),
    apolloHandler(apollo, async (req, res) => {
      const log = res.locals.requestLog as RequestLog;
      try {
        return await deps.createContext(req, res, log);
      } catch (error) {
        // Apollo answers without running any plugin; the masked error is logged here.
        if (isInternalError(error)) logger.error({ err: error, requestId: log.requestId }, 'internal error');
        throw error;
      }
    }),
  ];
  const handler = config.performance.chain ? chain(handlers) : express.Router().use(handlers);
  return {
    handler,
    apollo,
    listener: (app, finalErrorHandler) => (config.performance.fastPath ? graphqlFastPath(app, handler, finalErrorHandler) : app),
  };
}

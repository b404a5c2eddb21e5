import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';
import type { Logger } from '../../logger.js';
import { ErrorCode } from '../../errors.js';
import { requestLogOf } from '../request-log.js';

/**
 * Fills the request's log line (src/http/request-log.ts) with what only GraphQL knows: the
 * operation name, the user, the database stats of its executor and the code of every error sent
 * back. Gives every error of the answer the request id (`extensions.requestId`), and logs each
 * error that is masked as internal, in full, with that id. Answers Apollo gives before this
 * pipeline runs get the same from the HTTP handler (src/http/apollo-handler.ts).
 *
 * `isInternal` is the error formatter's own rule (server.ts), so what is logged here is exactly
 * what clients see masked.
 */
export function createRequestLogPlugin(logger: Logger, isInternal: (error: GraphQLError) => boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const log = requestLogOf(contextValue);
      if (!log) return;
      log.graphqlPipeline = true;
      log.stats = contextValue.executor.stats;
      log.operationName = request.operationName ?? null;
      if (contextValue.user) Object.assign(log, { subject: contextValue.user.subject, role: contextValue.user.role });
      return {
        async didResolveOperation({ operationName }) {
          log.operationName = operationName;
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (isInternal(error)) logger.error({ err: error.originalError ?? error, path: error.path, requestId: log.requestId }, 'internal error');
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            log.errorCodes.push(String(error.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
            return { ...error, extensions: { ...error.extensions, requestId: log.requestId } };
          });
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { currentRequestLog } from '../http/request-log.js';

/**
 * Fills the request's log line (src/http/request-log.ts) with what only GraphQL knows: the
 * operation name, the user and the database stats of its executor. Error codes are added by the
 * error formatter, which sees every error, including those raised before execution.
 */
export const requestLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue, request }) {
    const log = currentRequestLog();
    if (!log) return;
    log.stats = contextValue.executor.stats;
    log.operationName = request.operationName ?? null;
    if (contextValue.user) Object.assign(log, { subject: contextValue.user.subject, role: contextValue.user.role });
    return {
      async didResolveOperation({ operationName }) {
        log.operationName = operationName;
      },
    };
  },
};

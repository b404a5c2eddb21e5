import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/http';
import { ErrorCode } from '../errors.js';
import type { Context } from '../context.js';
import { prepareSubscription } from './subscription-operation.js';
import type { SubscriptionDeps } from './subscription-deps.js';

/** Whether a request asks for a GraphQL-over-SSE stream (graphql-sse's distinct connections mode). */
export function wantsEventStream(headers: { accept?: string }): boolean {
  return headers.accept !== undefined && headers.accept.includes('text/event-stream');
}

type SseResponse = readonly [string, { status: number; statusText: string; headers: Record<string, string> }];

function jsonResponse(status: number, statusText: string, errors: readonly GraphQLError[], headers: Record<string, string> = {}): SseResponse {
  return [JSON.stringify({ errors: errors.map((e) => e.toJSON()) }), { status, statusText, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } }];
}

/** Writes an SSE comment line every `ms` while the stream is open, so proxies keep an idle stream open. */
function startHeartbeat(res: ServerResponse, ms: number): void {
  const timer = setInterval(() => {
    if (res.headersSent && !res.writableEnded) res.write(':\n\n');
  }, ms);
  timer.unref();
  res.once('close', () => clearInterval(timer));
}

/**
 * Subscriptions over GraphQL-over-SSE at /graphql (requests that accept text/event-stream):
 * subscription operations only, the same bearer tokens as POST, a slot per stream under the
 * per-IP and global caps (429 with Retry-After beyond them), heartbeats while idle.
 */
export function createSseSubscriptions(deps: SubscriptionDeps): RequestHandler {
  const handler = createHandler<Context & Record<PropertyKey, unknown>>({
    schema: deps.schema,
    onSubscribe: async (req, params) => {
      const raw = req.raw as Request;
      const res = req.context.res;
      const prepared = prepareSubscription(deps.schema, params.query, params.operationName, deps.config.limits.maxTokens);
      if (prepared.errors) return jsonResponse(400, 'Bad Request', prepared.errors);
      let user;
      try {
        user = await deps.authenticate(raw.headers.authorization);
      } catch (error) {
        if (error instanceof GraphQLError) return jsonResponse(401, 'Unauthorized', [error]);
        throw error;
      }
      const slot = deps.slots.acquire(raw.ip ?? raw.socket.remoteAddress ?? 'unknown');
      if ('refusedBy' in slot) {
        const error = new GraphQLError(`${slot.refusedBy}: at most ${slot.max} open subscriptions; close one or try again later`, {
          extensions: { code: ErrorCode.RATE_LIMITED, limit: slot.refusedBy, max: slot.max },
        });
        return jsonResponse(429, 'Too Many Requests', [error], { 'retry-after': '30' });
      }
      res.once('close', slot.release);
      startHeartbeat(res, deps.config.subscriptions.heartbeatMs);
      return {
        schema: deps.schema,
        document: prepared.document,
        variableValues: params.variables,
        operationName: params.operationName,
        contextValue: deps.createContext(user, randomUUID()) as Context & Record<PropertyKey, unknown>,
      };
    },
  });
  return (req, res, next) => {
    handler(req, res).catch(next);
  };
}

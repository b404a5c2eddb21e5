import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';
import type { QueryStats } from '../neo4j/executor.js';

/** What one request's log line says; filled in as the request goes through the server. */
export interface RequestLog {
  /** The id the client sees (x-request-id, `extensions.requestId`): its own when sane, else serverRequestId. */
  requestId: string;
  /** Always made here, so a record that must be trusted (the audit trail) never holds a client's choice. */
  serverRequestId: string;
  /** The client's own x-request-id, when it sent a sane one. */
  clientRequestId?: string;
  startedAt: number;
  operationName?: string | null;
  /** `extensions.code` of every error sent back. */
  errorCodes: string[];
  /** The request's database round trips and time (its executor's stats). */
  stats?: QueryStats;
  subject?: string;
  role?: string;
  /** Set once Apollo's request pipeline runs: from then on its plugins report the errors. */
  graphqlPipeline?: boolean;
}

/**
 * Where a GraphQL context holds its request's log: a property, not a WeakMap entry, because
 * Apollo runs each operation on a shallow copy of the context.
 */
const REQUEST_LOG = Symbol('requestLog');

/** Ties a GraphQL context to its request's log, for plugins that see only the context. */
export function attachRequestLog(context: object, log: RequestLog): void {
  (context as { [REQUEST_LOG]?: RequestLog })[REQUEST_LOG] = log;
}

/** The log of the request a GraphQL context was made for; undefined for a context made elsewhere. */
export function requestLogOf(context: object): RequestLog | undefined {
  return (context as { [REQUEST_LOG]?: RequestLog })[REQUEST_LOG];
}

/** A client's x-request-id is kept when it is a plain token of at most 100 characters. */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Gives each request an id (the client's `x-request-id` when it is sane, else a UUID), sends it
 * back in the `x-request-id` header, and writes one JSON log line when the response is done:
 * requestId (and serverRequestId, a UUID always made here, when the client chose the id), method, path, status, durationMs, operationName, roundTrips, dbMs, error codes and
 * the user (subject, role). Never the token, the query text or the variables' values.
 */
export function createRequestLogger(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    const serverRequestId = randomUUID();
    const clientRequestId = incoming && CLIENT_ID.test(incoming) ? incoming : undefined;
    const log: RequestLog = { requestId: clientRequestId ?? serverRequestId, serverRequestId, clientRequestId, startedAt: performance.now(), errorCodes: [] };
    res.locals.requestLog = log;
    res.setHeader('x-request-id', log.requestId);
    // A response emits 'close' once it is done, after 'finish' when it was sent in full.
    res.once('close', () => writeLine(logger, req, res, log, !res.writableFinished));
    next();
  };
}

function writeLine(logger: Logger, req: Request, res: Response, log: RequestLog, aborted: boolean): void {
  const level = res.statusCode >= 500 ? 'warn' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  const line = {
    requestId: log.requestId,
    // Beside a client's id, the server's: the one audit entries store.
    serverRequestId: log.clientRequestId ? log.serverRequestId : undefined,
    method: req.method,
    path: req.originalUrl.split('?')[0],
    status: res.statusCode,
    durationMs: Math.round((performance.now() - log.startedAt) * 100) / 100,
    operationName: log.operationName ?? undefined,
    roundTrips: log.stats?.roundTrips ?? 0,
    dbMs: log.stats ? Math.round(log.stats.timeMs * 100) / 100 : 0,
    errors: log.errorCodes.length > 0 ? log.errorCodes : undefined,
    user: log.subject ? { subject: log.subject, role: log.role } : undefined,
    aborted: aborted || undefined,
  };
  logger[level](line, 'request');
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../logger.js';
import type { QueryStats } from '../neo4j/executor.js';

/** What one request's log line says; filled in as the request goes through the server. */
export interface RequestLog {
  requestId: string;
  startedAt: number;
  operationName?: string | null;
  /** `extensions.code` of every error sent back. */
  errorCodes: string[];
  /** The request's database round trips and time (its executor's stats). */
  stats?: QueryStats;
  subject?: string;
  role?: string;
}

const storage = new AsyncLocalStorage<RequestLog>();

/** The log of the request being handled, wherever in its async call chain; undefined outside one. */
export function currentRequestLog(): RequestLog | undefined {
  return storage.getStore();
}

/** A client's x-request-id is kept when it is a plain token of at most 100 characters. */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Gives each request an id (the client's `x-request-id` when it is sane, else a UUID), sends it
 * back in the `x-request-id` header, and writes one JSON log line when the response is done:
 * requestId, method, path, status, durationMs, operationName, roundTrips, dbMs, error codes and
 * the user (subject, role). Never the token, the query text or the variables' values.
 */
export function createRequestLogger(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    const log: RequestLog = { requestId: incoming && CLIENT_ID.test(incoming) ? incoming : randomUUID(), startedAt: performance.now(), errorCodes: [] };
    res.locals.requestLog = log;
    res.setHeader('x-request-id', log.requestId);
    res.once('finish', () => writeLine(logger, req, res, log));
    res.once('close', () => {
      if (!res.writableFinished) writeLine(logger, req, res, log, true);
    });
    next();
  };
}

/**
 * Runs the rest of the request inside its log's async context, so that code without the request
 * at hand (Apollo's formatError, plugins) can reach it. Mount it after the body parser: stream
 * callbacks run outside this context.
 */
export const bindRequestLog: RequestHandler = (_req, res, next) => {
  const log = res.locals.requestLog as RequestLog | undefined;
  if (log) storage.run(log, next);
  else next();
};

function writeLine(logger: Logger, req: Request, res: Response, log: RequestLog, aborted = false): void {
  const line = {
    requestId: log.requestId,
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
  if (res.statusCode >= 500) logger.warn(line, 'request');
  else logger.info(line, 'request');
}

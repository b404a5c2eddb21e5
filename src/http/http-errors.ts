import type { Response } from 'express';
import type { RequestLog } from './request-log.js';

/**
 * Sends an error the HTTP layer raised itself (before GraphQL runs) in the GraphQL response
 * shape, `{ errors: [{ message, extensions: { code, requestId, ... } }] }`, so clients read every
 * refusal the same way; records the code for the request's log line.
 */
export function sendHttpError(res: Response, status: number, message: string, extensions: { code: string } & Record<string, unknown>): void {
  const log = res.locals.requestLog as RequestLog | undefined;
  log?.errorCodes.push(extensions.code);
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { ...extensions, requestId: log?.requestId } }] }));
}

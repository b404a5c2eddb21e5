import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ErrorCode } from '../../errors.js';
import { sendHttpError } from '../http-errors.js';

/**
 * GraphQL-over-HTTP body rules for /graphql. A POST must be `application/json` (else 415: other
 * types are what browsers send cross-site without a preflight, and Apollo's CSRF check needs a
 * parsed body to run); its body is parsed up to `maxBodySize` (else 413 PAYLOAD_TOO_LARGE naming
 * the limit); malformed JSON is 400 BAD_REQUEST. GET carries the operation in the query string
 * (Apollo answers a mutation over GET with 405).
 */
export function graphqlBody(maxBodySize: string): RequestHandler[] {
  const requireJson: RequestHandler = (req, res, next) => {
    // The exact header nearly every client sends is taken as it is: parsing it (req.is) was 2% of
    // the server's CPU per small answer.
    if (req.method !== 'POST' || req.headers['content-type'] === 'application/json' || req.is('application/json')) return next();
    sendHttpError(res, 415, 'a GraphQL POST must have Content-Type: application/json', { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE });
  };
  // requireJson has checked the type of every POST: body-parser need not parse the header again.
  return [requireJson, express.json({ limit: maxBodySize, type: (req) => req.method === 'POST' })];
}

interface BodyParserError extends Error {
  type?: string;
  limit?: number;
  length?: number;
}

/** Turns body-parser failures into coded JSON errors; anything else goes on to the final handler. */
export const bodyErrorHandler: ErrorRequestHandler = (error: BodyParserError, _req, res, next) => {
  switch (error.type) {
    case 'entity.too.large':
      return sendHttpError(res, 413, `the request body is limited to ${error.limit} bytes`, {
        code: ErrorCode.PAYLOAD_TOO_LARGE,
        limit: 'bodySize',
        max: error.limit,
        ...(error.length === undefined ? {} : { actual: error.length }),
      });
    case 'entity.parse.failed':
      return sendHttpError(res, 400, 'the request body is not valid JSON', { code: ErrorCode.BAD_REQUEST });
    case 'request.aborted':
      // The client hung up before its body was read: there is no one to answer, and nothing went
      // wrong here (the request's log line says it was aborted).
      return;
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return sendHttpError(res, 415, error.message, { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE });
    default:
      return next(error);
  }
};

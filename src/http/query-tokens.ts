import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors.js';
import { countTokens } from '../graphql/query-limits.js';
import { sendHttpError } from './http-errors.js';

/**
 * Refuses an operation text of more than `maxTokens` lexical tokens with 400 TOO_MANY_TOKENS
 * `{ limit: 'tokens', max, actual }`, before it is parsed or validated. Here rather than in an
 * Apollo plugin: Apollo turns an error thrown before parsing into a masked 500. The body limit
 * bounds the text, so counting is cheap; Apollo's parser also stops at the same bound.
 */
export function limitQueryTokens(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    const tokens = countTokens(query, Number.MAX_SAFE_INTEGER);
    if (tokens <= maxTokens) return next();
    sendHttpError(res, 400, `tokens is limited to ${maxTokens} (got ${tokens})`, { code: ErrorCode.TOO_MANY_TOKENS, limit: 'tokens', max: maxTokens, actual: tokens });
  };
}

import type { RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../../errors.js';
import { countTokens } from '../../graphql/query-limits.js';
import { sendHttpError } from '../http-errors.js';

/** How much operation text limitQueryTokens remembers as counted, in characters. */
const COUNTED_TEXT_CHARS = 4_000_000;

/**
 * Refuses an operation text of more than `maxTokens` lexical tokens with 400 TOO_MANY_TOKENS
 * `{ limit: 'tokens', max, actual }`, before it is parsed or validated. Here rather than in an
 * Apollo plugin: Apollo turns an error thrown before parsing into a masked 500. The body limit
 * bounds the text, so counting is cheap; Apollo's parser also stops at the same bound.
 *
 * Texts found within the limit are remembered (the least recently sent are forgotten past
 * COUNTED_TEXT_CHARS): clients send the same few operations again and again, and lexing one
 * allocates an object per token, on every request.
 */
export function limitQueryTokens(maxTokens: number): RequestHandler {
  const withinLimit = new LRUCache<string, true>({ maxSize: COUNTED_TEXT_CHARS, sizeCalculation: (_value, text) => Math.max(1, text.length) });
  return (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || withinLimit.get(query)) return next();
    const tokens = countTokens(query, Number.MAX_SAFE_INTEGER);
    if (tokens <= maxTokens) {
      withinLimit.set(query, true);
      return next();
    }
    sendHttpError(res, 400, `tokens is limited to ${maxTokens} (got ${tokens})`, { code: ErrorCode.TOO_MANY_TOKENS, limit: 'tokens', max: maxTokens, actual: tokens });
  };
}

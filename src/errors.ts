import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Error codes clients can rely on (`errors[].extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_EXPENSIVE_FIELDS: 'TOO_MANY_EXPENSIVE_FIELDS',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVER_BUSY: 'SERVER_BUSY',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  BAD_REQUEST: 'BAD_REQUEST',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
} as const;

/** Bad input: `field` names the argument or input field, the message says what is wrong with it. */
export class BadUserInputError extends GraphQLError {
  constructor(field: string, problem: string) {
    super(`${field}: ${problem}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" does not exist`, { extensions: { code: ErrorCode.NOT_FOUND, id } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...extensions } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'a valid bearer token is required for this operation') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(message = 'the graph database is unavailable; try again shortly') {
    super(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } } });
  }
}

/** A request limit refused: names the limit and its value. */
export class LimitExceededError extends GraphQLError {
  constructor(limit: string, max: number, actual?: number, code: string = ErrorCode.LIMIT_EXCEEDED) {
    super(`${limit} is limited to ${max}${actual === undefined ? '' : ` (got ${actual})`}`, {
      extensions: { code, limit, max, ...(actual === undefined ? {} : { actual }) },
    });
  }
}

/**
 * A query refused by one of the request limits (depth, cost, aliases, expensive fields, tokens) before any database
 * work: HTTP 400, its own code, and `{ limit, max, actual }` in extensions.
 */
export class QueryLimitError extends LimitExceededError {
  constructor(code: string, limit: string, max: number, actual: number) {
    super(limit, max, actual, code);
    Object.assign(this.extensions, { http: { status: 400 } });
  }
}

/** Too many requests in the window: HTTP 429 with Retry-After (seconds). */
export class RateLimitedError extends GraphQLError {
  constructor(limit: string, max: number, windowMs: number, retryAfterSeconds: number) {
    super(`${limit} is limited to ${max} requests per ${windowMs / 1000} s; retry after ${retryAfterSeconds} s`, {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        limit,
        max,
        windowMs,
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

/**
 * Too much heavy work (networks, paths, exports) is running or queued in this process: HTTP 503
 * with Retry-After (seconds). Nothing was computed for the refused field; trying again later is safe.
 */
export class ServerBusyError extends GraphQLError {
  constructor(field: string, retryAfterSeconds: number) {
    super(`${field}: the server is busy with other heavy requests (networks, paths, exports); retry after ${retryAfterSeconds} s`, {
      extensions: { code: ErrorCode.SERVER_BUSY, field, retryAfterSeconds, http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}

/** The request ran past REQUEST_TIMEOUT_MS: its unfinished database work was stopped, its writes rolled back. */
export class RequestTimeoutError extends GraphQLError {
  constructor(timeoutMs: number) {
    super(`the request ran past the server's ${timeoutMs} ms deadline and was stopped; narrow it (smaller depth, limit or first) or retry`, {
      extensions: { code: ErrorCode.REQUEST_TIMEOUT, limit: 'requestTimeoutMs', max: timeoutMs },
    });
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * The one Neo4j-error mapper: a uniqueness violation becomes CONFLICT, an unreachable database
 * SERVICE_UNAVAILABLE, a full-text query Lucene cannot parse BAD_USER_INPUT naming `text`; anything else is returned unchanged, to be masked as an internal error.
 */
export function mapNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('a node with this id already exists');
  }
  if (UNAVAILABLE_CODES.has(error.code) || error.code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new ServiceUnavailableError();
  }
  // Search escapes every word (search.repository.ts); should Lucene's parser still refuse the
  // text, that is the client's input, not a server fault.
  if (error.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && /queryparser|ParseException/.test(error.message)) {
    return new BadUserInputError('text', 'is not a search the full-text index can read; use plain words');
  }
  // A transaction stopped while it waited for a lock reports LockClientStopped, not TimedOut.
  if (error.code.includes('TransactionTimedOut') || error.code === 'Neo.ClientError.Transaction.LockClientStopped') {
    return new GraphQLError('the query ran past the database transaction timeout; narrow it (smaller depth, limit or first)', {
      extensions: { code: ErrorCode.QUERY_TIMEOUT },
    });
  }
  return error;
}

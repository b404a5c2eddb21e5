import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../model/index.js';

function parseWith(name: string, test: (v: string) => boolean, hint: string) {
  return (value: unknown): string => {
    if (typeof value !== 'string' || !test(value)) {
      throw new GraphQLError(`${name} must be ${hint}; got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value;
  };
}

const parseDate = parseWith('Date', isPartialDate, 'an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * An ISO 8601 calendar date with the precision its source gives: "2019", "2019-05" or
 * "2019-05-28". Dates sort as strings, so ranges compare them directly.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'An ISO 8601 calendar date, at the precision its source gives: "2019", "2019-05" or "2019-05-28".',
  serialize: (v) => String(v),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const parseDateTime = parseWith('DateTime', (v) => !Number.isNaN(Date.parse(v)) && /T/.test(v), 'an ISO 8601 date-time such as 2019-05-28T09:00:00Z');

/** An instant, as an ISO 8601 string in UTC. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant, as an ISO 8601 date-time string in UTC, e.g. "2026-11-27T10:15:00.000Z".',
  serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

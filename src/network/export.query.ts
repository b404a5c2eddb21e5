import { INITIATIVE_LEVELS, NODE_TYPES, RELATIONSHIP_TYPES, SECTORS, idSchema, partialDateSchema } from '../model/index.js';
import { BadUserInputError } from '../errors.js';
import type { NetworkFilterValues } from './network-filter.cypher.js';

type Query = Record<string, unknown>;

/** The values of a list parameter: comma-separated, or repeated (`?themes=a&themes=b`), or both. */
function listOf(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : [value];
  return parts.flatMap((p) => String(p).split(',')).map((s) => s.trim()).filter(Boolean);
}

/** One value of a single-valued parameter; BAD_USER_INPUT when it was given twice. */
function singleOf(field: string, value: unknown): string {
  if (Array.isArray(value) || typeof value !== 'string') throw new BadUserInputError(field, 'must be given once');
  return value.trim();
}

const oneOf = (allowed: readonly string[]) => (field: string, value: unknown) => {
  const values = listOf(value);
  const wrong = values.find((v) => !allowed.includes(v));
  if (wrong !== undefined) throw new BadUserInputError(field, `"${wrong}" is not one of ${allowed.join(', ')}`);
  return values;
};

const ids = (field: string, value: unknown) => {
  const values = listOf(value);
  const wrong = values.find((v) => !idSchema.safeParse(v).success);
  if (wrong !== undefined) throw new BadUserInputError(field, `"${wrong}" is not an id (a lowercase slug such as "e-procurement")`);
  return values;
};

const date = (field: string, value: unknown) => {
  const text = singleOf(field, value);
  if (!partialDateSchema.safeParse(text).success) throw new BadUserInputError(field, `must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (got "${text}")`);
  return text;
};

const PARSERS: { [K in keyof Required<NetworkFilterValues>]: (field: string, value: unknown) => NonNullable<NetworkFilterValues[K]> } = {
  nodeTypes: oneOf(NODE_TYPES) as never,
  relationshipTypes: oneOf(RELATIONSHIP_TYPES) as never,
  themes: ids,
  places: ids,
  levels: oneOf(INITIATIVE_LEVELS) as never,
  sectors: oneOf(SECTORS) as never,
  at: date,
  from: date,
  to: date,
  includeSynthetic: (field, value) => {
    const text = singleOf(field, value);
    if (text !== 'true' && text !== 'false') throw new BadUserInputError(field, `must be true or false (got "${text}")`);
    return text === 'true';
  },
  limit: (field, value) => {
    const text = singleOf(field, value);
    if (!/^\d{1,9}$/.test(text)) throw new BadUserInputError(field, `must be a whole number (got "${text}")`);
    return Number(text);
  },
};

/**
 * Reads the export URL's query parameters into a network filter: the same fields as GraphQL's
 * NetworkFilter, lists comma-separated (`nodeTypes=Organisation,Initiative`). Throws
 * BAD_USER_INPUT naming the parameter for an unknown parameter (a typo must not silently widen
 * the export) or a value that is not allowed. Range checks are left to assertNetworkFilter.
 */
export function parseNetworkQuery(query: Query): NetworkFilterValues {
  const filter: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(query)) {
    const parse = (PARSERS as Record<string, (field: string, value: unknown) => unknown>)[field];
    if (!Object.hasOwn(PARSERS, field) || !parse) throw new BadUserInputError(field, `is not a parameter; use ${Object.keys(PARSERS).join(', ')}`);
    filter[field] = parse(field, value);
  }
  return filter as NetworkFilterValues;
}

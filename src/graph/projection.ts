import { NODE_PROPERTIES } from './node.repository.js';

/**
 * What a read returns of each node (and of each relationship) it reaches: the properties the
 * caller will serve, or all of them. Reading every property of every node a page reaches costs
 * far more than the page's answer: a list of 50 initiatives with their partners, themes and
 * learnings read about 480 kB of summaries, descriptions and sources to serve 55 kB, and
 * decoding that was most of the server's CPU time per answer.
 *
 * Property names are never written into Cypher: they travel as a parameter and are read with
 * `v[k]`, so every projection of one field shares one statement and one cached plan.
 */
export interface Projection {
  /** Node properties to read (`id` always among them), or null for all of them. */
  node: readonly string[] | null;
  /** Relationship properties to read, or null for all of them. */
  relationship: readonly string[] | null;
  /** Whether to count every related node (a page's totalCount): a second match per parent. */
  count: boolean;
}

/** Every property of nodes and relationships: what by-id lookups cache, and the default. */
export const FULL_PROJECTION: Projection = Object.freeze({ node: null, relationship: null, count: true });

/** A stable string for a projection: loaders group and cache keys by it. */
export function projectionKey(p: Projection): string {
  return `${p.node?.join(',') ?? '*'}/${p.relationship?.join(',') ?? '*'}/${p.count ? 'count' : ''}`;
}

/**
 * Cypher reading node `v` as `projection` asks: the properties the parameter `param` names, as a
 * list of values in that order (instants as epoch milliseconds, as NODE_PROPERTIES reads them),
 * or, for a full projection, NODE_PROPERTIES' map. toProperties reads either back.
 */
export function nodeProjection(v: string, props: readonly string[] | null, param: string): string {
  if (!props) return NODE_PROPERTIES(v);
  return `[k IN $${param} | CASE k WHEN 'createdAt' THEN ${v}.createdAt.epochMillis WHEN 'updatedAt' THEN ${v}.updatedAt.epochMillis ELSE ${v}[k] END]`;
}

/** As nodeProjection, for relationship `v`: the listed properties' values, or properties(v). */
export function relationshipProjection(v: string, props: readonly string[] | null, param: string): string {
  return props ? `[k IN $${param} | ${v}[k]]` : `properties(${v})`;
}

/**
 * The property map of a value read by nodeProjection or relationshipProjection with `keys`:
 * a map is returned as is; a list of values is paired with `keys`, absent (null) values left
 * out, as a map projection leaves them out.
 */
export function toProperties(keys: readonly string[] | null, value: unknown): Record<string, unknown> {
  if (!keys || !Array.isArray(value)) return value as Record<string, unknown>;
  const props: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) if (value[i] !== null && value[i] !== undefined) props[keys[i]] = value[i];
  return props;
}

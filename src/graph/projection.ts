import { NODE_TYPES, RELATIONSHIP_TYPES, RELATIONSHIP_SPECS, SOURCE_DETAILS, nodeSchemas } from '../model/index.js';
import { INSTANTS, cypherNodeProperties } from './node.repository.js';

/**
 * What a read returns of each node (and of each relationship) it reaches: the properties the
 * caller will serve, or all of them. Reading every property of every node a page reaches costs
 * far more than the page's answer: a list of 50 initiatives with their partners, themes and
 * learnings read about 480 kB of summaries, descriptions and sources to serve 55 kB, and
 * decoding that was most of the server's CPU time per answer.
 *
 * The projected property names are written into the statement (`[m.id, m.name]`), as labels and
 * relationship types are: only names of the model's stored properties, checked here, never text
 * from a request. Measured against reading them as a parameter list (`[k IN $props | m[k]]`),
 * static names cost Neo4j about 15% less CPU per statement and make it shorter (fewer Bolt
 * chunks to write); the price is one cached plan per distinct selection, not one per field.
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

/**
 * Keys by projection object: one projection serves every parent of a field, and every request of
 * an operation (src/graphql/selection-memo.ts), and its key is asked for each of them.
 */
const projectionKeys = new WeakMap<Projection, string>();

/** A stable string for a projection: loaders group and cache keys by it. */
export function projectionKey(p: Projection): string {
  let key = projectionKeys.get(p);
  if (key === undefined) {
    key = `${p.node?.join(',') ?? '*'}/${p.relationship?.join(',') ?? '*'}/${p.count ? 'count' : ''}`;
    projectionKeys.set(p, key);
  }
  return key;
}


/** Every property a node of some type stores: the only node property names written into Cypher. */
const NODE_PROPERTY_NAMES: ReadonlySet<string> = new Set([...NODE_TYPES.flatMap((t) => Object.keys(nodeSchemas[t].shape)), ...INSTANTS, SOURCE_DETAILS]);

/** Every property a relationship of some type may carry: `sources` and those its spec lists. */
const RELATIONSHIP_PROPERTY_NAMES: ReadonlySet<string> = new Set(['sources', SOURCE_DETAILS, ...RELATIONSHIP_TYPES.flatMap((t) => RELATIONSHIP_SPECS[t].properties)]);

function checked(name: string, allowed: (name: string) => boolean): string {
  if (!allowed(name)) throw new Error(`not a stored property: ${JSON.stringify(name)}`);
  return name;
}
const nodeProperty = (name: string) => checked(name, (n) => NODE_PROPERTY_NAMES.has(n));
const relationshipProperty = (name: string) => checked(name, (n) => RELATIONSHIP_PROPERTY_NAMES.has(n));

/**
 * Cypher reading node `v` as `props` asks, as the items of a list: the listed properties' values,
 * in that order (instants as epoch milliseconds), or, when `props` is null, cypherNodeProperties' map
 * as the one item. propertiesAt reads either back.
 */
export function nodeValues(v: string, props: readonly string[] | null): string[] {
  if (!props) return [cypherNodeProperties(v)];
  return props.map((k) => ((INSTANTS as readonly string[]).includes(k) ? `${v}.${k}.epochMillis` : `${v}.${nodeProperty(k)}`));
}

/** As nodeValues, for relationship `v`: the listed properties' values, or properties(v) as the one item. */
export function relationshipValues(v: string, props: readonly string[] | null): string[] {
  return props ? props.map((k) => `${v}.${relationshipProperty(k)}`) : [`properties(${v})`];
}

/** nodeValues as one value: the list of the listed properties' values, or the node's map. */
export function nodeProjection(v: string, props: readonly string[] | null): string {
  return props ? `[${nodeValues(v, props).join(', ')}]` : cypherNodeProperties(v);
}

/** How many items nodeValues or relationshipValues gives for `props`. */
export const width = (props: readonly string[] | null): number => (props ? props.length : 1);

/**
 * The property map read by nodeValues or relationshipValues with `keys`, from `row` at `at`: the
 * map there when `keys` is null, else the values there paired with `keys`, absent (null) values
 * left out, as a map projection leaves them out.
 */
export function propertiesAt(keys: readonly string[] | null, row: readonly unknown[], at: number): Record<string, unknown> {
  if (!keys) return row[at] as Record<string, unknown>;
  const props: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const value = row[at + i];
    if (value !== null && value !== undefined) props[keys[i]] = value;
  }
  return props;
}

/** The property map of a value read by nodeProjection with `keys`: a map as is, a list as propertiesAt reads it. */
export function toProperties(keys: readonly string[] | null, value: unknown): Record<string, unknown> {
  if (!keys || !Array.isArray(value)) return value as Record<string, unknown>;
  return propertiesAt(keys, value, 0);
}

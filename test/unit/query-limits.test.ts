import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildLociSchema } from '../../src/graphql/schema.js';
import { countTokens, measureOperation, networkSizeRules, sizeDependsOnVariables } from '../../src/graphql/query-limits.js';
import { loadConfig } from '../../src/config.js';
import { RateLimiter } from '../../src/http/rate-limit.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildLociSchema();
});

const config = loadConfig({});
function parsed(query: string) {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return { operation, fragments };
}

function measure(query: string, variables: Record<string, unknown> = {}) {
  const { operation, fragments } = parsed(query);
  return measureOperation(schema, fragments, operation, variables, { maxListArgument: 100, sizeRules: networkSizeRules(config.network) });
}

describe('sizeDependsOnVariables', () => {
  const depends = (query: string) => {
    const { operation, fragments } = parsed(query);
    return sizeDependsOnVariables(operation, fragments);
  };

  it('is false when variables only pick what to read, not how much', () => {
    expect(depends('query ($id: ID!) { initiative(id: $id) { partners(first: 20) { edges { node { id } } } } }')).toBe(false);
    expect(depends('query ($t: String!, $after: String) { search(text: $t, first: 5, after: $after) { totalCount } }')).toBe(false);
  });

  it('is true when a variable sets a size, in the operation, inside an input or in a fragment', () => {
    expect(depends('query ($n: Int!) { organisations(first: $n) { totalCount } }')).toBe(true);
    expect(depends('query ($n: Int!) { network(filter: { limit: $n }) { truncated } }')).toBe(true);
    expect(depends('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }')).toBe(true);
    expect(depends('query ($n: Int) { ...F } fragment F on Query { organisations(first: $n) { totalCount } }')).toBe(true);
  });
});

describe('measureOperation', () => {
  it('counts depth by nested fields, not fragments', () => {
    expect(measure('{ node(id: "x") { id } }')!.depth).toBe(2);
    expect(measure('{ node(id: "x") { ... on Organisation { headquarters { ...P } } } } fragment P on Place { name }')!.depth).toBe(3);
  });

  it('multiplies list sizes: first and limit, from literals, variables and defaults', () => {
    expect(measure('{ organisations(first: 10) { edges { node { id } } } }')!.cost).toBe(1 + 10 * (1 + 1));
    expect(measure('query ($n: Int!) { organisations(first: $n) { edges { node { id } } } }', { n: 7 })!.cost).toBe(1 + 7 * 2);
    // PageArgs' default first is 20.
    expect(measure('{ organisations { edges { node { partnerIn { totalCount } } } } }')!.cost).toBe(1 + 20 * (1 + 1 + 1));
  });

  it('caps first at the largest page size the resolvers accept', () => {
    expect(measure('{ organisations(first: 100000) { totalCount edges { cursor } } }')!.cost).toBe(1 + 100 * 1);
  });

  it('bounds the network queries by their configured caps', () => {
    // network and neighbourhood answer one Subgraph (1) with one nodes list (1); each node's record costs 1.
    expect(measure('{ network { nodes { node { id } } } }')!.cost).toBe(2 + config.network.maxNetworkNodes);
    expect(measure('{ network(filter: { limit: 50 }) { nodes { node { id } } } }')!.cost).toBe(2 + 50);
    expect(measure('{ neighbourhood(id: "x", depth: 2, limit: 10) { nodes { node { id } } } }')!.cost).toBe(2 + 111);
    expect(measure('{ neighbourhood(id: "x", depth: 3, limit: 100) { nodes { node { id } } } }')!.cost).toBe(2 + config.network.maxNeighbourhoodNodes);
    // Leaf fields come with their objects: the drawing itself (ids, metrics, relationships) is cheap.
    expect(measure('{ network { nodes { id degree } edges { id source target } } }')!.cost).toBe(3);
  });

  it('sizes a Subgraph inside a fragment by the largest cap, wherever it is spread', () => {
    const largest = Math.max(config.network.maxNetworkNodes, config.network.maxNeighbourhoodNodes);
    expect(measure('{ network(filter: { limit: 5 }) { ...S } } fragment S on Subgraph { nodes { node { id } } }')!.cost).toBe(2 + largest);
  });

  it('counts aliases once per fragment spread, and measures each fragment once', () => {
    expect(measure('{ ...F ...F } fragment F on Query { a: node(id: "x") { id } b: node(id: "y") { id } }')!.aliases).toBe(4);
    // A fragment bomb: 2^30 expanded selections; measured in linear time.
    const levels = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const started = performance.now();
    const m = measure(`{ ...F0 } ${levels} fragment F30 on Query { node(id: "x") { id } }`)!;
    expect(performance.now() - started).toBeLessThan(100);
    expect(m.cost).toBe(2 ** 30);
  });

  it('leaves introspection free', () => {
    expect(measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual({ depth: 0, aliases: 0, cost: 0 });
  });

  it('returns null when the variables do not coerce (execution refuses them first)', () => {
    expect(measure('query ($n: Int!) { organisations(first: $n) { totalCount } }', { n: 'ten' })).toBeNull();
  });
});

describe('countTokens', () => {
  it('counts lexical tokens, comments excluded', () => {
    expect(countTokens('{ a b }', 100)).toBe(4);
    expect(countTokens('# comment\n{ a }', 100)).toBe(3);
  });
});

describe('RateLimiter', () => {
  it('allows max requests per window and key, then says when to retry', () => {
    const limiter = new RateLimiter(2, 10_000);
    try {
      expect(limiter.hit('a', 0).allowed).toBe(true);
      expect(limiter.hit('a', 1).allowed).toBe(true);
      expect(limiter.hit('a', 2)).toEqual({ allowed: false, retryAfterSeconds: 10 });
      expect(limiter.hit('b', 2).allowed).toBe(true);
      expect(limiter.hit('a', 10_001).allowed).toBe(true);
    } finally {
      limiter.close();
    }
  });

  it('allows everything with max 0', () => {
    const limiter = new RateLimiter(0, 1_000);
    expect(Array.from({ length: 100 }, () => limiter.hit('a').allowed).every(Boolean)).toBe(true);
  });
});

import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, print, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildLociSchema } from '../../src/schema/schema.js';
import { countTokens, measureOperation, sizeDependsOnVariables } from '../../src/graphql/query-limits.js';
import { INTROSPECTION_FIELD_COST, PATH_HOP_COST, createCostRules } from '../../src/graphql/cost-rules.js';
import { loadConfig } from '../../src/config.js';
import { NETWORK_LIMITS } from '../../src/config/network-limits.js';
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
  return measureOperation(schema, fragments, operation, variables, { maxListArgument: 100, rules: createCostRules(config.network) });
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

  it('prices each object in a list at 1 at least: a list of N leaf-only objects costs N', () => {
    // The connection 1, then 100 edges of 1 each (a connection's first sizes its edges).
    expect(measure('{ organisations(first: 100) { edges { cursor } } }')!.cost).toBe(1 + 100);
    expect(measure('{ organisations(first: 100) { edges { node { id } } } }')!.cost).toBe(1 + 100 * 2);
    expect(measure('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 100 }, (_, i) => `n${i}`) })!.cost).toBe(100);
    // Scalars and enums are free, in lists too.
    expect(measure('{ node(id: "x") { id sources } }')!.cost).toBe(1);
  });

  it('multiplies list sizes: first and limit, from literals, variables and defaults', () => {
    expect(measure('query ($n: Int!) { organisations(first: $n) { edges { node { id } } } }', { n: 7 })!.cost).toBe(1 + 7 * 2);
    // PageArgs' default first is 20; pageInfo and totalCount are not multiplied.
    expect(measure('{ organisations { totalCount pageInfo { hasNextPage } edges { node { partnerIn { totalCount } } } } }')!.cost).toBe(1 + 1 + 20 * (1 + 1 + 1));
    expect(measure('{ organisations(first: 10) { edges { node { partnerIn(first: 5) { edges { node { id } } } } } } }')!.cost).toBe(1 + 10 * (1 + 1 + 1 + 5 * 2));
  });

  it('caps first at the largest page size the resolvers accept', () => {
    expect(measure('{ organisations(first: 100000) { totalCount edges { cursor } } }')!.cost).toBe(1 + 100 * 1);
  });

  it('prices the network queries by the caps they load, metrics included', () => {
    const { maxNetworkNodes: n, maxNetworkEdges: m } = config.network;
    // Load nodes and relationships, one pass for betweenness, one for Louvain and PageRank.
    expect(measure('{ network { truncated } }')!.cost).toBe(3 * (n + m));
    expect(measure('{ network { nodes { id } } }')!.cost).toBe(3 * (n + m) + n);
    expect(measure('{ network(filter: { limit: 50 }) { nodes { id } edges { id } } }')!.cost).toBe(3 * (50 + m) + 50 + m);
    // A neighbourhood: the nodes depth and limit can reach, and the relationship cap.
    const edges = config.network.maxNeighbourhoodEdges;
    expect(measure('{ neighbourhood(id: "x", depth: 2, limit: 10) { nodes { id } } }')!.cost).toBe(111 + edges + 111);
    expect(measure('{ neighbourhood(id: "x", depth: 3, limit: 100) { truncated } }')!.cost).toBe(config.network.maxNeighbourhoodNodes + edges);
    // stats: one count over the graph and one pass over its nodes for each place and year count; topBrokers builds the network.
    expect(measure('{ stats { nodes } }')!.cost).toBe(n + m + 3 * n);
    expect(measure('{ stats { topBrokers(first: 5) { id } } }')!.cost).toBe(n + m + 3 * n + 3 * (n + m) + 5);
  });

  it('prices paths by limit x maxLength, and their nodes and relationships by maxLength', () => {
    // The search's weight stands in for the Path object's 1, as a field's @cost replaces its type's.
    expect(measure('{ paths(from: "a", to: "b", maxLength: 10, limit: 100) { length } }')!.cost).toBe(100 * 10 * PATH_HOP_COST);
    expect(measure('{ paths(from: "a", to: "b") { nodes { id } edges { id } } }')!.cost).toBe(10 * (6 * PATH_HOP_COST + 7 + 6));
    expect(measure('{ shortestPath(from: "a", to: "b", maxLength: 3) { nodes { id } } }')!.cost).toBe(3 * PATH_HOP_COST + 4);
  });

  it('prices a contracting summary as a pass over the processes, another for top suppliers, and counts it as expensive', () => {
    const n = config.network.maxNetworkNodes;
    expect(measure('{ contractingSummary(initiative: "x") { processCount } }')!).toMatchObject({ cost: n, expensiveFields: 1 });
    expect(measure('{ contractingSummary { awarded { currency amount } } }')!.cost).toBe(n + 50);
    expect(measure('{ contractingSummary { topSuppliers(first: 5) { amount organisation { id } } } }')!.cost).toBe(n + n + 5 * 2);
  });

  it('prices Node.datasets at two datasets per node: most records come from no dataset or one', () => {
    expect(measure('{ organisations(first: 10) { edges { node { datasets { id } } } } }')!.cost).toBe(1 + 10 * (1 + 1 + 2));
  });

  it('sizes a Subgraph inside a fragment by the largest cap, wherever it is spread', () => {
    const largest = Math.max(config.network.maxNetworkNodes, config.network.maxNeighbourhoodNodes);
    expect(measure('{ network(filter: { limit: 5 }) { ...S } } fragment S on Subgraph { nodes { id } }')!.cost).toBe(3 * (5 + config.network.maxNetworkEdges) + largest);
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

  it('gives introspection fields a fixed cost, and counts them as aliases', () => {
    expect(measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual({ depth: 1, aliases: 0, cost: INTROSPECTION_FIELD_COST, expensiveFields: 0 });
    expect(measure('{ a: __schema { queryType { name } } b: __type(name: "Query") { name } c: __typename }')).toMatchObject({ aliases: 3, cost: 2 * INTROSPECTION_FIELD_COST });
  });

  it('counts the expensive fields, aliases and fragment spreads included', () => {
    expect(measure('{ a: network { truncated } b: stats { nodes } organisations { totalCount } }')!.expensiveFields).toBe(2);
    expect(measure('{ ...F ...F } fragment F on Query { shortestPath(from: "a", to: "b") { length } }')!.expensiveFields).toBe(2);
    expect(measure('{ organisations { edges { node { id } } } search(text: "x") { totalCount } }')!.expensiveFields).toBe(0);
  });

  it('prices a root mutation field at 10, as the spec does', () => {
    expect(measure('mutation { a: deleteTheme(id: "x") { id } b: deleteTheme(id: "y") { id } }')!.cost).toBe(20);
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

describe('the SDL publishes the prices', () => {
  const directiveArgs = (type: string, field: string, directive: string) => {
    const node = (schema.getType(type) as GraphQLObjectType).getFields()[field].astNode!;
    const found = node.directives?.find((d) => d.name.value === directive);
    return found ? Object.fromEntries(found.arguments!.map((a) => [a.name.value, print(a.value)])) : undefined;
  };

  it('as @cost on the network queries and @listSize on their lists, at the default caps', () => {
    const { maxNetworkNodes: n, maxNetworkEdges: m } = NETWORK_LIMITS;
    expect(directiveArgs('Query', 'network', 'cost')).toEqual({ weight: String(3 * (n + m)) });
    expect(directiveArgs('Query', 'paths', 'cost')).toEqual({ weight: String(NETWORK_LIMITS.maxPathLength * PATH_HOP_COST) });
    expect(directiveArgs('Query', 'paths', 'listSize')).toMatchObject({ slicingArguments: '["limit"]', assumedSize: '10' });
    expect(directiveArgs('Subgraph', 'nodes', 'listSize')).toEqual({ assumedSize: String(n) });
    expect(directiveArgs('Path', 'nodes', 'listSize')).toEqual({ assumedSize: String(NETWORK_LIMITS.maxPathLength + 1) });
  });

  it("as a connection's first sizing its edges", () => {
    expect(directiveArgs('Query', 'organisations', 'listSize')).toMatchObject({ slicingArguments: '["first"]', sizedFields: '["edges"]' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Kind, getIntrospectionQuery, parse, visit } from 'graphql';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { EXPLORER_VARIABLES, explorerOperations, operationsIn } from '../helpers/operations.js';
import { EXAMPLE_OPERATIONS } from '../../src/http/playground.js';
import { REPO_ROOT } from '../../src/paths.js';

/** Every limit refuses with its own code, names the limit and its value, and costs the database nothing. */
let server: TestServer;
/** The same API with a budget of 99: shows what a small list costs. */
let lean: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  lean = await startTestServer({ MAX_QUERY_COST: '99' });
});
afterAll(() => Promise.all([server.close(), lean.close()]));

const LIMIT_CODES = ['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'TOO_MANY_ALIASES', 'TOO_MANY_EXPENSIVE_FIELDS', 'TOO_MANY_TOKENS', 'PAYLOAD_TOO_LARGE', 'LIMIT_EXCEEDED'];
const debug = { headers: { 'x-loci-debug': '1' } };

/** The nesting depth of a query, counted as the server counts it (fields only). */
function depthOf(query: string): number {
  let depth = 0;
  let max = 0;
  visit(parse(query), {
    Field: { enter: () => void (max = Math.max(max, ++depth)), leave: () => void depth-- },
  });
  return max;
}

describe('query limits (defaults)', () => {
  it('refuses a query deeper than 12 with QUERY_TOO_DEEP naming the limit, before any database work', async () => {
    const query = `{ organisation(id: "hivos") { people { edges { node { organisations { edges { node { people { edges { node { organisations { edges { node { id } } } } } } } } } } } } } }`;
    expect(depthOf(query)).toBe(14);
    const res = await server.gql(query, {}, debug);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 'depth', max: 12, actual: 14 });
    expect(res.extensions?.db?.roundTrips).toBe(0);
  });

  it('answers a query of depth 12', async () => {
    const query = `{ organisation(id: "hivos") { people(first: 5) { edges { node { organisations(first: 5) { edges { node { people(first: 5) { edges { node { organisations(first: 5) { totalCount } } } } } } } } } } } }`;
    expect(depthOf(query)).toBe(12);
    expect((await server.gql(query)).errors).toBeUndefined();
  });

  it('refuses more than 30 aliases with TOO_MANY_ALIASES', async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: node(id: "hivos") { id }`).join(' ')} }`;
    const res = await server.gql(query, {}, debug);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 'aliases', max: 30, actual: 31 });
    expect(res.extensions?.db?.roundTrips).toBe(0);
  });

  it('counts aliases inside fragments once per spread', async () => {
    const fragment = `fragment F on Query { ${Array.from({ length: 10 }, (_, i) => `f${i}: node(id: "hivos") { id }`).join(' ')} }`;
    expect((await server.gql(`{ ...F ...F ...F } ${fragment}`)).errors).toBeUndefined();
    const res = await server.gql(`{ ...F ...F ...F b: node(id: "loci") { id } } ${fragment}`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', actual: 31 });
  });

  it('refuses a query whose list sizes multiply past the cost limit with QUERY_TOO_COMPLEX', async () => {
    const query = `{ organisations(first: 100) { edges { node { partnerIn(first: 100) { edges { node { partners(first: 100) { edges { node { id } } } } } } } } } }`;
    const res = await server.gql(query, {}, debug);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 2_000_000 });
    expect(res.errors?.[0].extensions?.actual).toBeGreaterThan(2_000_000);
    expect(res.extensions?.db?.roundTrips).toBe(0);
  });

  it('takes list sizes from variables, and bounds the network queries by their caps', async () => {
    const query = `query ($n: Int!) { organisations(first: $n) { edges { node { partnerIn(first: $n) { edges { node { partners(first: $n) { edges { node { id } } } } } } } } } }`;
    expect((await server.gql(query, { n: 5 })).errors).toBeUndefined();
    expect((await server.gql(query, { n: 100 })).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // Every node of a 10,000-node network asking for 100 partners each.
    const network = `{ network { nodes { node { ... on Organisation { partnerIn(first: 100) { edges { node { id } } } } } } } }`;
    expect((await server.gql(network)).errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('refuses more than 3,000 tokens with TOO_MANY_TOKENS, before parsing', async () => {
    const query = `{ ${'__typename '.repeat(3_100)} }`;
    const res = await server.gql(query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_TOKENS', limit: 'tokens', max: 3_000, actual: 3_102 });
  });

  it('refuses a request body over 100 kB with 413 PAYLOAD_TOO_LARGE naming the limit', async () => {
    const res = await server.gql('query ($t: String!) { search(text: $t, first: 1) { totalCount } }', { t: 'x'.repeat(150_000) });
    expect(res.status).toBe(413);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 'bodySize', max: 102_400 });
  });

  it('refuses first above MAX_PAGE_SIZE with BAD_USER_INPUT naming first and the maximum', async () => {
    const res = await server.gql('{ organisations(first: 101) { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(res.errors?.[0].message).toContain('100');
  });

  it('refuses neighbourhood depth and limit, path length and paths beyond their caps', async () => {
    const cases = [
      ['{ neighbourhood(id: "loci", depth: 4) { truncated } }', 'depth'],
      ['{ neighbourhood(id: "loci", limit: 101) { truncated } }', 'limit'],
      ['{ shortestPath(from: "loci", to: "hivos", maxLength: 11) { length } }', 'maxLength'],
      ['{ paths(from: "loci", to: "hivos", limit: 101) { length } }', 'limit'],
      ['{ peers(initiativeId: "loci", first: 51) { score } }', 'first'],
      ['{ advice(problem: "portal", first: 51) { score } }', 'first'],
    ] as const;
    for (const [query, field] of cases) expect((await server.gql(query)).errors?.[0].extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('the cost model prices work (issue 17)', () => {
  const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  const refusedForCost = async (query: string) => {
    const res = await server.gql(query, {}, debug);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.extensions?.db?.roundTrips).toBe(0);
    const extensions = res.errors?.[0].extensions;
    expect(extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 2_000_000 });
    expect(extensions?.actual).toBeGreaterThan(2_000_000);
    return extensions?.actual as number;
  };

  it('refuses 30 aliased whole networks before any database work', async () => {
    // Each: 10,000 nodes and 100,000 relationships loaded, two more passes for the metrics, 10,000 nodes answered.
    expect(await refusedForCost(aliased(30, 'network { nodes { id } }'))).toBe(30 * (3 * 110_000 + 10_000));
  });

  it('refuses 30 aliased paths(maxLength: 10, limit: 100) before any database work', async () => {
    expect(await refusedForCost(aliased(30, 'paths(from: "daniel-dietrich", to: "ilda", maxLength: 10, limit: 100) { length }'))).toBe(30 * 100 * 10 * 100);
  });

  it('refuses 180 aliased __schema in a 10 kB request before any work', async () => {
    const query = aliased(180, '__schema{types{fields{name args{name}}}}');
    expect(query.length).toBeLessThan(10_000);
    expect(await refusedForCost(query)).toBe(180 * 20_000);
  });

  it('answers a 100-item list of leaf-only objects, which costs 100', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => (i % 2 ? 'hivos' : 'loci'));
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect((await server.gql(query, { ids })).data?.nodes).toHaveLength(100);
    // Under a budget of 99 the same request is refused, costing 100: one per object.
    expect((await lean.gql(query, { ids }, debug)).errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', max: 99, actual: 100 });
    expect((await lean.gql(query, { ids: ids.slice(1) })).data?.nodes).toHaveLength(99);
  });

  it('refuses a third expensive field with TOO_MANY_EXPENSIVE_FIELDS, before any database work', async () => {
    const path = (alias: string) => `${alias}: shortestPath(from: "daniel-dietrich", to: "ilda") { length }`;
    const two = await server.gql(`{ ${path('a')} ${path('b')} }`);
    expect(two.errors).toBeUndefined();
    expect(two.data.a.length).toBeGreaterThan(0);
    const three = await server.gql(`{ ${path('a')} b: connections(a: "hivos", b: "ocp") { a { id } } c: stats { nodes } }`, {}, debug);
    expect(three.status).toBe(400);
    expect(three.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_EXPENSIVE_FIELDS', limit: 'expensiveFields', max: 2, actual: 3 });
    expect(three.extensions?.db?.roundTrips).toBe(0);
  });
});

describe('the defaults fit real use', () => {
  it("passes every operation of the explorer, with the largest variables it sends", async () => {
    const operations = explorerOperations();
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) {
      for (const variables of EXPLORER_VARIABLES[op.name] ?? [{}]) {
        const res = await server.gql(op.query, variables);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        expect(codes.filter((c) => LIMIT_CODES.includes(c)), `${op.name} ${JSON.stringify(variables)}`).toEqual([]);
      }
    }
  });

  it("passes the playground's examples, the tests' operations and GraphiQL's introspection query", async () => {
    for (const def of parse(EXAMPLE_OPERATIONS).definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: EXAMPLE_OPERATIONS, operationName: def.name!.value }),
      });
      expect(((await res.json()) as any).errors, def.name!.value).toBeUndefined();
    }
    for (const op of operationsIn(path.join(REPO_ROOT, 'test', 'operations'))) {
      expect((await server.gql(op.query, { first: 100 })).errors, op.name).toBeUndefined();
    }
    expect((await server.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).errors).toBeUndefined();
  });
});

describe('limits are configurable', () => {
  let tight: TestServer;
  beforeAll(async () => {
    tight = await startTestServer({
      MAX_QUERY_DEPTH: '3',
      MAX_EXPENSIVE_FIELDS: '1',
      MAX_QUERY_ALIASES: '1',
      MAX_QUERY_TOKENS: '60',
      MAX_BODY_SIZE: '1kb',
      MAX_PAGE_SIZE: '10',
      MAX_NEIGHBOURHOOD_DEPTH: '2',
      MAX_NETWORK_NODES: '20',
      MAX_PATH_LENGTH: '3',
    });
  });
  afterAll(() => tight.close());

  it('uses the configured values', async () => {
    const code = async (query: string, variables?: Record<string, unknown>) => (await tight.gql(query, variables)).errors?.[0].extensions;
    expect(await code('{ organisation(id: "hivos") { people { edges { node { id } } } } }')).toMatchObject({ code: 'QUERY_TOO_DEEP', max: 3, actual: 5 });
    const ids = Array.from({ length: 60 }, () => 'hivos');
    // 60 organisations and their headquarters: 120 objects.
    expect((await lean.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Organisation { headquarters { id } } } }', { ids })).errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', max: 99, actual: 120 });
    expect(await code('{ shortestPath(from: "loci", to: "hivos", maxLength: 2) { length } connections(a: "loci", b: "hivos") { a { id } } }')).toMatchObject({ code: 'TOO_MANY_EXPENSIVE_FIELDS', max: 1, actual: 2 });
    expect(await code('{ a: node(id: "hivos") { id } b: node(id: "loci") { id } }')).toMatchObject({ code: 'TOO_MANY_ALIASES', max: 1 });
    expect(await code(`{ ${'__typename '.repeat(60)} }`)).toMatchObject({ code: 'TOO_MANY_TOKENS', max: 60 });
    expect(await code('query ($t: String!) { search(text: $t, first: 1) { totalCount } }', { t: 'x'.repeat(2_000) })).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', max: 1_024 });
    expect(await code('{ organisations(first: 11) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await code('{ neighbourhood(id: "loci", depth: 3) { truncated } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
    expect(await code('{ shortestPath(from: "loci", to: "hivos", maxLength: 4) { length } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxLength' });
    expect(await code('{ network { truncated } }')).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'network.nodes', max: 20 });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kind, getIntrospectionQuery, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { EXAMPLE_OPERATIONS } from '../../src/http/playground.js';
import { REPO_ROOT } from '../../src/paths.js';

/** Every limit refuses with its own code, names the limit and its value, and costs the database nothing. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const LIMIT_CODES = ['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX', 'TOO_MANY_ALIASES', 'TOO_MANY_TOKENS', 'PAYLOAD_TOO_LARGE', 'LIMIT_EXCEEDED'];
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
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 25_000 });
    expect(res.errors?.[0].extensions?.actual).toBeGreaterThan(1_000_000);
    expect(res.extensions?.db?.roundTrips).toBe(0);
  });

  it('takes list sizes from variables, and bounds the network queries by their caps', async () => {
    const query = `query ($n: Int!) { organisations(first: $n) { edges { node { partnerIn(first: $n) { edges { node { partners(first: $n) { edges { node { id } } } } } } } } } }`;
    expect((await server.gql(query, { n: 5 })).errors).toBeUndefined();
    expect((await server.gql(query, { n: 50 })).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // Every node of a 2,000-node network asking for 20 partners each.
    const network = `{ network { nodes { node { ... on Organisation { partnerIn(first: 20) { edges { node { id } } } } } } } }`;
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

describe('the defaults fit real use', () => {
  /** Operation documents with just the fragments each uses, from a folder of .graphql files. */
  function operationsIn(dir: string): { name: string; query: string }[] {
    const definitions: DefinitionNode[] = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .flatMap((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8')).definitions);
    const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    const used = (node: DefinitionNode, seen = new Set<string>()): Set<string> => {
      visit(node, {
        FragmentSpread: (spread) => {
          if (seen.has(spread.name.value)) return;
          seen.add(spread.name.value);
          used(fragments.get(spread.name.value)!, seen);
        },
      });
      return seen;
    };
    return definitions
      .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
      .map((op) => ({ name: op.name!.value, query: [op, ...[...used(op)].map((n) => fragments.get(n)!)].map(print).join('\n') }));
  }

  const EXPLORER_VARIABLES: Record<string, Record<string, unknown>[]> = {
    ExplorerNetwork: [{ filter: null }, { filter: { limit: 10_000, includeSynthetic: true } }],
    ExplorerNeighbourhood: [
      { id: 'loci', depth: 1, limit: 100 },
      { id: 'loci', depth: 2, limit: 40 },
      { id: 'loci', depth: 3, limit: 15 },
    ],
    ExplorerDetails: [{ id: 'loci', withPeers: true }, { id: 'hivos', withPeers: false }],
    ExplorerPath: [{ from: 'hivos', to: 'ottawa' }],
    ExplorerSearch: [{ text: 'open contracting', first: 30 }],
    ExplorerStats: [{ brokers: 10 }],
  };

  it("passes every operation of the explorer, with the largest variables it sends", async () => {
    const operations = operationsIn(path.join(REPO_ROOT, 'explorer', 'src', 'operations'));
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
      MAX_QUERY_COST: '50',
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
    expect(await code('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Organisation { headquarters { id } } } }', { ids })).toMatchObject({ code: 'QUERY_TOO_COMPLEX', max: 50, actual: 61 });
    expect(await code('{ a: node(id: "hivos") { id } b: node(id: "loci") { id } }')).toMatchObject({ code: 'TOO_MANY_ALIASES', max: 1 });
    expect(await code(`{ ${'__typename '.repeat(60)} }`)).toMatchObject({ code: 'TOO_MANY_TOKENS', max: 60 });
    expect(await code('query ($t: String!) { search(text: $t, first: 1) { totalCount } }', { t: 'x'.repeat(2_000) })).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', max: 1_024 });
    expect(await code('{ organisations(first: 11) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await code('{ neighbourhood(id: "loci", depth: 3) { truncated } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
    expect(await code('{ shortestPath(from: "loci", to: "hivos", maxLength: 4) { length } }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxLength' });
    expect(await code('{ network { truncated } }')).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'network.nodes', max: 20 });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

// What a root query reads is planned once per operation and reused (src/execution/selection-memo.ts),
// unless its selection uses variables. These tests send the same operation text again with other
// variables, and check each answer follows its own variables in its one round trip: a plan made
// for other variables would still answer right, through a second round trip.
let server: TestServer;
let initiativeId: string;
beforeAll(async () => {
  server = await startTestServer();
  // An initiative of the seeds with at least three partners and one theme.
  const res = await server.gql(`{ initiatives(first: 100) { edges { node { id partners(first: 1) { totalCount } themes(first: 1) { totalCount } } } } }`);
  const found = res.data.initiatives.edges.find((e: any) => e.node.partners.totalCount >= 3 && e.node.themes.totalCount >= 1);
  expect(found, 'an initiative with three partners and a theme in the seeds').toBeDefined();
  initiativeId = found.node.id;
});
afterAll(async () => {
  await server?.close();
});

/** Sends `query` and returns the answer's data and its database round trips. */
async function ask(query: string, variables?: Record<string, unknown>) {
  const res = await server.gql(query, variables, { headers: { 'x-loci-debug': '1' } });
  expect(res.errors).toBeUndefined();
  return { data: res.data, roundTrips: (res as { extensions?: { db?: { roundTrips: number } } }).extensions?.db?.roundTrips };
}

const ids = (connection: { edges: Array<{ node: { id: string } }> }) => connection.edges.map((e) => e.node.id);

describe('an operation sent again with other variables', () => {
  it('reads the page size its variables ask for, in a field and through a fragment', async () => {
    const query = `query Partners($id: ID!, $n: Int!) {
      initiative(id: $id) { partners(first: $n) { edges { node { id } } } ...More }
    }
    fragment More on Initiative { themes(first: $n) { edges { node { id } } } }`;
    const one = await ask(query, { id: initiativeId, n: 1 });
    const three = await ask(query, { id: initiativeId, n: 3 });
    expect(ids(one.data.initiative.partners)).toHaveLength(1);
    expect(ids(three.data.initiative.partners)).toHaveLength(3);
    expect(ids(three.data.initiative.partners)[0]).toBe(ids(one.data.initiative.partners)[0]);
    expect(ids(one.data.initiative.themes)).toHaveLength(1);
    expect([one.roundTrips, three.roundTrips]).toEqual([1, 1]);
  });

  it('reads a field only when @include lets it in', async () => {
    const query = `query Maybe($id: ID!, $withThemes: Boolean!) {
      initiative(id: $id) { id themes(first: 5) @include(if: $withThemes) { edges { node { id } } } }
    }`;
    const without = await ask(query, { id: initiativeId, withThemes: false });
    const withThemes = await ask(query, { id: initiativeId, withThemes: true });
    expect(without.data.initiative).toEqual({ id: initiativeId });
    expect(ids(withThemes.data.initiative.themes).length).toBeGreaterThan(0);
    expect(withThemes.roundTrips).toBe(1);
  });

  it('gives a list the page size of each request, with a plan reused when no variable is used', async () => {
    const query = `query List($n: Int!) { initiatives(first: 3) { edges { node { id partners(first: $n) { edges { node { id } } } } } } }`;
    const sizes = async (n: number) => {
      const { data, roundTrips } = await ask(query, { n });
      return { most: Math.max(...data.initiatives.edges.map((e: any) => e.node.partners.edges.length)), roundTrips };
    };
    expect(await sizes(1)).toEqual({ most: 1, roundTrips: 1 });
    expect(await sizes(2)).toEqual({ most: 2, roundTrips: 1 });
    const fixed = `{ initiative(id: "${initiativeId}") { partners(first: 2) { edges { node { id } } } } }`;
    const [first, second] = [await ask(fixed), await ask(fixed)];
    expect(second).toEqual(first);
    expect(ids(first.data.initiative.partners)).toHaveLength(2);
    expect(first.roundTrips).toBe(1);
  });
});

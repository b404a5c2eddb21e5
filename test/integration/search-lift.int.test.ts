import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_LIFT } from '../../src/graph/search-ranking.cypher.js';
import { MIGRATIONS, migrate } from '../../src/neo4j/migrations.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/*
 * Search lifts a hit whose own name starts with the typed text (+10, more when it is the whole
 * name). Which nodes can be lifted comes from the stored lower-case label (LABEL_KEY) and its
 * index, so these tests check that the key follows every way a name is written: create, update,
 * and the migration that fills it in for nodes written before it existed.
 */

let server: TestServer;
let admin: string;
const PREFIX = 'search-lift-test';
const BACKFILL_STEP = `${PREFIX}-backfill`;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.token('admin');
});
afterAll(async () => {
  await server.db.write((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: PREFIX }));
  await server.db.write((tx) => tx.run('MATCH (m:Migration {id: $id}) DELETE m', { id: BACKFILL_STEP }));
  await server.close();
});

async function search(text: string): Promise<{ id: string; score: number }[]> {
  const res = await server.gql('query ($text: String!) { search(text: $text, types: [Organisation], first: 10) { edges { score node { id } } } }', { text });
  expect(res.errors).toBeUndefined();
  return res.data.search.edges.map((e: any) => ({ id: e.node.id, score: e.score }));
}

async function createOrganisation(id: string, name: string, description: string) {
  const res = await server.gql('mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { id, name, description, kind: 'NGO', sector: 'CIVIL_SOCIETY', sources: ['test'] } }, { token: admin });
  expect(res.errors).toBeUndefined();
}

describe('search lift', () => {
  // The same words in name and description, in another order: Lucene scores the two alike, so
  // any difference between them is the lift.
  const first = `${PREFIX}-first`;
  const second = `${PREFIX}-second`;
  const scores = async (text: string) => {
    const hits = await search(text);
    return [first, second].map((id) => hits.find((h) => h.id === id)!.score);
  };

  beforeAll(async () => {
    const description = 'A procurement lab for Zephyrine.';
    await createOrganisation(first, 'Zephyrine Procurement Lab', description);
    await createOrganisation(second, 'Procurement Lab Zephyrine', description);
  });

  it('lifts a node whose name starts with the typed text by 10, above one that has the same words', async () => {
    const [a, b] = await scores('zephyrine proc');
    expect(a - b).toBeCloseTo(10, 3);
    const [c, d] = await scores('procurement lab');
    expect(d - c).toBeCloseTo(10, 3);
    expect((await search('procurement lab'))[0].id).toBe(second);
  });

  it('follows a rename: the new name lifts, the old one no longer does', async () => {
    const res = await server.gql('mutation ($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }', { id: first, input: { name: 'Lab Zephyrine Procurement' } }, { token: admin });
    expect(res.errors).toBeUndefined();
    // An update leaves the old entry in Lucene's statistics for a while: scores move a little, the lift by 10.
    const [a, b] = await scores('zephyrine proc');
    expect(Math.abs(a - b)).toBeLessThan(2);
    const [c, d] = await scores('lab zeph');
    expect(c - d).toBeGreaterThan(8);
  });

  it('lifts nodes written before their key existed, once the migration has filled it in', async () => {
    const old = `${PREFIX}-old`;
    // As a graph written by an earlier version: no lower-case label stored.
    await server.db.write((tx) =>
      tx.run(`CREATE (n:Entity:Organisation {id: $id, name: 'Xanthorrea Budget Watch', kind: 'NGO', sector: 'CIVIL_SOCIETY', sources: ['test'], createdAt: datetime(), updatedAt: datetime()})`, { id: old }),
    );
    const [before] = await search('xanthorrea budget watch');
    expect(before.id).toBe(old);

    const step = MIGRATIONS.find((m) => m.id === '005-label-keys')!;
    expect(await migrate(server.db, [{ ...step, id: BACKFILL_STEP }])).toEqual([BACKFILL_STEP]);
    const [after] = await search('xanthorrea budget watch');
    expect(after.id).toBe(old);
    // Its whole name typed: lifted as named (SEARCH_LIFT.NAMED), and nothing else about it changed.
    expect(after.score - before.score).toBeCloseTo(SEARCH_LIFT.NAMED, 3);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_LIFT } from '../../src/graph/search-ranking.cypher.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/*
 * Search puts what was meant first: an exact id, an acronym (also one in a title's closing
 * parentheses) and a whole name outrank hits that only mention the words. Checked on the seed
 * data, where Lucene alone ranks the LOCI kick-off event and a learning above the initiative.
 */

let server: TestServer;
let admin: string;
const PREFIX = 'search-ranking-test';
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.token('admin');
});
afterAll(async () => {
  await server.db.write((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: PREFIX }));
  await server.close();
});

async function create(type: 'Initiative' | 'Learning', input: Record<string, unknown>): Promise<void> {
  const res = await server.gql(`mutation ($input: Create${type}Input!) { create${type}(input: $input) { id } }`, { input }, { token: admin });
  expect(res.errors).toBeUndefined();
}

async function ids(text: string, first = 5, types?: string[]): Promise<string[]> {
  const res = await server.gql('query ($text: String!, $first: Int!, $types: [NodeType!]) { search(text: $text, first: $first, types: $types) { edges { node { id } } } }', { text, first, types });
  expect(res.errors).toBeUndefined();
  return res.data.search.edges.map((e: any) => e.node.id);
}

describe('search ranking', () => {
  it('answers "LOCI" with the initiative loci first (its id, and the acronym in its title)', async () => {
    expect(await ids('LOCI', 1)).toEqual(['loci']);
  });

  it("lifts the acronym in a title's closing parentheses above titles that only mention it", async () => {
    const programme = `${PREFIX}-programme`;
    await create('Initiative', { id: programme, title: 'Zyxwv Budget Transparency Programme (ZBTP)', level: 'LOCAL', sources: ['test'] });
    await create('Learning', { id: `${PREFIX}-lesson`, title: 'ZBTP kick-off: what ZBTP partners learned about ZBTP', kind: 'PRACTICE', sources: ['test'] });
    const res = await server.gql('{ search(text: "zbtp", first: 2) { edges { score node { id } } } }');
    const [top, next] = res.data.search.edges;
    expect(top.node.id).toBe(programme);
    expect(top.score - next.score).toBeGreaterThan(SEARCH_LIFT.NAMED - 30);
  });

  it('does not take a place in parentheses for an acronym', async () => {
    // "DOZORRO (Ukraine)" and "ProZorro (Ukraine)": the country comes first.
    expect((await ids('Ukraine', 1))[0]).toBe('ukraine');
  });

  it("puts an organisation's own acronym first", async () => {
    expect((await ids('ILDA', 1))[0]).toBe('ilda');
    expect((await ids('ocp', 1))[0]).toBe('ocp');
  });

  it('puts an exact id first, typed with spaces or hyphens', async () => {
    expect(await ids('daniel-dietrich', 1)).toEqual(['daniel-dietrich']);
  });

  it('puts the whole name first, above names that only start with it', async () => {
    const top = await ids('Kaduna State', 3);
    expect(top[0]).toBe('kaduna-state');
  });

  it('keeps a name being typed ahead of mentions: "Kaduna State open" is the initiative', async () => {
    expect(await ids('Kaduna State open', 1)).toEqual(['kaduna-open-contracting']);
  });
});

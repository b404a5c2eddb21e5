import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the server', () => {
  it('answers /health with its pid and version', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: string };
    expect(body).toMatchObject({ status: 'ok', pid: process.pid });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers /ready with 200 while Neo4j answers and the database is prepared', async () => {
    const res = await fetch(`${server.url}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true });
  });

  it('answers a GraphQL query over HTTP', async () => {
    const res = await server.gql('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('reads through GraphQL what was written to Neo4j', async () => {
    const id = `test-theme-${Date.now()}`;
    await server.db.write((tx) => tx.run('CREATE (t:Entity:Theme {id: $id, name: $name, sources: ["test"]})', { id, name: 'Written by a test' }));
    try {
      const res = await server.gql('query ($id: ID!) { theme(id: $id) { id name sources } }', { id });
      expect(res.data.theme).toEqual({ id, name: 'Written by a test', sources: ['test'] });
    } finally {
      await server.db.write((tx) => tx.run('MATCH (t:Theme {id: $id}) DETACH DELETE t', { id }));
    }
  });
});

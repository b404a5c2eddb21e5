import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** Every theme this file makes has an id starting with this, and is removed after each test. */
const PREFIX = 'heavy-work-test-';

/** POSTs a GraphQL query and keeps what a client sees: status, headers and body. */
async function post(server: TestServer, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

async function createTheme(server: TestServer, id: string, name = `Heavy work test ${id}`) {
  const res = await server.gql(`mutation { createTheme(input: { id: "${id}", name: "${name}", sources: ["heavy work test"] }) { id } }`, {}, { token: await server.token('admin') });
  expect(res.errors).toBeUndefined();
}

async function removeTestThemes(server: TestServer) {
  await server.db.write((tx) => tx.run('MATCH (t:Theme) WHERE t.id STARTS WITH $prefix DETACH DELETE t', { prefix: PREFIX }));
}

describe('the heavy-work limit', () => {
  let server: TestServer;
  // One heavy computation at a time and no queue: a second one at the same moment is refused.
  beforeAll(async () => (server = await startTestServer({ HEAVY_MAX_CONCURRENT: '1', HEAVY_MAX_QUEUE: '0', HEAVY_QUEUE_TIMEOUT_MS: '3000' })));
  afterAll(() => server.close());

  it('refuses network requests beyond it with 503 SERVER_BUSY and Retry-After, and serves the others', async () => {
    // Different limits, so that no answer can come from the cache or be shared.
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post(server, `{ network(filter: { limit: ${5000 + i} }) { nodes { id betweenness } } }`)),
    );
    const refused = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'SERVER_BUSY');
    const served = answers.filter((a) => a.status === 200 && !a.body.errors);
    expect(served.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(served.length + refused.length).toBe(answers.length);
    for (const a of refused) {
      expect(a.status).toBe(503);
      expect(a.retryAfter).toBe('3');
      expect(a.body.errors[0].extensions).toMatchObject({ field: 'network', retryAfterSeconds: 3 });
    }
  });

  it('refuses path searches beyond it the same way', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post(server, '{ paths(from: "daniel-dietrich", to: "ilda", maxLength: 10, limit: 100) { length } }')),
    );
    const refused = answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'SERVER_BUSY');
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.every((a) => a.status === 503 && a.retryAfter === '3')).toBe(true);
    expect(answers.filter((a) => a.status === 200 && a.body.data?.paths?.length > 0).length).toBeGreaterThanOrEqual(1);
  });

  it('refuses /export downloads beyond it with 503 SERVER_BUSY and Retry-After', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => fetch(`${server.url}/export/network.json?limit=${6000 + i}`)));
    const refused = answers.filter((r) => r.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
    for (const r of refused) {
      expect(r.headers.get('retry-after')).toBe('3');
      expect(((await r.json()) as any).code).toBe('SERVER_BUSY');
    }
  });
});

describe('the network cache', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterEach(() => removeTestThemes(server));
  afterAll(() => server.close());

  const themes = (debug: boolean) =>
    post(server, '{ network(filter: { nodeTypes: [Theme] }) { nodes { id degree } } }', debug ? { 'x-loci-debug': '1' } : {});

  it('serves a repeated network request without a database round trip', async () => {
    const first = await themes(true);
    const second = await themes(true);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions.db.roundTrips).toBeGreaterThan(0);
    expect(second.body.extensions.db.roundTrips).toBe(0);
    expect(second.body.data).toEqual(first.body.data);
  });

  it('serves a filter written differently (lists reordered, repeated) from the same entry', async () => {
    await post(server, '{ network(filter: { nodeTypes: [Theme, Place] }) { nodes { id } } }');
    const same = await post(server, '{ network(filter: { nodeTypes: [Place, Theme, Place] }) { nodes { id } } }', { 'x-loci-debug': '1' });
    expect(same.body.extensions.db.roundTrips).toBe(0);
  });

  it('forgets the cached network when a mutation changes the graph', async () => {
    await themes(false);
    await createTheme(server, `${PREFIX}cache`);
    const after = await themes(true);
    expect(after.body.extensions.db.roundTrips).toBeGreaterThan(0);
    expect(after.body.data.network.nodes.map((n: { id: string }) => n.id)).toContain(`${PREFIX}cache`);
  });
});

describe('/export validators', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterEach(() => removeTestThemes(server));
  afterAll(() => server.close());

  const download = (etag?: string) => fetch(`${server.url}/export/nodes.csv?nodeTypes=Theme`, { headers: etag ? { 'if-none-match': etag } : {} });

  it('answers 304 without a body to If-None-Match with the current ETag', async () => {
    const first = await download();
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toMatch(/^"g\d+-[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await download(etag!);
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('answers 200 with a new ETag and the fresh file after a write', async () => {
    const before = await download();
    const etag = before.headers.get('etag')!;
    await before.text();
    await createTheme(server, `${PREFIX}export`);
    const after = await download(etag);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.text()).toContain(`${PREFIX}export`);
  });
});

describe('the request deadline', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer({ REQUEST_TIMEOUT_MS: '1500' })));
  afterEach(() => removeTestThemes(server));
  afterAll(() => server.close());

  it('answers REQUEST_TIMEOUT when a request runs past it, and its database work is rolled back', async () => {
    const id = `${PREFIX}deadline`;
    await createTheme(server, id, 'Before');
    // Another transaction holds the theme's write lock, so the update waits past the deadline.
    const session = server.driver.session();
    const blocker = await session.beginTransaction();
    try {
      await blocker.run('MATCH (t:Theme {id: $id}) SET t.description = $text', { id, text: 'locked by the test' });
      const started = Date.now();
      const res = await server.gql(`mutation { updateTheme(id: "${id}", input: { name: "After" }) { name } }`, {}, { token: await server.token('admin') });
      expect(res.errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(6_000);
    } finally {
      await blocker.rollback();
      await session.close();
    }
    const [row] = await server.db.read('MATCH (t:Theme {id: $id}) RETURN t.name AS name', { id });
    expect(row.name).toBe('Before');
    // Its session went back to the pool: the server still answers, and the same write now passes.
    const retry = await server.gql(`mutation { updateTheme(id: "${id}", input: { name: "After" }) { name } }`, {}, { token: await server.token('admin') });
    expect(retry.data?.updateTheme.name).toBe('After');
  });
});

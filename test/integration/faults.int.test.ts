import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLocalNeo4j } from '../../src/neo4j/local.js';
import { REPO_ROOT } from '../../src/paths.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * The database goes away mid-run and comes back: the API answers SERVICE_UNAVAILABLE (HTTP 503)
 * quickly while it is down, starts even while it is down, and resumes by itself afterwards.
 *
 * This file stops the shared test Neo4j, so it runs last (vitest.config.mts orders it after
 * every other file). scripts/test.mjs gives the instance's port and folder.
 */
const port = Number(process.env.NEO4J_TEST_PORT ?? 7697);
const dataDir = process.env.NEO4J_TEST_DATA_DIR ?? '.data/neo4j-test';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUERY = '{ node(id: "hivos") { id } }';

let server: TestServer;
let admin: string;

async function startNeo4j() {
  const { startLocalNeo4j } = await loadLocalNeo4j();
  await startLocalNeo4j({ port, dataDir, heap: '1g', pageCache: '256m', log: () => undefined });
}

async function timed<T>(call: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await call();
  return { value, ms: Date.now() - started };
}

/** Polls `check` until it holds or `ms` pass; resolves with whether it held. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(250);
  }
  return false;
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.token('admin');
});
afterAll(async () => {
  // Whatever happened above, leave the test database running for scripts/test.mjs to stop.
  await startNeo4j();
  await server.close();
});

describe('Neo4j goes away and comes back', () => {
  let lateServer: TestServer | undefined;
  let api: ChildProcess | undefined;
  let apiOutput = '';
  let apiUrl: string | undefined;
  afterAll(async () => {
    await lateServer?.close();
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api!.once('exit', r));
    }
  });

  it('answers while Neo4j is up', async () => {
    expect((await server.gql(QUERY)).data).toEqual({ node: { id: 'hivos' } });
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE with HTTP 503, quickly, once Neo4j has stopped', async () => {
    const { stopLocalNeo4j } = await loadLocalNeo4j();
    await stopLocalNeo4j({ dataDir });

    const first = await timed(() => server.gql(QUERY));
    expect(first.value.status).toBe(503);
    expect(first.value.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    // The first request may spend the driver's retry budget (5 s); the next ones fail at once.
    expect(first.ms).toBeLessThan(15_000);
    for (let i = 0; i < 5; i++) {
      const next = await timed(() => server.gql(QUERY));
      expect(next.value.status).toBe(503);
      expect(next.value.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(next.value.errors?.[0].message).toMatch(/database is unavailable/);
      expect(next.ms).toBeLessThan(1_000);
    }
    const write = await server.gql('mutation { createTheme(input: { id: "fault-theme", name: "Never written", sources: ["t"] }) { id } }', {}, { token: admin });
    expect(write.status).toBe(503);
    expect(write.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const ready = await timed(() => fetch(`${server.url}/ready`));
    expect(ready.value.status).toBe(503);
    expect(await ready.value.json()).toEqual({ ready: false, state: 'database-unavailable' });
    expect(ready.ms).toBeLessThan(3_000);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/export/network.json`)).status).toBe(503);
  }, 60_000);

  it('starts while Neo4j is down: in-process and as the real API process', async () => {
    lateServer = await startTestServer();
    expect((await fetch(`${lateServer.url}/ready`)).status).toBe(503);
    const res = await timed(() => lateServer!.gql(QUERY));
    expect(res.value.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.ms).toBeLessThan(15_000);

    api = spawn(process.execPath, ['scripts/run.mjs', 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'info', RATE_LIMIT_PER_IP: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout!.on('data', (d) => (apiOutput += d));
    api.stderr!.on('data', (d) => (apiOutput += d));
    // Neo4j is down: the API listens (its "listening" line) but never prints its "ready" line.
    const started = await eventually(async () => Boolean((apiUrl = /LOCI Graph listening on (http:\/\/\S+):/.exec(apiOutput)?.[1])), 120_000);
    expect(started, apiOutput).toBe(true);
    const notReady = await fetch(`${apiUrl}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ ready: false, state: 'database-unavailable' });
    expect(apiOutput).not.toMatch(/LOCI Graph http\S+ ready/);
    const down = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(down.status).toBe(503);
  }, 180_000);

  it('resumes by itself once Neo4j is back, without restarting the API', async () => {
    await startNeo4j();
    const recovered = await eventually(async () => (await server.gql(QUERY)).data?.node?.id === 'hivos', 30_000);
    expect(recovered).toBe(true);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect(await eventually(async () => (await lateServer!.gql(QUERY)).data?.node?.id === 'hivos', 30_000)).toBe(true);
    const apiBack = await eventually(async () => {
      const res = await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
      return res.status === 200;
    }, 30_000);
    expect(apiBack, apiOutput).toBe(true);
    // Ready once its prepare step, retried every 5 s while Neo4j was away, has run; then it says so.
    expect(await eventually(async () => (await fetch(`${apiUrl}/ready`)).status === 200, 30_000), apiOutput).toBe(true);
    expect(await eventually(async () => /LOCI Graph http\S+ ready/.test(apiOutput), 5_000), apiOutput).toBe(true);

    const id = 'fault-theme-after';
    const write = await server.gql(`mutation { createTheme(input: { id: "${id}", name: "Written after the outage", sources: ["t"] }) { id } }`, {}, { token: admin });
    expect(write.errors).toBeUndefined();
    await server.db.write((tx) => tx.run('MATCH (t:Theme {id: $id}) DETACH DELETE t', { id }));
  }, 240_000);
});

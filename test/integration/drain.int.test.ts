import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../../src/paths.js';
import { mintToken } from '../../src/auth/token.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { putNode, removeNodes } from '../helpers/security.js';

/**
 * Shutting down drains requests in flight. A request is kept in flight on purpose: the test holds
 * a write lock on a node, the API's update of that node waits for it, and the test releases the
 * lock only after shutdown has begun.
 */
const P = 'sec-drain';
let helper: TestServer;

beforeAll(async () => {
  helper = await startTestServer();
  await removeNodes(helper.db, P);
  await putNode(helper.db, 'Theme', `${P}-theme`, { name: 'Drained theme' });
});
afterAll(async () => {
  await removeNodes(helper.db, P);
  await helper.close();
});

/** Holds a write lock on the theme until `release()`: a write to it waits meanwhile. */
async function lockTheme(driver: Driver) {
  const session = driver.session();
  const tx = await session.beginTransaction();
  await tx.run('MATCH (t:Theme {id: $id}) SET t.description = "locked"', { id: `${P}-theme` });
  return {
    release: async () => {
      await tx.rollback();
      await session.close();
    },
  };
}

const UPDATE = `mutation { updateTheme(id: "${P}-theme", input: { description: "written while draining" }) { description } }`;
const send = (url: string, token: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: UPDATE }) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('graceful shutdown', () => {
  it('server.stop() lets an in-flight request finish and refuses new connections', async () => {
    const server = await startTestServer();
    const lock = await lockTheme(helper.driver);
    const inFlight = send(server.url, await server.token('admin'));
    await sleep(500);
    let stopped = false;
    const closing = server.close().then(() => (stopped = true));
    await sleep(300);
    expect(stopped).toBe(false);
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    await lock.release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { updateTheme: { description: 'written while draining' } } });
    await closing;
  });

  describe('the API process on SIGTERM', () => {
    let child: ChildProcess;
    let output = '';
    afterAll(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });

    it('drains the request in flight, then exits 0', async () => {
      child = spawn(process.execPath, ['scripts/run.mjs', 'src/main.ts'], {
        cwd: REPO_ROOT,
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'info', RATE_LIMIT_PER_IP: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.on('data', (d) => (output += d));
      child.stderr!.on('data', (d) => (output += d));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const deadline = Date.now() + 120_000;
      let url: string | undefined;
      while (!url && Date.now() < deadline && child.exitCode === null) {
        url = /LOCI Graph (http:\/\/\S+)\/graphql/.exec(output)?.[1];
        await sleep(100);
      }
      expect(url, output).toBeDefined();

      const lock = await lockTheme(helper.driver);
      const inFlight = send(url!, await mintToken(helper.config.jwtSecret, { subject: 'drain-test', role: 'admin' }));
      await sleep(500);
      child.kill('SIGTERM');
      await sleep(500);
      expect(child.exitCode).toBeNull();
      await lock.release();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(((await res.json()) as any).data.updateTheme.description).toBe('written while draining');
      expect(await exited).toBe(0);
      expect(output).toContain('requests drained');
    }, 180_000);
  });
});

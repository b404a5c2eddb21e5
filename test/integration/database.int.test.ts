import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { createContext } from '../../src/context.js';
import { Executor } from '../../src/neo4j/executor.js';
import { testConfig } from '../helpers/env.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { putNode, removeNodes } from '../helpers/security.js';

/** The transaction timeout on every statement, and retries of transient errors. */
const P = 'sec-db';
/** A Cypher pattern that runs for many seconds: tens of millions of rows, no index can help. */
const SLOW = 'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await removeNodes(server.db, P);
  await putNode(server.db, 'Theme', `${P}-theme`, { name: 'Locked theme' });
});
afterAll(async () => {
  await removeNodes(server.db, P);
  await server.close();
});

async function expectTimeout(run: () => Promise<unknown>, withinMs: number) {
  const started = Date.now();
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLError);
  expect((error as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
  expect(Date.now() - started).toBeLessThan(withinMs);
}

describe('the transaction timeout', () => {
  it('stops a slow read with QUERY_TIMEOUT', () => expectTimeout(() => new Executor(server.driver, server.config.neo4j.database, 300).read(SLOW), 10_000));

  it('stops a slow write transaction with QUERY_TIMEOUT', () =>
    expectTimeout(() => new Executor(server.driver, server.config.neo4j.database, 300).write((tx) => tx.run(SLOW)), 10_000));

  it("applies NEO4J_TX_TIMEOUT_MS to every request's executor", () => {
    const config = testConfig({ NEO4J_TX_TIMEOUT_MS: '300' });
    const ctx = createContext({ config, driver: server.driver }, { user: null, requestId: 'timeout-test' });
    return expectTimeout(() => ctx.executor.read(SLOW), 10_000);
  });

  it('stops a mutation that waits too long (here on a lock) and answers QUERY_TIMEOUT over HTTP, writing nothing', async () => {
    const quick = await startTestServer({ NEO4J_TX_TIMEOUT_MS: '500' });
    const session = server.driver.session();
    const lock = await session.beginTransaction();
    try {
      await lock.run('MATCH (t:Theme {id: $id}) SET t.description = "held by the test"', { id: `${P}-theme` });
      const started = Date.now();
      const res = await quick.gql(`mutation { updateTheme(id: "${P}-theme", input: { description: "from the API" }) { id } }`, {}, { token: await quick.token('admin') });
      expect(res.errors?.[0].extensions?.code).toBe('QUERY_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await lock.rollback();
      await session.close();
      await quick.close();
    }
    const [row] = await server.db.read('MATCH (t:Theme {id: $id}) RETURN t.description AS d', { id: `${P}-theme` });
    expect(row.d).toBeNull();
  });
});

describe('transient errors', () => {
  it('retries a write transaction that failed with a transient error, and commits it once', async () => {
    let attempts = 0;
    const result = await server.db.write(async (tx) => {
      attempts += 1;
      await tx.run('MATCH (t:Theme {id: $id}) SET t.attempts = coalesce(t.attempts, 0) + 1', { id: `${P}-theme` });
      if (attempts === 1) throw new Neo4jError('simulated deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'simulated');
      return 'committed';
    });
    expect(result).toBe('committed');
    expect(attempts).toBe(2);
    // The failed attempt was rolled back: the property was incremented once.
    const [row] = await server.db.read('MATCH (t:Theme {id: $id}) RETURN t.attempts AS n', { id: `${P}-theme` });
    expect(row.n).toBe(1);
  });

  it('does not retry a client error', async () => {
    let attempts = 0;
    const error = await server.db
      .write(async (tx) => {
        attempts += 1;
        await tx.run('RETURN 1 +');
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(attempts).toBe(1);
  });
});

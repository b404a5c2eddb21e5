import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { DatabaseAvailability } from '../../src/neo4j/availability.js';
import { prepareDatabaseWhenReachable } from '../../src/neo4j/prepare.js';
import { seederOf } from '../../src/seed/import.js';
import { Preparation } from '../../src/neo4j/preparation.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// Ready means ready: /ready says 503 with what the server is doing until migrations and the seed
// import are done, and the availability gate closes only when the database cannot be reached.

const THEME = 'readiness-test-theme';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ready(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${url}/ready`);
  return { status: res.status, body: await res.json() };
}

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await sleep(100);
  }
}

/** A seed folder of one theme: what a prepare step imports in this test. */
function seedFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loci-ready-seed-'));
  fs.writeFileSync(path.join(dir, 'themes.yaml'), `themes:\n  - id: ${THEME}\n    name: Readiness test theme\n    sources:\n      - readiness test\n`);
  return dir;
}

describe('/ready while the database is prepared', () => {
  let api: TestServer;
  // What main.ts does: the server gets the preparation, the prepare step moves it along.
  const preparation = new Preparation('migrating');
  beforeAll(async () => {
    api = await startTestServer({ SEED_ON_START: 'true' }, preparation);
  });
  afterAll(async () => {
    await api.db.write((tx) => tx.run('MATCH (t:Theme {id: $id}) DETACH DELETE t', { id: THEME }));
    await api.close();
  });

  it('answers 503 with state "seeding" while a slow seed import runs, then 200 once it has finished', async () => {
    expect(await ready(api.url)).toEqual({ status: 503, body: { ready: false, state: 'migrating' } });

    // Slow in a real way: an open transaction holds the unique id the seed import must write,
    // so the import waits on Neo4j's lock until this transaction ends.
    const session = api.driver.session();
    const tx = await session.beginTransaction();
    await tx.run('CREATE (t:Entity:Theme {id: $id, name: "held by the test"})', { id: THEME });
    const prepared = prepareDatabaseWhenReachable(api.driver, api.config, createLogger('silent'), {
      preparation,
      seeder: seederOf(seedFolder()),
      seedNonEmptyGraph: true,
    });
    try {
      const seeding = await eventually(() => ready(api.url), (r) => r.body.state === 'seeding');
      expect(seeding).toEqual({ status: 503, body: { ready: false, state: 'seeding' } });
      await sleep(1_500); // past the answer's one-second cache: still seeding, still 503
      expect(await ready(api.url)).toEqual({ status: 503, body: { ready: false, state: 'seeding' } });
    } finally {
      await tx.rollback();
      await session.close();
    }
    expect(await prepared).toBe(true);
    expect(await eventually(() => ready(api.url), (r) => r.status === 200)).toEqual({ status: 200, body: { ready: true } });
    const [row] = await api.db.read('MATCH (t:Theme {id: $id}) RETURN t.name AS name', { id: THEME });
    expect(row.name).toBe('Readiness test theme');
  });
});

describe('/ready under load', () => {
  it('rate limits /ready like every other route', async () => {
    const limited = await startTestServer({ RATE_LIMIT_PER_IP: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.url}/ready`)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the availability gate', () => {
  const drivers: Driver[] = [];
  afterAll(async () => {
    await Promise.all(drivers.map((d) => d.close()));
  });
  const driverFor = (uri: string, options: Record<string, unknown> = {}) => {
    const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''), options);
    drivers.push(driver);
    return driver;
  };

  it('stays open when a probe is slow', async () => {
    // A pool of one connection, held by an open transaction: the probe waits for a connection
    // far longer than it may take. The database is busy, not unreachable.
    const driver = driverFor(process.env.NEO4J_URI!, { maxConnectionPoolSize: 1, connectionAcquisitionTimeout: 10_000 });
    const session = driver.session();
    const tx = await session.beginTransaction();
    await tx.run('RETURN 1');
    const availability = new DatabaseAvailability(driver, { database: 'neo4j', probeIntervalMs: 100, probeTimeoutMs: 300 });
    try {
      expect(await availability.probe()).toBe(false);
      expect(availability.isAvailable).toBe(true);
    } finally {
      await tx.rollback();
      await session.close();
      availability.close();
    }
    expect(await availability.probe()).toBe(true);
  });

  it('closes when the database cannot be reached', async () => {
    const availability = new DatabaseAvailability(driverFor('bolt://127.0.0.1:1'), { database: 'neo4j', probeIntervalMs: 60_000 });
    try {
      expect(await availability.probe()).toBe(false);
      expect(availability.isAvailable).toBe(false);
    } finally {
      availability.close();
    }
  });
});

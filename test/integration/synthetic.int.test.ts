import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/neo4j/driver.js';
import { Executor } from '../../src/neo4j/executor.js';
import { generateSyntheticNetwork } from '../../src/seed/synthetic.js';
import {
  countSynthetic,
  importSynthetic,
  removeSynthetic,
  SyntheticDataPresentError,
  SyntheticImportError,
} from '../../src/seed/synthetic-import.js';
import { testConfig } from '../helpers/env.js';

const OPTIONS = { initiatives: 50, seed: 3 };
const expected = generateSyntheticNetwork(OPTIONS);

let driver: Driver;
let db: Executor;

/** The real data as a fingerprint: every non-synthetic node and relationship, with its properties. */
async function realGraph(): Promise<{ nodes: number; relationships: number; fingerprint: string }> {
  const nodes = await db.read('MATCH (n:Entity) WHERE n.synthetic IS NULL RETURN n.id AS id, properties(n) AS p ORDER BY id');
  const rels = await db.read(
    'MATCH (a:Entity)-[r]->(b:Entity) WHERE r.synthetic IS NULL RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b',
  );
  return { nodes: nodes.length, relationships: rels.length, fingerprint: JSON.stringify([nodes, rels]) };
}

beforeAll(async () => {
  const config = testConfig();
  driver = createDriver({ uri: config.neo4j.uri!, user: config.neo4j.user, password: config.neo4j.password });
  db = new Executor(driver, config.neo4j.database, 120_000);
  // A run that died earlier must not leave this file's data behind.
  await removeSynthetic(db);
});

afterAll(async () => {
  await removeSynthetic(db);
  await driver.close();
});

describe('importSynthetic and removeSynthetic', () => {
  it('imports every generated node and relationship and leaves the real data untouched', async () => {
    const before = await realGraph();
    expect(before.nodes).toBeGreaterThan(100);

    const written = await importSynthetic(db, { ...OPTIONS, rowsPerTransaction: 500 });

    expect(written).toEqual({ nodes: expected.nodes.length, relationships: expected.relationships.length });
    expect(await countSynthetic(db)).toEqual(written);
    const byType = await db.read('MATCH (n:Entity {synthetic: true}) RETURN [l IN labels(n) WHERE l <> "Entity"][0] AS type, count(*) AS n');
    const expectedByType: Record<string, number> = {};
    for (const n of expected.nodes) expectedByType[n.type] = (expectedByType[n.type] ?? 0) + 1;
    expect(Object.fromEntries(byType.map((r) => [r.type, r.n]))).toEqual(expectedByType);
    const marked = await db.read('MATCH (:Entity {synthetic: true})-[r]->() WHERE r.synthetic = true AND r.sources = ["synthetic"] RETURN count(r) AS n');
    expect(marked[0].n).toBe(written.relationships);
    expect(await realGraph()).toEqual(before);
  });

  it('refuses to import over existing synthetic data', async () => {
    await expect(importSynthetic(db, OPTIONS)).rejects.toBeInstanceOf(SyntheticDataPresentError);
  });

  it('removeSynthetic removes exactly the synthetic nodes and their relationships', async () => {
    const before = await realGraph();
    const removed = await removeSynthetic(db, 1_000);
    expect(removed).toEqual({ nodes: expected.nodes.length, relationships: expected.relationships.length });
    expect(await countSynthetic(db)).toEqual({ nodes: 0, relationships: 0 });
    expect(await realGraph()).toEqual(before);
  });

  it('removes what it wrote when the import fails mid-way, leaving the graph as before', async () => {
    const before = await realGraph();
    const abort = new AbortController();
    const failed = importSynthetic(db, {
      ...OPTIONS,
      batchInitiatives: 10,
      onProgress: (p) => p.initiativesDone >= 20 && abort.abort(new Error('simulated failure')),
      signal: abort.signal,
    });
    await expect(failed).rejects.toBeInstanceOf(SyntheticImportError);
    await expect(failed).rejects.toMatchObject({ cleaned: true, message: expect.stringMatching(/simulated failure.*graph is as before/) });
    expect(await countSynthetic(db)).toEqual({ nodes: 0, relationships: 0 });
    expect(await realGraph()).toEqual(before);
  });
});

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, removeDataset } from '../../src/import/importer.js';
import { graphState, type GraphState } from '../helpers/graph-state.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * `--contacts` on the real OCDS fixtures: contact points name officials with their e-mail and
 * telephone. Without the flag no person comes in; with it each name (only the name) becomes a
 * non-public Actor who works at the party's organisation, marked with the dataset.
 */
const FILE = path.resolve('test/fixtures/ocds/release-package-1.json');
const DATASET = 'import-test-contacts';

let server: TestServer;
let seeded: GraphState;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await graphState(server.db);
});
afterAll(async () => {
  await removeDataset(server.db, DATASET).catch(() => undefined);
  await server.close();
});

describe('contact points', () => {
  it('are not imported as people by default', async () => {
    const report = await importFiles(server.db, { inputs: [FILE], dataset: DATASET, importedBy: 'test', dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.plan.Actor).toBeUndefined();
    expect(report.plan.WORKS_AT).toBeUndefined();
  });

  it('come in with --contacts as names only, never public, working at their organisation', async () => {
    const report = await importFiles(server.db, { inputs: [FILE], dataset: DATASET, importedBy: 'test', contacts: true });
    expect(report.errors).toEqual([]);
    expect(report.plan.Actor.created).toBeGreaterThan(0);
    const people = await server.db.read(
      `MATCH (a:Actor)-[w:WORKS_AT]->(o:Organisation) WHERE $dataset IN a.datasetIds
       RETURN a.name AS name, a.public AS public, a.email AS email, keys(a) AS keys, o.name AS organisation, w.datasetIds AS marked ORDER BY name`,
      { dataset: DATASET },
    );
    expect(people).toContainEqual(expect.objectContaining({ name: 'MIGUEL ÁNGEL VIDAL FRANCO', public: false, email: null, marked: [DATASET] }));
    for (const person of people) {
      expect(person.public).toBe(false);
      expect((person.keys as string[]).filter((k) => /mail|phone|fax|url/i.test(k))).toEqual([]);
    }
    expect(people).toHaveLength(report.plan.Actor.created);
    await removeDataset(server.db, DATASET);
    expect(await graphState(server.db)).toEqual(seeded);
  });
});

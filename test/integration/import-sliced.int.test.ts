import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, removeDataset } from '../../src/import/importer.js';
import { graphState, type GraphState } from '../helpers/graph-state.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * A first import too large for one transaction is written in slices behind an `incomplete`
 * marker. Here the fixtures are made "large" by a slice of 5 rows: the slices must end in the
 * graph one transaction makes, and a run broken between slices must stay hidden and be taken out
 * by the next import. Each test leaves the graph as the seeds made it.
 */
const FIXTURES = path.resolve('test/fixtures');
const OCDS = path.join(FIXTURES, 'ocds');
const DATASET = 'sliced-import-test';
const NEXT = 'sliced-import-test-next';

let server: TestServer;
let seeded: GraphState;
beforeAll(async () => {
  server = await startTestServer();
  seeded = await graphState(server.db);
});
afterAll(async () => {
  for (const id of [NEXT, DATASET]) await removeDataset(server.db, id).catch(() => undefined);
  await server.close();
});

const importSliced = (onSlice: (index: number, slices: number) => void) =>
  importFiles(server.db, { inputs: [OCDS], dataset: DATASET, importedBy: 'test', rowsPerTransaction: 5, onSlice });

describe('an import written in slices', () => {
  it('ends with the graph, counts and dataset that one transaction makes', async () => {
    const whole = await importFiles(server.db, { inputs: [OCDS], dataset: DATASET, importedBy: 'test' });
    const oneTransaction = await graphState(server.db);
    await removeDataset(server.db, DATASET);
    let slices = 0;
    const sliced = await importSliced((_index, count) => (slices = count));
    expect(sliced.written).toBe(true);
    // What the plan writes (import-ocds.int.test.ts tells why: 19 nodes, no PART_OF without --initiative), 5 rows a slice.
    const writes = (type: string) => (whole.plan[type]?.created ?? 0) + (whole.plan[type]?.updated ?? 0);
    const nodes = ['Organisation', 'ContractingProcess', 'Place'].map(writes).reduce((a, b) => a + b);
    const relationships = ['BUYER_OF', 'PROCURING_ENTITY_OF', 'TENDERED_FOR', 'AWARDED', 'LOCATED_IN'].map(writes).reduce((a, b) => a + b);
    expect(nodes).toBe(19);
    expect(slices).toBe(Math.ceil(nodes / 5) + Math.ceil(relationships / 5));
    expect(sliced.plan).toEqual(whole.plan);
    expect(await graphState(server.db)).toEqual(oneTransaction);
    const res = await server.gql('{ datasets(first: 10) { edges { node { id counts { type created } } } } }');
    expect(res.data.datasets.edges).toEqual([{ node: { id: DATASET, counts: expect.arrayContaining([{ type: 'ContractingProcess', created: 6 }]) } }]);
    await removeDataset(server.db, DATASET);
    expect(await graphState(server.db)).toEqual(seeded);
  });

  it('stays hidden when it breaks between slices, and the next import takes out what it wrote', async () => {
    const crash = new Error('the importer stopped between two slices');
    await expect(importSliced((index) => {
      if (index === 4) throw crash;
    })).rejects.toThrow(crash.message);
    // Four slices committed: their records are in the graph, their dataset is listed nowhere.
    expect((await graphState(server.db)).nodes).toBe(seeded.nodes + 19);
    const res = await server.gql('{ datasets(first: 10) { totalCount } organisation(id: "secretaria-de-finanzas") { datasets { id } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.datasets.totalCount).toBe(0);
    expect(res.data.organisation.datasets).toEqual([]);
    const next = await importFiles(server.db, { inputs: [path.join(FIXTURES, 'ocds-seed-match')], dataset: NEXT, importedBy: 'test' });
    expect(next.written).toBe(true);
    const [left] = await server.db.read('MATCH (d:Dataset) RETURN collect(d.id) AS ids');
    expect(left.ids).toEqual([NEXT]);
    await removeDataset(server.db, NEXT);
    expect(await graphState(server.db)).toEqual(seeded);
  });
});

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, removeDataset } from '../../src/import/importer.js';
import { exportGraph } from '../../src/seed/export.repository.js';
import { graphState, type GraphState } from '../helpers/graph-state.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * The OCDS importer against the real test Neo4j: every real fixture file imported as one dataset,
 * re-imported, removed; a seed record changed and restored; each class of bad input refused with
 * the graph unchanged. Each test leaves the graph as the seeds made it.
 */
const FIXTURES = path.resolve('test/fixtures');
const OCDS = path.join(FIXTURES, 'ocds');
const BAD = path.join(FIXTURES, 'ocds-bad');
const DATASET = 'import-test-ocds';

let server: TestServer;
let seeded: GraphState;
let seededExport: Map<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await graphState(server.db);
  seededExport = await exportGraph(server.db);
});
afterAll(async () => {
  // Whatever a failed test left behind goes; the seeds stay.
  for (const id of [DATASET, 'import-test-seed-match', 'import-test-latin1']) await removeDataset(server.db, id).catch(() => undefined);
  await server.close();
});

const importAll = (extra: Record<string, unknown> = {}) => importFiles(server.db, { inputs: [OCDS], dataset: DATASET, importedBy: 'test', ...extra });

describe('importing every real OCDS fixture', () => {
  it('plans without writing on a dry run', async () => {
    const report = await importAll({ dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.written).toBe(false);
    expect(report.plan.ContractingProcess.created).toBe(6);
    expect(await graphState(server.db)).toEqual(seeded);
  });

  it('creates one process per ocid, each organisation once, and the relationships of their roles', async () => {
    const report = await importAll({ initiative: 'mexico-city-open-contracting' });
    expect(report.errors).toEqual([]);
    expect(report.written).toBe(true);
    // 7 files, 9 releases and records, 6 ocids: OCDS-87SD3T-AD-SF-DRM-063-2015 is in two files
    // (a release package of 2 releases and a record package) and ocds-213czf-000-00001 in two more.
    expect(report.plan.ContractingProcess).toEqual({ created: 6, matched: 0, updated: 0, unchanged: 0 });
    // 12 organisations: none of the seeds' is named in the files.
    expect(report.plan.Organisation).toEqual({ created: 12, matched: 0, updated: 0, unchanged: 0 });
    // The Paraguayan contract release has no buyer or procuring entity, so 5 of each.
    expect(report.plan.BUYER_OF.created).toBe(5);
    expect(report.plan.PROCURING_ENTITY_OF.created).toBe(5);
    expect(report.plan.TENDERED_FOR.created).toBe(6);
    expect(report.plan.AWARDED.created).toBe(5);
    expect(report.plan.PART_OF.created).toBe(6);
    // 10 organisations give an address country; GB is a new place, MX and PY are the seeds' Mexico and Paraguay.
    expect(report.plan.LOCATED_IN.created).toBe(10);
    expect(report.plan.Place.created).toBe(1);
    const after = await graphState(server.db);
    expect(after.nodes).toBe(seeded.nodes + 12 + 6 + 1);
    expect(after.relationships).toBe(seeded.relationships + 5 + 5 + 6 + 5 + 6 + 10);
  });

  it('makes the Mexico City buyer one organisation, whatever files name it and however they spell it', async () => {
    const rows = await server.db.read(
      `MATCH (o:Organisation) WHERE o.identifiers CONTAINS '"GDF9712054NA"'
       RETURN o.id AS id, o.name AS name, COLLECT { MATCH (o)-[:BUYER_OF]->(p) RETURN p.ocid ORDER BY p.ocid } AS bought`,
    );
    expect(rows).toEqual([{ id: 'secretaria-de-finanzas', name: 'SECRETARÍA DE FINANZAS', bought: ['OCDS-87SD3T-AD-SF-DRM-063-2015', 'OCDS-87SD3T-AD-SF-DRM-065-2015'] }]);
  });

  it('matches a name the publisher truncated to its full form when the identifier agrees', async () => {
    const rows = await server.db.read(`MATCH (o:Organisation) WHERE o.identifiers CONTAINS '"C&C021030KX2"' RETURN o.name AS name`);
    // Named "... SA DE CV" as a tenderer and "... SA DE C" as a supplier: one organisation, the longer name.
    expect(rows).toEqual([{ name: 'COMUNIC@RTE & CONSULTING SA DE CV' }]);
  });

  it('serves processes through GraphQL with their buyer and suppliers, amounts on the edges', async () => {
    const res = await server.gql(`{
      contractingProcess(ocid: "OCDS-87SD3T-AD-SF-DRM-063-2015") {
        ocid title procurementMethod awardedAmount awardedCurrency initiative { id }
        buyer { name identifiers { scheme id } headquarters { isoCode } }
        suppliers { edges { amount currency date node { name } } }
      }
      organisation(id: "secretaria-de-finanzas") { contracting(role: BUYER) { totalCount } }
      contractingProcesses(first: 10, filter: { buyer: "secretaria-de-finanzas" }) { totalCount }
      search(text: "arrendamiento", types: [ContractingProcess]) { edges { node { id } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.contractingProcess).toEqual({
      ocid: 'OCDS-87SD3T-AD-SF-DRM-063-2015',
      title: 'ARRENDAMIENTO DE BIENES INFORMÁTICOS',
      procurementMethod: 'selective',
      awardedAmount: 1311264,
      awardedCurrency: 'MXN',
      initiative: { id: 'mexico-city-open-contracting' },
      buyer: { name: 'SECRETARÍA DE FINANZAS', identifiers: [{ scheme: 'MX-RFC', id: 'GDF9712054NA' }], headquarters: { isoCode: 'MX' } },
      suppliers: { edges: [{ amount: 1311264, currency: 'MXN', date: '2015-12-30', node: { name: 'COMUNIC@RTE & CONSULTING SA DE CV' } }] },
    });
    expect(res.data.organisation.contracting.totalCount).toBe(2);
    expect(res.data.contractingProcesses.totalCount).toBe(2);
    expect(res.data.search.edges).toEqual([{ node: { id: 'ocds-87sd3t-ad-sf-drm-063-2015' } }]);
  });

  it('records the dataset with its files, their sha256 and its counts', async () => {
    const res = await server.gql('{ datasets(first: 10) { totalCount edges { node { id name format importedBy files { name sha256 } counts { type created } } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.datasets.totalCount).toBe(1);
    const dataset = res.data.datasets.edges[0].node;
    expect(dataset).toMatchObject({ id: DATASET, name: DATASET, format: 'ocds', importedBy: 'test' });
    const expected = readdirSync(OCDS).filter((f) => f.endsWith('.json')).sort();
    expect(dataset.files.map((f: { name: string }) => f.name)).toEqual(expected);
    const sha = createHash('sha256').update(readFileSync(path.join(OCDS, 'release-package-1.json'))).digest('hex');
    expect(dataset.files.find((f: { name: string }) => f.name === 'release-package-1.json').sha256).toBe(sha);
    expect(dataset.counts).toContainEqual({ type: 'ContractingProcess', created: 6 });
  });

  it('tells the change feed: one IMPORTED change for the dataset', async () => {
    const res = await server.gql(`{ changes(first: 100, filter: { ids: ["${DATASET}"] }) { edges { node { kind node { id type label } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.changes.edges.map((e: { node: unknown }) => e.node)).toEqual([{ kind: 'IMPORTED', node: { id: DATASET, type: 'Dataset', label: DATASET } }]);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await graphState(server.db);
    const report = await importAll({ initiative: 'mexico-city-open-contracting' });
    expect(report.written).toBe(false);
    for (const counts of Object.values(report.plan)) expect(counts.created + counts.updated).toBe(0);
    // Its own records found again are no merges.
    expect(report.merges).toEqual([]);
    expect(await graphState(server.db)).toEqual(before);
  });

  it('--remove takes out exactly what the dataset added: the export is the seeds\' again', async () => {
    const result = await removeDataset(server.db, DATASET);
    expect(result.deletedNodes).toBe(19);
    expect(await exportGraph(server.db)).toEqual(seededExport);
    expect(await graphState(server.db)).toEqual(seeded);
  });
});

describe('an import that changes a seed record', () => {
  const seedMatch = () => importFiles(server.db, { inputs: [path.join(FIXTURES, 'ocds-seed-match')], dataset: 'import-test-seed-match', importedBy: 'test' });

  it('matches the seeds\' organisation by name within its country and lists the merge with its rule', async () => {
    const report = await seedMatch();
    expect(report.errors).toEqual([]);
    expect(report.merges).toEqual([expect.objectContaining({ id: 'mexico-city-government', matched: 'MEXICO CITY GOVERNMENT', rule: 'name' })]);
    expect(report.plan.Organisation).toEqual({ created: 0, matched: 1, updated: 1, unchanged: 0 });
    const res = await server.gql('{ organisation(id: "mexico-city-government") { identifiers { scheme id } buyerOf { edges { node { ocid } } } } }');
    expect(res.data.organisation).toEqual({ identifiers: [{ scheme: 'MX-RFC', id: 'TST000101AB1' }], buyerOf: { edges: [{ node: { ocid: 'ocds-test-seedmatch-1' } }] } });
  });

  it('imports no contact point as a person', async () => {
    const rows = await server.db.read("MATCH (a:Actor) WHERE a.name CONTAINS 'Synthetic Official' RETURN count(a) AS n");
    expect(rows[0].n).toBe(0);
  });

  it('--remove restores the seed record as it was', async () => {
    await removeDataset(server.db, 'import-test-seed-match');
    expect(await exportGraph(server.db)).toEqual(seededExport);
    expect(await graphState(server.db)).toEqual(seeded);
  });
});

describe('bad input: a named error, and nothing written', () => {
  const refused = async (file: string, extra: Record<string, unknown> = {}) => {
    const report = await importFiles(server.db, { inputs: [path.join(BAD, file)], dataset: `import-test-bad`, importedBy: 'test', ...extra });
    expect(report.written).toBe(false);
    expect(await graphState(server.db)).toEqual(seeded);
    return report.errors;
  };

  it('invalid JSON names the file and the byte offset', async () => {
    const [error] = await refused('invalid-json.json');
    // The file breaks off at `tru}`: the offset is where a reader finds it.
    const offset = readFileSync(path.join(BAD, 'invalid-json.json'), 'utf8').indexOf('tru}');
    expect(error).toMatchObject({ file: 'invalid-json.json', at: `byte offset ${offset} (line 1, column ${offset + 1})` });
  });

  it('a file that is not UTF-8 is refused, saying so, until --encoding is given', async () => {
    const [error] = await refused('latin1.json');
    expect(error).toMatchObject({ file: 'latin1.json', message: expect.stringContaining('not UTF-8') });
    const report = await importFiles(server.db, { inputs: [path.join(BAD, 'latin1.json')], dataset: 'import-test-latin1', encoding: 'latin1', importedBy: 'test' });
    expect(report.written).toBe(true);
    const [row] = await server.db.read("MATCH (p:ContractingProcess {ocid: 'ocds-test-latin1'}) RETURN p.title AS title");
    expect(row.title).toBe('Adquisición de vehículos');
    await removeDataset(server.db, 'import-test-latin1');
    expect(await graphState(server.db)).toEqual(seeded);
  });

  it('a release without ocid names the release and the field', async () => {
    expect(await refused('missing-ocid.json')).toEqual([expect.objectContaining({ file: 'missing-ocid.json', at: 'release 1', field: 'ocid' })]);
  });

  it('a connection to an unknown party id names the reference', async () => {
    expect(await refused('unknown-party.json')).toEqual([expect.objectContaining({ file: 'unknown-party.json', at: 'release 0', field: 'awards[0].suppliers[0].id' })]);
  });

  it('a record with only a versioned release asks for a compiled one', async () => {
    expect(await refused('versioned-record.json')).toEqual([expect.objectContaining({ file: 'versioned-record.json', at: 'record 0', field: 'compiledRelease' })]);
  });

  it('JSON that is not OCDS is refused', async () => {
    expect(await refused('not-ocds.json')).toEqual([expect.objectContaining({ file: 'not-ocds.json', message: expect.stringContaining('not OCDS') })]);
  });

  it('an --initiative the graph does not have is refused', async () => {
    const errors = await refused('latin1.json', { encoding: 'latin1', initiative: 'no-such-initiative' });
    expect(errors).toEqual([expect.objectContaining({ field: 'initiative' })]);
  });
});

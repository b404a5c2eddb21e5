import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, removeDataset } from '../../src/import/importer.js';
import { awardedByCurrencyAndYear, processesIn, supplierTotals } from '../helpers/ocds-awards.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * The contracting side of the API over HTTP, on the real OCDS fixtures imported as two datasets:
 * Node.datasets, search over processes, contractingSummary (its sums checked against the JSON
 * read here, not through the importer) and the round trips of a list with datasets and buyers.
 */
const FIXTURES = path.resolve('test/fixtures');
const OCDS = path.join(FIXTURES, 'ocds');
const DATASET = 'contracting-api-test-ocds';
const SEED_MATCH = 'contracting-api-test-seed-match';
const INITIATIVE = 'mexico-city-open-contracting';
const DEBUG = { headers: { 'x-loci-debug': '1' } };
const processes = processesIn(OCDS);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const main = await importFiles(server.db, { inputs: [OCDS], dataset: DATASET, importedBy: 'test', initiative: INITIATIVE });
  const seedMatch = await importFiles(server.db, { inputs: [path.join(FIXTURES, 'ocds-seed-match')], dataset: SEED_MATCH, importedBy: 'test' });
  expect([main.errors, seedMatch.errors, main.written, seedMatch.written]).toEqual([[], [], true, true]);
});
afterAll(async () => {
  for (const id of [SEED_MATCH, DATASET]) await removeDataset(server.db, id).catch(() => undefined);
  await server.close();
});

describe('Node.datasets', () => {
  it('lists the dataset that brought a process and its buyer, and the one that changed a seed organisation', async () => {
    const res = await server.gql(`{
      contractingProcess(ocid: "OCDS-87SD3T-AD-SF-DRM-063-2015") { datasets { id name format } buyer { id datasets { id } } }
      matched: organisation(id: "mexico-city-government") { datasets { id importedBy } }
      untouched: organisation(id: "hivos") { datasets { id } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.contractingProcess).toEqual({
      datasets: [{ id: DATASET, name: DATASET, format: 'ocds' }],
      buyer: { id: 'secretaria-de-finanzas', datasets: [{ id: DATASET }] },
    });
    // The seeds' Mexico City government, matched by name and given the file's identifier.
    expect(res.data.matched.datasets).toEqual([{ id: SEED_MATCH, importedBy: 'test' }]);
    expect(res.data.untouched.datasets).toEqual([]);
  });

  it('costs the same round trips for a list of 2 processes as for 6, with their datasets and buyers', async () => {
    const query = `query ($first: Int!) { contractingProcesses(first: $first, filter: { initiative: "${INITIATIVE}" }) { edges { node { datasets { id } buyer { id } } } } }`;
    const trips = async (first: number) => {
      const res = await server.gql(query, { first }, DEBUG);
      expect(res.errors).toBeUndefined();
      expect(res.data.contractingProcesses.edges).toHaveLength(first);
      expect(res.data.contractingProcesses.edges.every((e: any) => e.node.datasets[0]?.id === DATASET)).toBe(true);
      return res.extensions?.db.roundTrips as number;
    };
    const small = await trips(2);
    expect(small).toBeGreaterThan(0);
    expect(await trips(processes.length)).toBe(small);
  });
});

describe('search over contracting processes', () => {
  it('finds a process by a word of its title', async () => {
    const target = processes.find((p) => p.ocid === 'ocds-07smqs-993235')!;
    // Its title's longest word, as a person remembering it would type it.
    const word = target.title!.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    const res = await server.gql('query ($text: String!) { search(text: $text, types: [ContractingProcess]) { edges { node { ... on ContractingProcess { ocid } } } } }', { text: word.toLowerCase() });
    expect(res.errors).toBeUndefined();
    expect(res.data.search.edges.map((e: any) => e.node.ocid)).toContain(target.ocid);
  });

  it('finds a process by its ocid first, before processes sharing parts of it', async () => {
    const res = await server.gql('{ search(text: "OCDS-87SD3T-AD-SF-DRM-065-2015", types: [ContractingProcess]) { edges { node { ... on ContractingProcess { ocid } } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.search.edges[0].node.ocid).toBe('OCDS-87SD3T-AD-SF-DRM-065-2015');
  });
});

const SUMMARY = `query ($initiative: ID, $buyer: ID, $first: Int, $currency: String) {
  contractingSummary(initiative: $initiative, buyer: $buyer) {
    processCount
    awarded { currency year amount processCount }
    topSuppliers(first: $first, currency: $currency) { organisation { id name } amount currency processCount }
  }
}`;

describe('contractingSummary', () => {
  it("sums an initiative's processes by currency and year as the files do", async () => {
    const res = await server.gql(SUMMARY, { initiative: INITIATIVE, first: 10 });
    expect(res.errors).toBeUndefined();
    const summary = res.data.contractingSummary;
    expect(summary.processCount).toBe(processes.length);
    expect(summary.awarded).toEqual(awardedByCurrencyAndYear(processes));
    expect(new Set(summary.awarded.map((a: any) => a.currency)).size).toBeGreaterThan(2);
  });

  it("sums a buyer's processes only", async () => {
    const res = await server.gql(SUMMARY, { buyer: 'secretaria-de-finanzas', first: 10 });
    expect(res.errors).toBeUndefined();
    const bought = processes.filter((p) => p.buyer === 'SECRETARÍA DE FINANZAS');
    expect(res.data.contractingSummary.processCount).toBe(bought.length);
    expect(res.data.contractingSummary.awarded).toEqual(awardedByCurrencyAndYear(bought));
  });

  it('orders the top suppliers by amount, with the amounts and process counts the files give', async () => {
    const res = await server.gql(SUMMARY, { initiative: INITIATIVE, first: 10 });
    const top = res.data.contractingSummary.topSuppliers;
    const amounts = top.map((s: any) => s.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(top.map(({ amount, currency, processCount }: any) => ({ amount, currency, processCount }))).toEqual(supplierTotals(processes));
    expect(top.every((s: any) => typeof s.organisation.name === 'string' && s.organisation.id)).toBe(true);
  });

  it('keeps to `first` and to the currency asked', async () => {
    const res = await server.gql(SUMMARY, { initiative: INITIATIVE, first: 1, currency: 'MXN' });
    const mxn = supplierTotals(processes).filter((s) => s.currency === 'MXN');
    expect(res.data.contractingSummary.topSuppliers).toEqual([expect.objectContaining({ currency: 'MXN', amount: mxn[0].amount })]);
  });

  it('answers NOT_FOUND for an unknown initiative and BAD_USER_INPUT naming `first` out of range', async () => {
    const unknown = await server.gql(SUMMARY, { initiative: 'no-such-initiative' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const tooMany = await server.gql(SUMMARY, { initiative: INITIATIVE, first: 1000 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('shows the same processes from both ends: the initiative and the buyer list them', async () => {
    const res = await server.gql(`{
      initiative(id: "${INITIATIVE}") { contractingProcesses(first: 50) { totalCount } }
      organisation(id: "secretaria-de-finanzas") { contracting(role: BUYER) { edges { node { buyer { id } } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.initiative.contractingProcesses.totalCount).toBe(processes.length);
    expect(res.data.organisation.contracting.edges.map((e: any) => e.node.buyer.id)).toEqual(['secretaria-de-finanzas', 'secretaria-de-finanzas']);
  });
});

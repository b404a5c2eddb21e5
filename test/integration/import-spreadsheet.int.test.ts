import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, removeDataset } from '../../src/import/importer.js';
import { graphState, type GraphState } from '../helpers/graph-state.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { csvRows, writeWorkbook } from '../helpers/workbook.js';

/**
 * Spreadsheets in Kumu's convention (an elements sheet and a connections sheet) imported into the
 * real test Neo4j, as CSV files and as an XLSX workbook: columns mapped by name, an organisation
 * matched to a seed one by its identifier, connections by id, label or a graph id; bad input named
 * by file, row and field with the graph unchanged; Latin-1 text refused without --encoding and read
 * with it. Every test leaves the graph as the seeds made it.
 */
const SHEETS = path.resolve('test/fixtures/sheets');
const CSV = [path.join(SHEETS, 'elements.csv'), path.join(SHEETS, 'connections.csv')];
const DATASET = 'sheet-test';

let server: TestServer;
let seeded: GraphState;
let dir: string;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await graphState(server.db);
  dir = await mkdtemp(path.join(os.tmpdir(), 'loci-sheet-test-'));
});
afterEach(async () => {
  for (const id of [DATASET, 'sheet-test-xlsx', 'sheet-test-latin1']) await removeDataset(server.db, id).catch(() => undefined);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await server.close();
});

const importSheets = (inputs: string[], extra: Record<string, unknown> = {}) => importFiles(server.db, { inputs, dataset: DATASET, importedBy: 'test', ...extra });
const EXPECTED_PLAN = {
  Organisation: { created: 1, matched: 1, updated: 1, unchanged: 0 },
  Initiative: { created: 1, matched: 0, updated: 0, unchanged: 0 },
  Actor: { created: 1, matched: 0, updated: 0, unchanged: 0 },
  WORKS_AT: { created: 1, matched: 0, updated: 0, unchanged: 0 },
  PARTNER_IN: { created: 2, matched: 0, updated: 0, unchanged: 0 },
  MEMBER_OF: { created: 1, matched: 0, updated: 0, unchanged: 0 },
};

async function writeCsv(name: string, lines: string[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, lines.join('\n') + '\n');
  return file;
}

describe('a CSV elements sheet and connections sheet', () => {
  it('plans on a dry run, matching "HIVOS" with an identifier to the seeds\' Hivos, and writes nothing', async () => {
    const report = await importSheets(CSV, { dryRun: true });
    expect(report.errors).toEqual([]);
    expect(report.plan).toEqual(EXPECTED_PLAN);
    expect(report.merges).toEqual([expect.objectContaining({ id: 'hivos', matched: 'HIVOS', rule: 'identifier' })]);
    expect(await graphState(server.db)).toEqual(seeded);
  });

  it('writes the elements with their columns as fields and the connections with their properties', async () => {
    const report = await importSheets(CSV);
    expect(report.written).toBe(true);
    const [person] = await server.db.read(
      `MATCH (a:Actor {id: 'maria-jose-perez-sheet-test'})-[w:WORKS_AT]->(o:Organisation)
       RETURN a.name AS name, a.sources AS sources, w.role AS role, w.since AS since, o.id AS org, o.name AS orgName, o.website AS website`,
    );
    expect(person).toEqual({
      name: 'María José Pérez (sheet test)',
      sources: ['Hand-made test sheet (not real data)', 'https://example.org/people'],
      role: 'Coordinadora de datos',
      since: '2020',
      org: 'sheet-test-cesop',
      orgName: 'Centro de Estudios Sociales y de Opinión Pública',
      website: 'https://example.org/cesop',
    });
    const [initiative] = await server.db.read(
      `MATCH (i:Initiative {id: 'sheet-test-bogota'}) RETURN i.level AS level, i.startDate AS start,
         COLLECT { MATCH (o)-[p:PARTNER_IN]->(i) RETURN o.id + ':' + p.role ORDER BY o.id } AS partners,
         COLLECT { MATCH (i)-[:MEMBER_OF]->(n) RETURN n.id } AS networks`,
    );
    expect(initiative).toEqual({ level: 'LOCAL', start: '2021-03', partners: ['hivos:FUNDER', 'sheet-test-cesop:IMPLEMENTER'], networks: ['loci'] });
    // The seeds' Hivos keeps its name: a row matched by identifier adds, it does not overwrite.
    const [hivos] = await server.db.read(`MATCH (o:Organisation {id: 'hivos'}) RETURN o.name AS name, o.datasetIds AS datasets`);
    expect(hivos).toEqual({ name: 'Hivos', datasets: [DATASET] });
  });

  it('changes nothing when the same sheets are imported again', async () => {
    await importSheets(CSV);
    const before = await graphState(server.db);
    const again = await importSheets(CSV);
    expect(again.written).toBe(false);
    expect(Object.values(again.plan).every((c) => c.created === 0 && c.updated === 0)).toBe(true);
    expect(await graphState(server.db)).toEqual(before);
  });

  it('is taken out by --remove, the seeds\' Hivos restored exactly', async () => {
    await importSheets(CSV);
    const removed = await removeDataset(server.db, DATASET);
    expect(removed).toMatchObject({ deletedNodes: 3, restoredNodes: 1 });
    expect(await graphState(server.db)).toEqual(seeded);
  });
});

describe('an XLSX workbook', () => {
  it('imports its Elements and Connections sheets as the same CSV files do', async () => {
    const file = path.join(dir, 'network.xlsx');
    await writeWorkbook(file, { Elements: csvRows(CSV[0]), Connections: csvRows(CSV[1]) });
    const report = await importFiles(server.db, { inputs: [file], dataset: 'sheet-test-xlsx', importedBy: 'test' });
    expect(report.errors).toEqual([]);
    expect(report.plan).toEqual(EXPECTED_PLAN);
    const [row] = await server.db.read(`MATCH (a:Actor {id: 'maria-jose-perez-sheet-test'})-[:WORKS_AT]->(o) RETURN a.name AS name, o.id AS org`);
    expect(row).toEqual({ name: 'María José Pérez (sheet test)', org: 'sheet-test-cesop' });
    await removeDataset(server.db, 'sheet-test-xlsx');
    expect(await graphState(server.db)).toEqual(seeded);
  });
});

describe('bad sheets are refused, each problem named, nothing written', () => {
  it('names an unknown type by file, row and field', async () => {
    const file = await writeCsv('elements.csv', ['id,label,type', 'sheet-test-x,X,Organisaton']);
    const report = await importSheets([file]);
    expect(report.written).toBe(false);
    expect(report.errors).toEqual([expect.objectContaining({ file: 'elements.csv', at: 'row 2', field: 'type', message: expect.stringContaining('"Organisaton" is not a node type') })]);
    expect(await graphState(server.db)).toEqual(seeded);
  });

  it('names an unknown column once per file', async () => {
    const file = await writeCsv('elements.csv', ['id,label,type,budget', 'sheet-test-x,X,Theme,12', 'sheet-test-y,Y,Theme,13']);
    const report = await importSheets([file]);
    expect(report.errors).toEqual([expect.objectContaining({ file: 'elements.csv', at: null, field: 'budget' })]);
  });

  it('names a connection to an id that is no element and no node', async () => {
    const elements = await writeCsv('elements.csv', ['id,label,type', 'sheet-test-x,X,Theme']);
    const connections = await writeCsv('connections.csv', ['from,to,type', 'loci,sheet-test-nowhere,ABOUT']);
    const report = await importSheets([elements, connections]);
    expect(report.errors).toEqual([expect.objectContaining({ file: 'connections.csv', at: 'row 2', field: 'to', message: expect.stringContaining('sheet-test-nowhere') })]);
    expect(await graphState(server.db)).toEqual(seeded);
  });

  it('names a connection the model does not allow between those types', async () => {
    const connections = await writeCsv('connections.csv', ['from,to,type', 'hivos,loci,WORKS_AT']);
    const report = await importSheets([connections]);
    expect(report.errors).toEqual([expect.objectContaining({ at: 'row 2', field: 'type', message: expect.stringContaining('cannot join a Organisation') })]);
  });

  it('names a required field the sheet lacks, and says how to give it', async () => {
    const file = await writeCsv('elements.csv', ['id,label,type', 'sheet-test-org,An organisation,Organisation']);
    const report = await importSheets([file]);
    expect(report.errors.map((e) => e.field).sort()).toEqual(['kind', 'sector']);
    expect(report.errors[0].message).toContain('--default Organisation.');
    const filled = await importSheets([file], { dryRun: true, defaults: { Organisation: { kind: 'OTHER', sector: 'CIVIL_SOCIETY' } } });
    expect(filled.errors).toEqual([]);
    expect(filled.plan.Organisation.created).toBe(1);
  });
});

describe('text encodings', () => {
  const LATIN1 = ['id,label,type', 'sheet-test-sep,Secretaría de Educación Pública (sheet test),Theme'].join('\n');

  it('refuses Latin-1 text without --encoding, saying so, and reads it with --encoding latin1, accents intact', async () => {
    const file = path.join(dir, 'latin1.csv');
    await writeFile(file, Buffer.from(LATIN1, 'latin1'));
    const refused = await importFiles(server.db, { inputs: [file], dataset: 'sheet-test-latin1', importedBy: 'test' });
    expect(refused.errors).toEqual([expect.objectContaining({ file: 'latin1.csv', message: expect.stringContaining('is not UTF-8 text; give its encoding with --encoding') })]);
    expect(await graphState(server.db)).toEqual(seeded);
    const read = await importFiles(server.db, { inputs: [file], dataset: 'sheet-test-latin1', importedBy: 'test', encoding: 'latin1' });
    expect(read.errors).toEqual([]);
    const [theme] = await server.db.read(`MATCH (t:Theme {id: 'sheet-test-sep'}) RETURN t.name AS name`);
    expect(theme).toEqual({ name: 'Secretaría de Educación Pública (sheet test)' });
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, removeDataset } from '../../src/import/importer.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { importSeeds } from '../../src/seed/import.js';
import { graphState, type GraphState } from '../helpers/graph-state.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

/**
 * Round trips through the network export: the seeded network downloaded from /export (CSV,
 * GraphML, GEXF), the graph wiped, the download imported into the empty graph, downloaded again:
 * the same nodes (id, type, label, degree) and relationships (type, ends, role, since, until).
 *
 * What the network formats do not carry cannot come back: the nodes' other fields (kind, sector,
 * level, descriptions, dates...) and every source. The import takes the required ones from
 * --default (the values below) and gives each record the imported file as its source. Edge ids
 * are Neo4j element ids, new on every write, so relationships are compared by type and ends.
 * The seeds are put back after the file.
 */
const DEFAULTS = {
  Organisation: { kind: 'OTHER', sector: 'CIVIL_SOCIETY' },
  Initiative: { level: 'LOCAL' },
  Learning: { kind: 'PRACTICE' },
  Event: { kind: 'MEETING', startDate: '2019' },
  Place: { kind: 'COUNTRY' },
};

let server: TestServer;
let dir: string;
let seeded: GraphState;

beforeAll(async () => {
  server = await startTestServer();
  seeded = await graphState(server.db);
  dir = await mkdtemp(path.join(os.tmpdir(), 'loci-roundtrip-'));
});
afterAll(async () => {
  await wipe();
  await importSeeds(server.db, SEEDS_DIR);
  await rm(dir, { recursive: true, force: true });
  await server.close();
});

async function wipe(): Promise<void> {
  await server.db.write((tx) => tx.run('MATCH (n) WHERE n:Entity OR n:Dataset DETACH DELETE n'));
}

const download = async (name: string) => {
  const res = await fetch(`${server.url}/export/${name}`);
  expect(res.status).toBe(200);
  return res.text();
};

type Network = { nodes: string[]; edges: string[] };

/** A network as compared: sorted node and relationship descriptions, element ids left out. */
function network(nodes: Record<string, unknown>[], edges: Record<string, unknown>[]): Network {
  const text = (v: unknown) => (v === undefined || v === null || v === '' ? '' : String(v));
  return {
    nodes: nodes.map((n) => [n.id, n.type, n.label, text(n.degree)].join(' | ')).sort(),
    edges: edges.map((e) => [e.type, e.source, e.target, text(e.role), text(e.since), text(e.until)].join(' | ')).sort(),
  };
}

function fromGraph(graph: MultiGraph): Network {
  const nodes = graph.mapNodes((id, a) => ({ id, ...a }));
  const edges = graph.mapEdges((_key, a, source, target) => ({ ...a, source, target }));
  return network(nodes, edges);
}

const READ: Record<string, (files: string[]) => Network> = {
  csv: ([nodes, edges]) => network(parseCsv(nodes, { columns: true }), parseCsv(edges, { columns: true })),
  graphml: ([text]) => fromGraph(parseGraphml(MultiGraph, text) as MultiGraph),
  gexf: ([text]) => fromGraph(parseGexf(MultiGraph, text) as MultiGraph),
};
const FILES: Record<string, string[]> = { csv: ['nodes.csv', 'edges.csv'], graphml: ['network.graphml'], gexf: ['network.gexf'] };

describe.each(['csv', 'graphml', 'gexf'])('a %s round trip through /export', (format) => {
  it('imports the export into an empty graph and exports the same network again', async () => {
    const first = await Promise.all(FILES[format].map(download));
    const before = READ[format](first);
    expect(before.nodes.length).toBeGreaterThan(50);
    const files = await Promise.all(FILES[format].map(async (name, i) => {
      const file = path.join(dir, `${format}-${name}`);
      await writeFile(file, first[i]);
      return file;
    }));
    await wipe();
    const report = await importFiles(server.db, { inputs: files, dataset: `roundtrip-${format}`, importedBy: 'test', defaults: DEFAULTS });
    expect(report.errors).toEqual([]);
    expect(report.written).toBe(true);
    const again = READ[format](await Promise.all(FILES[format].map(download)));
    expect(again.nodes).toEqual(before.nodes);
    expect(again.edges).toEqual(before.edges);
    // Back to the seeds for the next format.
    await wipe();
    await importSeeds(server.db, SEEDS_DIR);
    expect(await graphState(server.db)).toEqual(seeded);
  });
});

describe('a network drawn in Gephi', () => {
  const GEPHI = path.resolve('test/fixtures/gephi/reformers.gexf');

  it('comes in by its labels and attribute table, its layout and computed columns set aside', async () => {
    const report = await importFiles(server.db, { inputs: [GEPHI], dataset: 'roundtrip-gephi', importedBy: 'test' });
    expect(report.errors).toEqual([]);
    expect(report.plan).toMatchObject({ Organisation: { created: 2 }, Initiative: { created: 1 }, Theme: { created: 1 }, PARTNER_IN: { created: 1 }, COORDINATES: { created: 1 }, ABOUT: { created: 1 } });
    const rows = await server.db.read(
      `MATCH (i:Initiative {id: 'gephi-test-open-budget-initiative'})
       RETURN i.level AS level, i.sources AS sources, keys(i) AS keys,
         COLLECT { MATCH (o)-[r:PARTNER_IN|COORDINATES]->(i) RETURN o.id + ' ' + type(r) + ' ' + coalesce(r.role, '-') ORDER BY o.id } AS organisations`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        level: 'LOCAL',
        sources: ['reformers.gexf'],
        organisations: ['gephi-test-civic-lab PARTNER_IN IMPLEMENTER', 'gephi-test-ward-council COORDINATES -'],
      }),
    ]);
    expect(rows[0].keys).not.toEqual(expect.arrayContaining(['x']));
    await removeDataset(server.db, 'roundtrip-gephi');
    expect(await graphState(server.db)).toEqual(seeded);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
/** The whole real network as the GraphQL API gives it: what every export must hold. */
let expected: { nodes: { id: string; type: string; label: string; degree: number }[]; edges: { id: string; source: string; target: string; type: string }[] };

beforeAll(async () => {
  // A network cap of 2,000 nodes (the default is 10,000): reached below with 2,001 test nodes.
  server = await startTestServer({ MAX_NETWORK_NODES: '2000' });
  const res = await server.gql(`{ network { nodes { id type label degree } edges { id source target type } } }`);
  expected = res.data.network;
});
afterAll(() => server.close());

const download = (path: string) => fetch(`${server.url}/export/${path}`);

/** Reads CSV (RFC 4180: quoted fields may hold commas, quotes and newlines) into header-keyed rows. */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (records.at(-1)!.push(field), (field = ''));
    else if (c === '\n') (records.at(-1)!.push(field), (field = ''), records.push([]));
    else if (c !== '\r') field += c;
  }
  if (records.at(-1)!.length === 0 && field === '') records.pop();
  else records.at(-1)!.push(field);
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe.each([
  ['network.json', 'application/json', 'json'],
  ['network.gexf', 'application/gexf+xml', 'gexf'],
  ['network.graphml', 'application/graphml+xml', 'graphml'],
  ['nodes.csv', 'text/csv', 'csv'],
  ['edges.csv', 'text/csv', 'csv'],
])('GET /export/%s', (path, contentType, extension) => {
  it(`is a ${contentType} download named loci-network.${extension}`, async () => {
    const res = await download(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${contentType.replace('+', '\\+')}`));
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="loci-network.${extension}"`);
  });
});

describe('the export formats', () => {
  it('network.json is graphology serialised JSON that rebuilds the whole network', async () => {
    const json = (await (await download('network.json')).json()) as any;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['attributes', 'nodes', 'edges']));
    const graph = MultiDirectedGraph.from(json);
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    expect(graph.getNodeAttributes('hivos')).toMatchObject({ type: 'Organisation', label: 'Hivos', degree: expect.any(Number), community: expect.any(Number) });
    const edge = expected.edges.find((e) => e.type === 'COORDINATES' && e.source === 'hivos')!;
    expect(graph.source(edge.id)).toBe('hivos');
    expect(graph.getEdgeAttributes(edge.id)).toMatchObject({ type: 'COORDINATES' });
  });

  it('network.gexf parses back into the same nodes and edges', async () => {
    const graph = parseGexf(MultiDirectedGraph, await (await download('network.gexf')).text());
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    expect(graph.getNodeAttributes('hivos')).toMatchObject({ label: 'Hivos', type: 'Organisation' });
  });

  it('network.graphml parses back into the same nodes and edges, with typed attributes', async () => {
    const graph = parseGraphml(MultiDirectedGraph, await (await download('network.graphml')).text());
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    const hivos = expected.nodes.find((n) => n.id === 'hivos')!;
    expect(graph.getNodeAttributes('hivos')).toMatchObject({ label: 'Hivos', type: 'Organisation', degree: hivos.degree });
  });

  it('nodes.csv has a header and one row per node', async () => {
    const rows = parseCsv(await (await download('nodes.csv')).text());
    expect(Object.keys(rows[0])).toEqual(['id', 'type', 'label', 'degree', 'betweenness', 'pagerank', 'community']);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
  });

  it('edges.csv has a header and one row per relationship', async () => {
    const rows = parseCsv(await (await download('edges.csv')).text());
    expect(Object.keys(rows[0])).toEqual(['id', 'source', 'target', 'type', 'role', 'since', 'until']);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.edges.map((e) => e.id).sort());
  });
});

describe('export filters', () => {
  it('apply the query parameters as the GraphQL network filter does', async () => {
    const query = 'nodeTypes=Organisation,Initiative&levels=LOCAL&themes=e-procurement&includeSynthetic=false';
    const json = (await (await download(`network.json?${query}`)).json()) as any;
    const res = await server.gql(
      `{ network(filter: { nodeTypes: [Organisation, Initiative], levels: [LOCAL], themes: ["e-procurement"], includeSynthetic: false }) { nodes { id } edges { id } } }`,
    );
    expect(json.nodes.map((n: { key: string }) => n.key).sort()).toEqual(res.data.network.nodes.map((n: { id: string }) => n.id).sort());
    expect(json.edges.map((e: { key: string }) => e.key).sort()).toEqual(res.data.network.edges.map((e: { id: string }) => e.id).sort());
    expect(json.nodes.length).toBeGreaterThan(0);
  });

  it('take lists as repeated parameters too', async () => {
    const repeated = await (await download('nodes.csv?nodeTypes=Theme&nodeTypes=Place')).text();
    const commas = await (await download('nodes.csv?nodeTypes=Theme,Place')).text();
    expect(repeated).toBe(commas);
  });

  it.each([
    ['nodeTypes', 'nodeTypes=Organisation,Planet', 'BAD_USER_INPUT'],
    ['relationshipTypes', 'relationshipTypes=KNOWS', 'BAD_USER_INPUT'],
    ['levels', 'levels=CITY', 'BAD_USER_INPUT'],
    ['sectors', 'sectors=MEDIA', 'BAD_USER_INPUT'],
    ['themes', 'themes=Not%20A%20Slug', 'BAD_USER_INPUT'],
    ['themes', 'themes=no-such-theme', 'NOT_FOUND'],
    ['places', 'places=e-procurement', 'NOT_FOUND'],
    ['at', 'at=2019-13', 'BAD_USER_INPUT'],
    ['from', 'from=yesterday', 'BAD_USER_INPUT'],
    ['to', 'from=2021&to=2020', 'BAD_USER_INPUT'],
    ['includeSynthetic', 'includeSynthetic=yes', 'BAD_USER_INPUT'],
    ['limit', 'limit=0', 'BAD_USER_INPUT'],
    ['limit', 'limit=ten', 'BAD_USER_INPUT'],
    ['limit', 'limit=5&limit=6', 'BAD_USER_INPUT'],
    ['nodeType', 'nodeType=Theme', 'BAD_USER_INPUT'],
  ])('answer 400 { error, field: %s } for %s', async (field, query, code) => {
    const res = await download(`network.json?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body).toEqual({ error: expect.any(String), field, code });
  });

  it('answer 400 naming limit when the network is too large to export whole', async () => {
    const prefix = `export-synthetic-${Date.now().toString(36)}`;
    await server.db.write((tx) =>
      tx.run(`UNWIND range(1, 2001) AS i CREATE (:Entity:Theme {id: $prefix + '-' + i, name: 'Synthetic', sources: ['test'], synthetic: true})`, { prefix }),
    );
    try {
      const res = await download('network.json?includeSynthetic=true');
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: expect.stringContaining('2000'), field: 'limit', code: 'LIMIT_EXCEEDED' });
      expect((await download('nodes.csv?includeSynthetic=true&limit=100')).status).toBe(200);
    } finally {
      await server.db.write((tx) => tx.run('MATCH (n:Theme) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }));
    }
  });

  it('answer 404 for a format that does not exist', async () => {
    expect((await download('network.pdf')).status).toBe(404);
  });
});

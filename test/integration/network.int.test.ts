import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { readSeedBundle } from '../../src/seed/bundle.js';
import { SEEDS_DIR } from '../../src/paths.js';

let server: TestServer;
beforeAll(async () => {
  // Network caps of 2,000 nodes and 10,000 relationships (the defaults are five and ten times
  // that): the size-limit tests below reach them with a few thousand test nodes.
  server = await startTestServer({ MAX_NETWORK_NODES: '2000', MAX_NETWORK_EDGES: '10000' });
});
afterAll(() => server.close());

const DEBUG = { headers: { 'x-loci-debug': '1' } };
const NODE = 'id type label';
const EDGE = 'id type source target role since until';
const SUBGRAPH = `nodes { ${NODE} } edges { ${EDGE} } truncated cappedNodes`;
const PATH = `length nodes { ${NODE} } edges { ${EDGE} }`;

interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
}
interface Path {
  length: number;
  nodes: { id: string }[];
  edges: Edge[];
}

const ids = (list: { id: string }[]) => list.map((n) => n.id);
const error = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions;

/** Each edge of a path joins the nodes either side of it, in either direction. */
function expectWellFormed(path: Path, from: string, to: string) {
  expect(path.nodes[0].id).toBe(from);
  expect(path.nodes.at(-1)!.id).toBe(to);
  expect(path.edges).toHaveLength(path.length);
  path.edges.forEach((e, i) => expect([e.source, e.target].sort()).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort()));
}

/** Test data of this file: unique ids, removed in afterAll of each describe. */
const RUN = `nw-${Date.now().toString(36)}`;
const removeTestNodes = () => server.db.write((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $run DETACH DELETE n', { run: RUN }));

describe('neighbourhood', () => {
  const query = `query ($id: ID!, $depth: Int, $limit: Int, $relationshipTypes: [RelationshipType!], $nodeTypes: [NodeType!]) {
    neighbourhood(id: $id, depth: $depth, limit: $limit, relationshipTypes: $relationshipTypes, nodeTypes: $nodeTypes) { ${SUBGRAPH} } }`;

  it('returns the node, its neighbours and the relationships between them, in their stored direction', async () => {
    const res = await server.gql(query, { id: 'loci', limit: 100 });
    const { nodes, edges, truncated, cappedNodes } = res.data.neighbourhood;
    expect(ids(nodes)).toEqual(expect.arrayContaining(['loci', 'hivos', 'afic', 'dg', 'idfi', 'ilda', 'yi', 'ocp']));
    expect(nodes.find((n: { id: string }) => n.id === 'hivos')).toEqual({ id: 'hivos', type: 'Organisation', label: 'Hivos' });
    expect(edges).toContainEqual(expect.objectContaining({ type: 'COORDINATES', source: 'hivos', target: 'loci' }));
    expect(edges).toContainEqual(expect.objectContaining({ type: 'PARTNER_IN', source: 'afic', target: 'loci', role: 'PARTNER', since: '2019' }));
    const nodeIds = new Set(ids(nodes));
    for (const e of edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
    expect({ truncated, cappedNodes }).toEqual({ truncated: false, cappedNodes: [] });
  });

  it('caps a hub at limit neighbours, best connected first, and names it in cappedNodes', async () => {
    const res = await server.gql(query, { id: 'loci', limit: 3 });
    const { nodes, truncated, cappedNodes } = res.data.neighbourhood;
    expect(nodes).toHaveLength(4);
    expect(truncated).toBe(true);
    expect(cappedNodes).toEqual(['loci']);
    const [degrees] = await server.db.read(
      `MATCH (:Entity {id: 'loci'})--(m) WITH DISTINCT m ORDER BY COUNT { (m)--() } DESC, m.id LIMIT 3 RETURN collect(m.id) AS top`,
    );
    expect(ids(nodes).slice(1)).toEqual(degrees.top);
  });

  it('follows only the given relationship types', async () => {
    const res = await server.gql(query, { id: 'loci', relationshipTypes: ['PARTNER_IN'], limit: 100 });
    const { nodes, edges } = res.data.neighbourhood;
    expect(edges.length).toBeGreaterThanOrEqual(6);
    expect(new Set(edges.map((e: Edge) => e.type))).toEqual(new Set(['PARTNER_IN']));
    expect(new Set(nodes.slice(1).map((n: { type: string }) => n.type))).toEqual(new Set(['Organisation']));
  });

  it('reaches only the given node types, keeping the start node', async () => {
    const res = await server.gql(query, { id: 'loci', nodeTypes: ['Theme'], limit: 100 });
    const { nodes } = res.data.neighbourhood;
    expect(nodes[0]).toMatchObject({ id: 'loci', type: 'Initiative' });
    expect(nodes.length).toBeGreaterThan(1);
    expect(new Set(nodes.slice(1).map((n: { type: string }) => n.type))).toEqual(new Set(['Theme']));
  });

  it('goes depth hops out in depth + 1 round trips', async () => {
    const res = await server.gql(query, { id: 'daniel-dietrich', depth: 2, limit: 100 }, DEBUG);
    expect(ids(res.data.neighbourhood.nodes)).toEqual(expect.arrayContaining(['daniel-dietrich', 'hivos', 'loci']));
    expect(res.extensions?.db.roundTrips).toBe(3);
  });

  it('loads the full records of all drawn nodes in one more round trip', async () => {
    const res = await server.gql(
      `{ neighbourhood(id: "loci", limit: 100) { nodes { id node { __typename id ... on Organisation { name } } } } }`,
      undefined,
      DEBUG,
    );
    const hivos = res.data.neighbourhood.nodes.find((n: { id: string }) => n.id === 'hivos');
    expect(hivos.node).toEqual({ __typename: 'Organisation', id: 'hivos', name: 'Hivos' });
    expect(res.extensions?.db.roundTrips).toBe(3);
  });

  it.each([
    ['depth', { depth: 0 }],
    ['depth', { depth: 4 }],
    ['limit', { limit: 0 }],
    ['limit', { limit: 101 }],
  ])('returns BAD_USER_INPUT naming %s when it is out of range (%o)', async (field, args) => {
    const res = await server.gql(query, { id: 'loci', ...args });
    expect(error(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('returns NOT_FOUND naming id when the node does not exist', async () => {
    const res = await server.gql(query, { id: 'no-such-node' });
    expect(error(res)).toMatchObject({ code: 'NOT_FOUND', field: 'id', id: 'no-such-node' });
    expect(res.errors![0].message).toMatch(/^id: /);
  });
});

describe('shortestPath and paths', () => {
  const shortest = `query ($from: ID!, $to: ID!, $maxLength: Int, $relationshipTypes: [RelationshipType!]) {
    shortestPath(from: $from, to: $to, maxLength: $maxLength, relationshipTypes: $relationshipTypes) { ${PATH} } }`;
  const all = `query ($from: ID!, $to: ID!, $limit: Int) { paths(from: $from, to: $to, limit: $limit) { ${PATH} } }`;
  const isolated = [`${RUN}-island-a`, `${RUN}-island-b`];

  beforeAll(() =>
    server.db.write((tx) => tx.run(`UNWIND $ids AS id CREATE (:Entity:Theme {id: id, name: id, sources: ['test']})`, { ids: isolated })),
  );
  afterAll(removeTestNodes);

  it('returns the one-hop path from a coordinator to its initiative, edge in its stored direction', async () => {
    const res = await server.gql(shortest, { from: 'loci', to: 'hivos' });
    const path = res.data.shortestPath;
    expect(path.length).toBe(1);
    expect(ids(path.nodes)).toEqual(['loci', 'hivos']);
    expect(path.edges[0]).toMatchObject({ type: 'COORDINATES', source: 'hivos', target: 'loci' });
  });

  it('returns a path as short as Neo4j finds, in order from `from` to `to`', async () => {
    const res = await server.gql(shortest, { from: 'daniel-dietrich', to: 'makueni-open-contracting' });
    const [expected] = await server.db.read(
      `MATCH p = shortestPath((:Entity {id: 'daniel-dietrich'})-[*..6]-(:Entity {id: 'makueni-open-contracting'})) RETURN length(p) AS length`,
    );
    expect(res.data.shortestPath.length).toBe(expected.length);
    expectWellFormed(res.data.shortestPath, 'daniel-dietrich', 'makueni-open-contracting');
  });

  it('returns null when no path exists', async () => {
    const res = await server.gql(shortest, { from: isolated[0], to: 'loci' });
    expect(res.errors).toBeUndefined();
    expect(res.data.shortestPath).toBeNull();
  });

  it('returns null when the only paths are longer than maxLength', async () => {
    const found = await server.gql(shortest, { from: 'daniel-dietrich', to: 'makueni-open-contracting' });
    const res = await server.gql(shortest, { from: 'daniel-dietrich', to: 'makueni-open-contracting', maxLength: found.data.shortestPath.length - 1 });
    expect(res.data.shortestPath).toBeNull();
  });

  it('follows only the given relationship types', async () => {
    const res = await server.gql(shortest, { from: 'afic', to: 'dg', relationshipTypes: ['PARTNER_IN'] });
    expect(res.data.shortestPath.length).toBe(2);
    expect(res.data.shortestPath.edges.map((e: Edge) => e.type)).toEqual(['PARTNER_IN', 'PARTNER_IN']);
  });

  it('returns the path of length 0 from a node to itself', async () => {
    const res = await server.gql(shortest, { from: 'loci', to: 'loci' });
    expect(res.data.shortestPath).toEqual({ length: 0, nodes: [{ id: 'loci', type: 'Initiative', label: expect.any(String) }], edges: [] });
  });

  it('returns every shortest path, all of the same length, in a stable order, at most limit', async () => {
    const res = await server.gql(all, { from: 'afic', to: 'dg', limit: 100 });
    const paths: Path[] = res.data.paths;
    expect(paths.length).toBeGreaterThanOrEqual(1);
    for (const p of paths) {
      expect(p.length).toBe(paths[0].length);
      expectWellFormed(p, 'afic', 'dg');
    }
    expect(new Set(paths.map((p) => ids(p.nodes).join('>'))).size).toBe(paths.length);
    const again = await server.gql(all, { from: 'afic', to: 'dg', limit: 100 });
    expect(again.data.paths).toEqual(paths);
    const one = await server.gql(all, { from: 'afic', to: 'dg', limit: 1 });
    expect(one.data.paths).toEqual(paths.slice(0, 1));
  });

  it('returns no paths (not an error) when none exists', async () => {
    const res = await server.gql(all, { from: isolated[0], to: isolated[1] });
    expect(res.data.paths).toEqual([]);
  });

  it.each([
    ['from', { from: 'no-such-node', to: 'loci' }],
    ['to', { from: 'loci', to: 'no-such-node' }],
  ])('returns NOT_FOUND naming %s when that node does not exist', async (field, args) => {
    expect(error(await server.gql(shortest, args))).toMatchObject({ code: 'NOT_FOUND', field });
    expect(error(await server.gql(all, args))).toMatchObject({ code: 'NOT_FOUND', field });
  });

  it.each([0, 11])('returns BAD_USER_INPUT naming maxLength when it is %i', async (maxLength) => {
    const res = await server.gql(shortest, { from: 'loci', to: 'hivos', maxLength });
    expect(error(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxLength' });
  });

  it.each([0, 101])('returns BAD_USER_INPUT naming limit when paths asks for %i', async (limit) => {
    const res = await server.gql(all, { from: 'loci', to: 'hivos', limit });
    expect(error(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});

describe('connections', () => {
  const query = `query ($a: ID!, $b: ID!) { connections(a: $a, b: $b) {
    a { id } b { id } shared { node { __typename id label } relationshipFromA relationshipFromB relationship } path { ${PATH} } } }`;

  it('names a shared initiative and how each side reaches it', async () => {
    const res = await server.gql(query, { a: 'hivos', b: 'ocp' });
    const { a, b, shared, path } = res.data.connections;
    expect({ a, b }).toEqual({ a: { id: 'hivos' }, b: { id: 'ocp' } });
    expect(shared).toContainEqual({
      node: { __typename: 'Initiative', id: 'loci', label: expect.any(String) },
      relationshipFromA: 'COORDINATES',
      relationshipFromB: 'PARTNER_IN',
      relationship: 'coordinated initiative of A, partner initiative of B',
    });
    expect(path.length).toBe(2);
    expectWellFormed(path, 'hivos', 'ocp');
  });

  it("calls a partner initiative both share a 'common partner initiative'", async () => {
    const res = await server.gql(query, { a: 'afic', b: 'dg' });
    expect(res.data.connections.shared).toContainEqual(
      expect.objectContaining({ node: expect.objectContaining({ id: 'loci' }), relationship: 'common partner initiative' }),
    );
  });

  it('lists only nodes linked to both', async () => {
    const res = await server.gql(query, { a: 'afic', b: 'dg' });
    const shared: string[] = ids(res.data.connections.shared.map((s: { node: { id: string } }) => s.node));
    const rows = await server.db.read(
      `MATCH (:Entity {id: 'afic'})--(n)--(:Entity {id: 'dg'}) WHERE NOT n.id IN ['afic', 'dg'] RETURN DISTINCT n.id AS id ORDER BY id`,
    );
    expect([...shared].sort()).toEqual(ids(rows as { id: string }[]));
  });

  it.each([
    ['a', { a: 'no-such-node', b: 'ocp' }],
    ['b', { a: 'hivos', b: 'no-such-node' }],
  ])('returns NOT_FOUND naming %s when that node does not exist', async (field, args) => {
    expect(error(await server.gql(query, args))).toMatchObject({ code: 'NOT_FOUND', field });
  });
});

// peers: test/integration/peers.int.test.ts

describe('network', () => {
  const query = `query ($filter: NetworkFilter) { network(filter: $filter) {
    nodes { id type label degree betweenness pagerank community } edges { ${EDGE} } truncated cappedNodes } }`;
  const net = async (filter?: Record<string, unknown>) => (await server.gql(query, { filter })).data.network;

  it('returns the whole real network with degree, betweenness, pagerank and community on every node', async () => {
    const res = await server.gql(query, {}, DEBUG);
    const { nodes, edges, truncated } = res.data.network;
    const [counts] = await server.db.read(
      `CALL () { MATCH (n:Entity) WHERE n.synthetic IS NULL RETURN count(n) AS nodes }
       CALL () { MATCH (a:Entity)-[r]->(b:Entity) WHERE r.synthetic IS NULL AND a.synthetic IS NULL AND b.synthetic IS NULL RETURN count(r) AS edges }
       RETURN nodes, edges`,
    );
    expect(nodes).toHaveLength(counts.nodes as number);
    expect(edges).toHaveLength(counts.edges as number);
    expect(truncated).toBe(false);
    for (const n of nodes) {
      expect(Number.isInteger(n.degree) && Number.isInteger(n.community)).toBe(true);
      expect(n.betweenness).toBeGreaterThanOrEqual(0);
      expect(n.betweenness).toBeLessThanOrEqual(1);
    }
    expect(nodes.reduce((s: number, n: { pagerank: number }) => s + n.pagerank, 0)).toBeCloseTo(1, 3);
    const loci = nodes.find((n: { id: string }) => n.id === 'loci');
    expect(loci.degree).toBe(edges.filter((e: Edge) => e.source === 'loci' || e.target === 'loci').length);
    expect(res.extensions?.db.roundTrips).toBe(2);
  });

  it('gives the same communities on every call', async () => {
    const first = await net();
    const second = await net();
    expect(second.nodes.map((n: { community: number }) => n.community)).toEqual(first.nodes.map((n: { community: number }) => n.community));
  });

  it('keeps only the given node types, and the relationships between them', async () => {
    const { nodes, edges } = await net({ nodeTypes: ['Organisation', 'Initiative'] });
    expect(new Set(nodes.map((n: { type: string }) => n.type))).toEqual(new Set(['Organisation', 'Initiative']));
    const nodeIds = new Set(ids(nodes));
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
  });

  it('returns an empty network, not an error, when nothing matches', async () => {
    expect(await net({ nodeTypes: [] })).toEqual({ nodes: [], edges: [], truncated: false, cappedNodes: [] });
  });

  it('keeps only the given relationship types', async () => {
    const { edges } = await net({ relationshipTypes: ['MEMBER_OF'] });
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges.map((e: Edge) => e.type))).toEqual(new Set(['MEMBER_OF']));
  });

  it('scopes to a theme: what is about it, the theme, and what is one relationship away from those', async () => {
    const { nodes } = await net({ themes: ['e-procurement'] });
    const [expected] = await server.db.read(
      `MATCH (t:Theme {id: 'e-procurement'})<-[:ABOUT]-(anchor)
       OPTIONAL MATCH (anchor)--(n)
       WITH collect(DISTINCT anchor.id) + collect(DISTINCT n.id) + ['e-procurement'] AS all
       UNWIND all AS id RETURN collect(DISTINCT id) AS ids`,
    );
    expect([...ids(nodes)].sort()).toEqual([...(expected.ids as string[])].sort());
  });

  it('scopes to a place, including what is located in places inside it', async () => {
    const { nodes } = await net({ places: ['kenya'], nodeTypes: ['Initiative', 'Place'] });
    expect(ids(nodes)).toEqual(expect.arrayContaining(['kenya', 'makueni-open-contracting']));
    expect(ids(nodes)).not.toContain('buenos-aires-open-contracting');
  });

  it('keeps initiatives of the given levels only, leaving other types alone', async () => {
    const { nodes } = await server.gql(`{ network(filter: { levels: [LOCAL] }) { nodes { type node { ... on Initiative { level } } } } }`).then((r) => r.data.network);
    const initiatives = nodes.filter((n: { type: string }) => n.type === 'Initiative');
    expect(initiatives.length).toBeGreaterThan(0);
    expect(new Set(initiatives.map((n: { node: { level: string } }) => n.node.level))).toEqual(new Set(['LOCAL']));
    expect(nodes.some((n: { type: string }) => n.type === 'Organisation')).toBe(true);
  });

  it('keeps organisations and people of the given sectors only', async () => {
    const { nodes } = await server
      // Aliased: Organisation.sector is non-null and Actor.sector nullable, so the two fields cannot merge.
      .gql(`{ network(filter: { sectors: [GOVERNMENT], nodeTypes: [Organisation, Actor] }) {
        nodes { node { ... on Organisation { orgSector: sector } ... on Actor { actorSector: sector } } } } }`)
      .then((r) => r.data.network);
    expect(nodes.length).toBeGreaterThan(0);
    const sectors = nodes.map((n: { node: { orgSector?: string; actorSector?: string } }) => n.node.orgSector ?? n.node.actorSector);
    expect(new Set(sectors)).toEqual(new Set(['GOVERNMENT']));
  });

  describe('over time', () => {
    const [org, initiative] = [`${RUN}-org`, `${RUN}-initiative`];
    beforeAll(() =>
      server.db.write((tx) =>
        tx.run(
          `CREATE (o:Entity:Organisation {id: $org, name: 'Dated partner', kind: 'NGO', sector: 'CIVIL_SOCIETY', sources: ['test']})
           CREATE (i:Entity:Initiative {id: $initiative, title: 'Dated initiative', level: 'LOCAL', sources: ['test']})
           CREATE (o)-[:PARTNER_IN {role: 'PARTNER', since: '2018-03', until: '2019'}]->(i)
           CREATE (o)-[:COORDINATES {since: '2021'}]->(i)`,
          { org, initiative },
        ),
      ),
    );
    afterAll(removeTestNodes);

    const typesAt = async (filter: Record<string, unknown>) => {
      const { edges } = await net({ ...filter, nodeTypes: ['Organisation', 'Initiative'] });
      return edges.filter((e: Edge) => e.source === org).map((e: Edge) => e.type).sort();
    };

    it.each([
      [{ at: '2018' }, ['PARTNER_IN']],
      [{ at: '2018-02' }, []],
      [{ at: '2019-12-31' }, ['PARTNER_IN']],
      [{ at: '2020' }, []],
      [{ at: '2021-06' }, ['COORDINATES']],
      [{ from: '2019-06', to: '2022' }, ['COORDINATES', 'PARTNER_IN']],
      [{ from: '2020' }, ['COORDINATES']],
      [{ to: '2020' }, ['PARTNER_IN']],
    ])('with %o keeps the relationships valid then: %o', async (filter, expected) => {
      expect(await typesAt(filter)).toEqual(expected);
    });

    it('returns BAD_USER_INPUT naming filter.to when to is before from', async () => {
      const res = await server.gql(query, { filter: { from: '2020', to: '2019-12' } });
      expect(error(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    });
  });

  describe('with synthetic data and size limits', () => {
    // 2,001 synthetic places (one more than a network may hold), the first 150 joined pairwise:
    // 11,175 relationships, more than one request loads.
    beforeAll(async () => {
      await server.db.write((tx) =>
        tx.run(
          `UNWIND range(1, 2001) AS i
           CREATE (:Entity:Place {id: $run + '-synthetic-' + i, name: 'Synthetic ' + i, kind: 'CITY', sources: ['test'], synthetic: true})`,
          { run: RUN },
        ),
      );
      await server.db.write((tx) =>
        tx.run(
          `UNWIND range(1, 149) AS i UNWIND range(i + 1, 150) AS j
           MATCH (a:Place {id: $run + '-synthetic-' + i}), (b:Place {id: $run + '-synthetic-' + j})
           CREATE (a)-[:PART_OF {synthetic: true}]->(b)`,
          { run: RUN },
        ),
      );
    });
    afterAll(removeTestNodes);

    it('leaves synthetic data out unless includeSynthetic is true', async () => {
      const real = await net({ nodeTypes: ['Place'] });
      expect(ids(real.nodes).some((id: string) => id.startsWith(RUN))).toBe(false);
      const all = await net({ nodeTypes: ['Place'], includeSynthetic: true, relationshipTypes: [], limit: 2_000 });
      expect(ids(all.nodes).some((id: string) => id.startsWith(RUN))).toBe(true);
    });

    it('returns LIMIT_EXCEEDED naming the limit and its value when more nodes match than one request measures', async () => {
      const res = await server.gql(query, { filter: { includeSynthetic: true } }, DEBUG);
      expect(error(res)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'network.nodes', max: 2000 });
      expect(res.extensions?.db.roundTrips).toBe(1);
    });

    it('returns the best-connected limit nodes, truncated, when the filter sets a limit', async () => {
      const { nodes, truncated } = await net({ includeSynthetic: true, limit: 50 });
      expect(nodes).toHaveLength(50);
      expect(truncated).toBe(true);
      expect(ids(nodes).every((id: string) => id.startsWith(`${RUN}-synthetic-`))).toBe(true);
    });

    it('caps a neighbourhood at 10,000 relationships, keeping the one each node was reached by', async () => {
      // A plain cut by id would drop the clique's last 1,175 relationships: start from the node
      // that loses most of its relationships to that cut.
      const [pick] = await server.db.read(
        `MATCH (a:Place)-[r:PART_OF]->(b:Place) WHERE a.id STARTS WITH $prefix
         WITH a, b ORDER BY elementId(r) DESC LIMIT 1175
         UNWIND [a.id, b.id] AS id RETURN id, count(*) AS cut ORDER BY cut DESC, id LIMIT 1`,
        { prefix: `${RUN}-synthetic-` },
      );
      const root = pick.id as string;
      const res = await server.gql(`query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 100) { ${SUBGRAPH} } }`, { id: root });
      const { nodes, edges, truncated } = res.data.neighbourhood;
      expect(nodes).toHaveLength(150);
      expect(edges).toHaveLength(10_000);
      expect(truncated).toBe(true);
      expect(new Set(ids(edges)).size).toBe(edges.length);
      // One hop out: the root's 100 best-connected neighbours (all equal here, so the first by id).
      const firstHop = ids(nodes).filter((id: string) => id !== root).sort().slice(0, 100);
      const joined = new Set(edges.filter((e: Edge) => e.source === root || e.target === root).map((e: Edge) => (e.source === root ? e.target : e.source)));
      expect(firstHop.filter((id: string) => !joined.has(id))).toEqual([]);
    });

    it('returns LIMIT_EXCEEDED naming the relationship limit when the nodes kept have too many relationships', async () => {
      const res = await server.gql(query, { filter: { includeSynthetic: true, limit: 150 } });
      expect(error(res)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'network.relationships', max: 10000 });
    });
  });

  it.each([0, 2001])('returns BAD_USER_INPUT naming filter.limit when it is %i', async (limit) => {
    expect(error(await server.gql(query, { filter: { limit } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.limit' });
  });

  it.each([
    ['filter.themes', { themes: ['no-such-theme'] }],
    ['filter.themes', { themes: ['kenya'] }],
    ['filter.places', { places: ['e-procurement'] }],
  ])('returns NOT_FOUND naming %s for an id that is not one (%o)', async (field, filter) => {
    expect(error(await server.gql(query, { filter }))).toMatchObject({ code: 'NOT_FOUND', field });
  });
});

describe('stats', () => {
  it('counts nodes and relationships in total and by type', async () => {
    const res = await server.gql(`{ stats { nodes relationships byNodeType { type count } byRelationshipType { type count } } }`, undefined, DEBUG);
    const { nodes, relationships, byNodeType, byRelationshipType } = res.data.stats;
    const network = await server.gql(`{ network { nodes { id } edges { id } } }`);
    expect(nodes).toBe(network.data.network.nodes.length);
    expect(relationships).toBe(network.data.network.edges.length);
    expect(byNodeType.reduce((s: number, t: { count: number }) => s + t.count, 0)).toBe(nodes);
    expect(byRelationshipType.reduce((s: number, t: { count: number }) => s + t.count, 0)).toBe(relationships);
    // Every type counted, as many as the seed files hold (the suite's graph is the seeds).
    const seeded = new Map<string, number>();
    for (const n of (await readSeedBundle(SEEDS_DIR)).nodes) seeded.set(n.type, (seeded.get(n.type) ?? 0) + 1);
    expect(new Map(byNodeType.filter((t: { count: number }) => t.count > 0).map((t: { type: string; count: number }) => [t.type, t.count]))).toEqual(seeded);
    expect(res.extensions?.db.roundTrips).toBe(1);
  });

  it('counts what is located in each country and world region, most first', async () => {
    const res = await server.gql(`{ stats { byCountry { place { id kind } count } byRegion { place { id kind } count } } }`);
    const { byCountry, byRegion } = res.data.stats;
    expect(byCountry.map((c: { place: { id: string } }) => c.place.id)).toContain('kenya');
    expect(new Set(byCountry.map((c: { place: { kind: string } }) => c.place.kind))).toEqual(new Set(['COUNTRY']));
    expect(new Set(byRegion.map((c: { place: { kind: string } }) => c.place.kind))).toEqual(new Set(['WORLD_REGION']));
    const africa = byRegion.find((r: { place: { id: string } }) => r.place.id === 'africa');
    const kenya = byCountry.find((c: { place: { id: string } }) => c.place.id === 'kenya');
    expect(africa.count).toBeGreaterThanOrEqual(kenya.count);
    const counts = byCountry.map((c: { count: number }) => c.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('counts what started in each year, oldest first', async () => {
    const res = await server.gql(`{ stats { newPerYear { year count } } }`);
    const years = res.data.stats.newPerYear.map((y: { year: number }) => y.year);
    expect(years).toContain(2019);
    expect(years).toEqual([...years].sort((x, y) => x - y));
  });

  it('names the top brokers: highest betweenness first, with their metrics', async () => {
    const res = await server.gql(`{ stats { topBrokers(first: 3) { id betweenness degree pagerank community } } }`);
    const brokers = res.data.stats.topBrokers;
    expect(brokers).toHaveLength(3);
    const network = await server.gql(`{ network { nodes { id betweenness } } }`);
    const best = Math.max(...network.data.network.nodes.map((n: { betweenness: number }) => n.betweenness));
    expect(brokers[0].betweenness).toBe(best);
    expect(brokers[1].betweenness).toBeLessThanOrEqual(brokers[0].betweenness);
  });

  it.each([0, 101])('returns BAD_USER_INPUT naming first when topBrokers asks for %i', async (first) => {
    const res = await server.gql(`query ($first: Int) { stats { topBrokers(first: $first) { id } } }`, { first });
    expect(error(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

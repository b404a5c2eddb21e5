import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { importSynthetic, removeSynthetic } from '../../src/seed/synthetic-import.js';

/**
 * Every network query stays within its caps on a graph of more than 100,000 nodes: the synthetic
 * network of 9,100 initiatives (about 101,000 nodes and 900,000 relationships), imported once for
 * this file and removed after it.
 */
let server: TestServer;
let hub: string;
let far: [string, string];

beforeAll(async () => {
  // A 100,000-node graph on a shared CI machine: the request deadline is not what this file tests.
  server = await startTestServer({ REQUEST_TIMEOUT_MS: '120000' });
  await importSynthetic(server.db, { initiatives: 9_100, seed: 7 });
  const [top] = await server.db.read('MATCH (o:Organisation {synthetic: true}) RETURN o.id AS id ORDER BY COUNT { (o)--() } DESC LIMIT 1');
  hub = top.id as string;
  const ends = await server.db.read('MATCH (i:Initiative {synthetic: true}) RETURN i.id AS id ORDER BY i.id LIMIT 1 UNION ALL MATCH (i:Initiative {synthetic: true}) RETURN i.id AS id ORDER BY i.id DESC LIMIT 1');
  far = [ends[0].id as string, ends[1].id as string];
}, 900_000);
afterAll(async () => {
  await removeSynthetic(server.db);
  await server.close();
}, 900_000);

describe('on a graph of more than 100,000 nodes', () => {
  it('really has more than 100,000 nodes', async () => {
    const res = await server.gql('{ stats { nodes relationships } }');
    const [row] = await server.db.read('MATCH (n:Entity) RETURN count(n) AS nodes');
    expect(row.nodes).toBeGreaterThan(100_000);
    expect(res.errors).toBeUndefined();
  });

  it("caps a hub's neighbourhood and says so", async () => {
    const { maxNeighbourhoodNodes, maxNeighbourhoodEdges, maxNeighbours } = server.config.network;
    const res = await server.gql('query ($id: ID!, $limit: Int!) { neighbourhood(id: $id, depth: 3, limit: $limit) { nodes { id } edges { id } truncated cappedNodes } }', { id: hub, limit: maxNeighbours });
    expect(res.errors).toBeUndefined();
    const n = res.data.neighbourhood;
    expect(n.nodes.length).toBeLessThanOrEqual(maxNeighbourhoodNodes);
    expect(n.edges.length).toBeLessThanOrEqual(maxNeighbourhoodEdges);
    expect(n.truncated).toBe(true);
    expect(n.cappedNodes).toContain(hub);
  });

  it('refuses the whole network with the cap in the error, and serves a limited one', async () => {
    const { maxNetworkNodes } = server.config.network;
    const whole = await server.gql('{ network(filter: { includeSynthetic: true }) { nodes { id } } }');
    expect(whole.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    const query = 'query ($limit: Int!) { network(filter: { includeSynthetic: true, limit: $limit }) { nodes { id degree betweenness community } truncated betweenness { exact sources } } }';
    // The best-connected 10,000 nodes of this graph hold more relationships than one answer may:
    // refused, naming that cap; half as many nodes fit (the explorer asks exactly so).
    const dense = await server.gql(query, { limit: maxNetworkNodes });
    expect(dense.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'network.relationships', max: server.config.network.maxNetworkEdges });
    const limited = await server.gql(query, { limit: maxNetworkNodes / 2 });
    expect(limited.errors).toBeUndefined();
    expect(limited.data.network.nodes.length).toBe(maxNetworkNodes / 2);
    expect(limited.data.network.truncated).toBe(true);
    // Too many for exact betweenness within the work bound: estimated, and it says so.
    expect(limited.data.network.betweenness.exact).toBe(false);
    expect(limited.data.network.betweenness.sources).toBeLessThan(maxNetworkNodes);
    expect(limited.data.network.nodes.some((n: { betweenness: number }) => n.betweenness > 0)).toBe(true);
  });

  it('bounds paths between far nodes by length and count', async () => {
    const { maxPaths } = server.config.network;
    const res = await server.gql('query ($a: ID!, $b: ID!, $limit: Int!) { shortestPath(from: $a, to: $b) { length } paths(from: $a, to: $b, limit: $limit) { length } }', { a: far[0], b: far[1], limit: maxPaths });
    expect(res.errors).toBeUndefined();
    if (res.data.shortestPath) expect(res.data.shortestPath.length).toBeLessThanOrEqual(6);
    expect(res.data.paths.length).toBeLessThanOrEqual(maxPaths);
  });

  it('bounds peers, connections, search and lists', async () => {
    const { maxPeers } = server.config.network;
    const res = await server.gql(
      `query ($i: ID!, $hub: ID!, $first: Int!) {
        peers(initiativeId: $i, first: $first) { score reasons { kind weight evidence { id } } }
        connections(a: $hub, b: "hivos") { shared { node { id } } }
        search(text: "synthetic", first: 100) { edges { node { id } } }
        initiatives(first: 100, filter: { synthetic: true }) { totalCount edges { node { id partners(first: 100) { edges { node { id } } } } } }
      }`,
      { i: far[0], hub, first: maxPeers },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.peers.length).toBeLessThanOrEqual(maxPeers);
    expect(res.data.search.edges.length).toBeLessThanOrEqual(100);
    expect(res.data.initiatives.edges).toHaveLength(100);
    expect(res.data.initiatives.totalCount).toBe(9_100);
  });
});

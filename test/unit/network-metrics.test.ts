import { describe, expect, it } from 'vitest';
import { measureNetwork } from '../../src/network/metrics.js';
import type { NetworkEdge, NetworkNode } from '../../src/network/subgraph.js';

const node = (id: string): NetworkNode => ({ id, type: 'Organisation', label: id });
let next = 0;
const edge = (source: string, target: string, type: NetworkEdge['type'] = 'PARTNER_IN'): NetworkEdge => ({
  id: `e${next++}`,
  type,
  source,
  target,
  role: null,
  since: null,
  until: null,
});
const byId = (measured: { nodes: NetworkNode[] }) => Object.fromEntries(measured.nodes.map((n) => [n.id, n]));

describe('measureNetwork', () => {
  it('gives the centre of a star all the betweenness (normalised to 1) and the leaves none', () => {
    const nodes = ['c', 'a', 'b', 'd'].map(node);
    const m = byId(measureNetwork(nodes, [edge('c', 'a'), edge('b', 'c'), edge('c', 'd')]));
    expect(m.c.betweenness).toBe(1);
    expect([m.a.betweenness, m.b.betweenness, m.d.betweenness]).toEqual([0, 0, 0]);
    expect(m.c.pagerank).toBeGreaterThan(m.a.pagerank!);
  });

  it('counts every relationship in degree, parallel ones included, in both directions', () => {
    const m = byId(measureNetwork(['a', 'b'].map(node), [edge('a', 'b', 'COORDINATES'), edge('a', 'b', 'PARTNER_IN'), edge('b', 'a', 'ATTENDED')]));
    expect(m.a.degree).toBe(3);
    expect(m.b.degree).toBe(3);
  });

  it('finds two communities in two triangles joined by one bridge, the larger numbered 0', () => {
    const nodes = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3'].map(node);
    const edges = [edge('a1', 'a2'), edge('a2', 'a3'), edge('a3', 'a1'), edge('a4', 'a1'), edge('a4', 'a2'), edge('b1', 'b2'), edge('b2', 'b3'), edge('b3', 'b1'), edge('a3', 'b1')];
    const m = byId(measureNetwork(nodes, edges));
    expect(new Set(['a1', 'a2', 'a3', 'a4'].map((id) => m[id].community))).toEqual(new Set([0]));
    expect(new Set(['b1', 'b2', 'b3'].map((id) => m[id].community))).toEqual(new Set([1]));
  });

  it('gives the same numbers every time for the same network', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => node(`n${i}`));
    const edges = Array.from({ length: 120 }, (_, i) => edge(`n${(i * 7) % 40}`, `n${(i * 13 + 5) % 40}`));
    expect(measureNetwork(nodes, edges)).toEqual(measureNetwork(nodes, edges));
  });

  it('measures isolated nodes and empty networks without failing', () => {
    expect(measureNetwork([], []).nodes).toEqual([]);
    expect(measureNetwork([node('alone')], []).nodes).toEqual([{ ...node('alone'), degree: 0, betweenness: 0, pagerank: 1, community: 0 }]);
    const pair = measureNetwork(['a', 'b'].map(node), [edge('a', 'b')]);
    expect(pair.nodes.map((n) => n.betweenness)).toEqual([0, 0]);
  });

  it('ignores relationships whose ends are not in the network, and keeps the input unchanged', () => {
    const nodes = ['a', 'b'].map(node);
    const measured = measureNetwork(nodes, [edge('a', 'b'), edge('a', 'elsewhere')]);
    expect(byId(measured).a.degree).toBe(1);
    expect(nodes[0]).toEqual(node('a'));
  });

  it('says betweenness is exact while the network is within the work bound, and estimated beyond it', () => {
    const nodes = Array.from({ length: 100 }, (_, i) => node(`n${i}`));
    const edges = nodes.slice(1).map((n, i) => edge(nodes[i].id, n.id)); // a chain: 100 x 199 = 19,900
    expect(measureNetwork(nodes, edges, 19_900)).toMatchObject({ betweennessExact: true, betweennessSources: 100 });
    expect(measureNetwork(nodes, edges, 19_899)).toMatchObject({ betweennessExact: false, betweennessSources: 99 });
    expect(measureNetwork(nodes, edges, 1_000)).toMatchObject({ betweennessExact: false, betweennessSources: 50 });
  });
});

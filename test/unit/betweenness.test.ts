import { describe, expect, it } from 'vitest';
import { betweenness, MIN_SOURCES } from '../../src/network/betweenness.js';
import { betweennessCentrality, UndirectedGraph } from '../../src/network/graphology.js';

/** A seeded source of numbers in [0, 1) (Park-Miller): the tests see the same graphs every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** A random graph with a few hubs: attachment skewed towards low ids. */
function randomGraph(nodes: number, edges: number, random: () => number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < nodes; i++) graph.mergeNode(`n${i}`);
  for (let i = 0; i < edges; i++) {
    const a = Math.floor(random() ** 2 * nodes);
    const b = Math.floor(random() * nodes);
    if (a !== b) graph.mergeEdge(`n${a}`, `n${b}`);
  }
  return graph;
}

/**
 * Two dense clusters of `size` nodes joined through one broker node: every shortest path
 * between the clusters runs through it.
 */
function twoClustersAndABroker(size: number, random: () => number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const side of ['a', 'b']) {
    for (let i = 0; i < size; i++) graph.mergeNode(`${side}${i}`);
    for (let i = 0; i < size * 4; i++) {
      const x = Math.floor(random() * size);
      const y = Math.floor(random() * size);
      if (x !== y) graph.mergeEdge(`${side}${x}`, `${side}${y}`);
    }
    for (let i = 0; i < size; i++) if (graph.degree(`${side}${i}`) === 0) graph.mergeEdge(`${side}${i}`, `${side}${(i + 1) % size}`);
  }
  graph.mergeNode('broker');
  graph.mergeEdge('broker', 'a0');
  graph.mergeEdge('broker', 'b0');
  return graph;
}

describe('betweenness', () => {
  it('gives exactly what graphology-metrics gives while within the work bound', () => {
    const graph = randomGraph(120, 400, seeded(3));
    const ours = betweenness(graph, Infinity, Math.random);
    const library = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    expect(ours).toMatchObject({ exact: true, sources: 120 });
    for (const node of graph.nodes()) expect(ours.values[node]).toBeCloseTo(library[node], 12);
  });

  it('estimates from a sample beyond the bound, and still finds the broker between two clusters', () => {
    const graph = twoClustersAndABroker(400, seeded(5));
    const work = graph.order * (graph.order + graph.size);
    const estimate = betweenness(graph, work / 8, seeded(11));
    expect(estimate.exact).toBe(false);
    expect(estimate.sources).toBe(Math.floor(work / 8 / (graph.order + graph.size)));
    const exact = betweenness(graph, Infinity, Math.random).values;
    const ranked = (values: Record<string, number>) => Object.keys(values).sort((x, y) => values[y] - values[x]);
    // The broker and the two nodes it touches carry every path between the clusters: they are the top three.
    expect(ranked(exact).slice(0, 3).sort()).toEqual(['a0', 'b0', 'broker']);
    expect(ranked(estimate.values).slice(0, 3).sort()).toEqual(['a0', 'b0', 'broker']);
    // The estimate is unbiased: the broker's value is close to the exact one (about half the pairs cross it).
    expect(estimate.values.broker).toBeGreaterThan(exact.broker * 0.7);
    expect(estimate.values.broker).toBeLessThan(exact.broker * 1.3);
  });

  it('gives the same estimate for the same seed, and never fewer than MIN_SOURCES sources', () => {
    const graph = randomGraph(300, 900, seeded(7));
    expect(betweenness(graph, 1_000, seeded(1))).toEqual(betweenness(graph, 1_000, seeded(1)));
    expect(betweenness(graph, 1_000, seeded(1)).sources).toBe(MIN_SOURCES);
  });

  it('keeps the work near the bound: sources x (nodes + relationships) <= work', () => {
    const graph = randomGraph(2_000, 8_000, seeded(9));
    const work = 2_000_000;
    const { sources } = betweenness(graph, work, seeded(2));
    expect(sources * (graph.order + graph.size)).toBeLessThanOrEqual(work);
    expect((sources + 1) * (graph.order + graph.size)).toBeGreaterThan(work);
  });
});

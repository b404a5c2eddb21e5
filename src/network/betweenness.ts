import indexedBrandes from 'graphology-shortest-path/indexed-brandes.js';
import type { UndirectedGraph } from './graphology.js';

/**
 * Fewest source nodes an estimate is made from, whatever the work bound: below this the ranking
 * of brokers becomes noise.
 */
export const MIN_SOURCES = 50;

export interface BetweennessResult {
  /** Normalised (0..1) betweenness by node id. */
  values: Record<string, number>;
  /** Source nodes the shortest paths were counted from: every node when exact. */
  sources: number;
  exact: boolean;
}

/** graphology-shortest-path's typings put `index` on the factory; at run time it is on the function made. */
type Brandes = ((source: number) => [{ size: number; items: Uint32Array | number[]; pop(): number }, number[][], Uint32Array]) & {
  index: { collect(values: Float64Array): Record<string, number> };
};
const createBrandes = (indexedBrandes as unknown as { createUnweightedIndexedBrandes(graph: UndirectedGraph): Brandes }).createUnweightedIndexedBrandes;

/**
 * Shortest-path betweenness of an undirected, unweighted graph, normalised like networkx and
 * graphology-metrics (1 / ((n-1)(n-2))). Brandes' algorithm costs one breadth-first search per
 * source node, about n x (n + m) in all: 5,000 nodes and 91,000 relationships take tens of
 * seconds. So it is exact while n x (n + m) <= `maxWork`, and above that estimated from a
 * sample of k = maxWork / (n + m) source nodes (at least MIN_SOURCES), scaled by n / k: the
 * unbiased estimator of Brandes & Pich (2007), which networkx offers as `betweenness_centrality(k=)`.
 * It ranks the strong brokers reliably and keeps the work near `maxWork`. `random` (0..1) picks
 * the sample: a seeded one gives the same numbers for the same network.
 */
export function betweenness(graph: UndirectedGraph, maxWork: number, random: () => number): BetweennessResult {
  const n = graph.order;
  const perSource = n + graph.size;
  const exact = n * perSource <= maxWork;
  const k = exact ? n : Math.min(n, Math.max(MIN_SOURCES, Math.floor(maxWork / perSource)));
  const brandes = createBrandes(graph);
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const source of pickSources(n, k, random)) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    // Nodes come off the stack farthest first: each passes its dependency to its predecessors.
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of predecessors[w]) delta[v] += sigma[v] * coefficient;
      if (w !== source) centrality[w] += delta[w];
    }
  }
  const scale = n <= 2 ? 0 : (1 / ((n - 1) * (n - 2))) * (n / k);
  for (let i = 0; i < n; i++) centrality[i] *= scale;
  return { values: brandes.index.collect(centrality), sources: k, exact: k === n };
}

/** `k` distinct indices of 0..n-1: all of them in order, or a partial Fisher-Yates shuffle. */
function pickSources(n: number, k: number, random: () => number): Uint32Array {
  const indices = new Uint32Array(n);
  for (let i = 0; i < n; i++) indices[i] = i;
  if (k === n) return indices;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices.subarray(0, k);
}

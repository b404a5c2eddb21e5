import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { betweenness } from './betweenness.js';
import { louvain, pagerank, UndirectedGraph } from './graphology.js';
import { NETWORK_LIMITS } from './limits.js';
import type { NetworkEdge, NetworkNode } from './subgraph.js';

/** Louvain and the betweenness sample are random: fixed seeds give the same numbers for the same network. */
const LOUVAIN_SEED = 20190528;
const BETWEENNESS_SEED = 20190529;

/** Six decimals: enough to rank by, and the same numbers on every platform and call. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

export interface MeasuredNetwork {
  /** The nodes with their metrics, in the order given. */
  nodes: NetworkNode[];
  /** Source nodes betweenness was counted from (every node when exact; see ./betweenness.ts). */
  betweennessSources: number;
  betweennessExact: boolean;
}

/**
 * Measures every node:
 * - degree: relationships of `edges` touching the node (both directions, each one counted);
 * - betweenness: normalised (0..1) shortest-path betweenness, ignoring direction; exact up to
 *   `betweennessWork` (nodes x (nodes + relationships)), estimated from a seeded sample of
 *   source nodes above it;
 * - pagerank: PageRank ignoring direction (damping 0.85; the values sum to 1);
 * - community: Louvain community, numbered from 0 by size (largest first, ties by smallest id),
 *   with a fixed seed so the same network always gets the same numbers.
 * Direction is ignored because a broker links others whichever way the relationship points.
 * Edges whose ends are not in `nodes` are ignored. Pure: the inputs are not changed.
 */
export function measureNetwork(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  betweennessWork: number = NETWORK_LIMITS.betweennessWork,
): MeasuredNetwork {
  // graphology's Brandes cannot run on an empty graph (it sizes a stack by the node count).
  if (nodes.length === 0) return { nodes: [], betweennessSources: 0, betweennessExact: true };
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.mergeNode(node.id);
  const degree = new Map<string, number>();
  for (const edge of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    // The algorithms want a simple graph: parallel relationships between two nodes count once.
    if (edge.source !== edge.target) graph.mergeEdge(edge.source, edge.target);
  }
  const brokers = betweenness(graph, betweennessWork, randomFrom(BETWEENNESS_SEED));
  const ranks = pagerank(graph, { getEdgeWeight: null });
  const communities = renumber(louvain(graph, { rng: randomFrom(LOUVAIN_SEED) }));
  return {
    nodes: nodes.map((n) => ({
      ...n,
      degree: degree.get(n.id) ?? 0,
      betweenness: round(brokers.values[n.id] ?? 0),
      pagerank: round(ranks[n.id] ?? 0),
      community: communities.get(n.id) ?? 0,
    })),
    betweennessSources: brokers.sources,
    betweennessExact: brokers.exact,
  };
}

/** A seeded source of numbers in [0, 1). */
function randomFrom(seed: number): () => number {
  const rng = xoroshiro128plus(seed);
  return () => uniformFloat64(rng);
}

/** Louvain's labels carry no meaning: number communities by size, largest first, ties by smallest member id. */
function renumber(assignment: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(assignment)) {
    const ids = members.get(c);
    if (ids) ids.push(id);
    else members.set(c, [id]);
  }
  const ordered = [...members.values()]
    .map((ids) => ids.sort())
    .sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : 1));
  const result = new Map<string, number>();
  ordered.forEach((ids, i) => ids.forEach((id) => result.set(id, i)));
  return result;
}

import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { betweenness } from './betweenness.js';
import { louvain, pagerank, UndirectedGraph } from './graphology.js';
import { NETWORK_LIMITS } from '../config/network-limits.js';
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
 * The metrics of a network by node index (the order of `ids`), in plain arrays: what the metrics
 * worker sends back (./metrics-worker.ts), typed arrays so that they are transferred, not copied.
 */
export interface NodeMetrics {
  degree: Int32Array;
  betweenness: Float64Array;
  pagerank: Float64Array;
  community: Int32Array;
  betweennessSources: number;
  betweennessExact: boolean;
}

/** A network's relationships as two parallel lists of end ids: cheap to send to a worker. */
export interface EdgeEnds {
  sources: string[];
  targets: string[];
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
 * The server runs it off the event loop (./metrics-worker.ts); this is the same computation.
 */
export function measureNetwork(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  betweennessWork: number = NETWORK_LIMITS.betweennessWork,
): MeasuredNetwork {
  const ends = { sources: edges.map((e) => e.source), targets: edges.map((e) => e.target) };
  return withMetrics(nodes, computeMetrics(nodes.map((n) => n.id), ends, betweennessWork));
}

/** The nodes (in their order) with the metrics computeMetrics gave for the same ids, in the same order. */
export function withMetrics(nodes: readonly NetworkNode[], metrics: NodeMetrics): MeasuredNetwork {
  return {
    nodes: nodes.map((n, i) => ({
      ...n,
      degree: metrics.degree[i],
      betweenness: metrics.betweenness[i],
      pagerank: metrics.pagerank[i],
      community: metrics.community[i],
    })),
    betweennessSources: metrics.betweennessSources,
    betweennessExact: metrics.betweennessExact,
  };
}

/** measureNetwork's computation on ids and relationship ends only (see there); values rounded, by index of `ids`. */
export function computeMetrics(ids: readonly string[], edges: EdgeEnds, betweennessWork: number): NodeMetrics {
  const n = ids.length;
  const result: NodeMetrics = {
    degree: new Int32Array(n),
    betweenness: new Float64Array(n),
    pagerank: new Float64Array(n),
    community: new Int32Array(n),
    betweennessSources: 0,
    betweennessExact: true,
  };
  // graphology's Brandes cannot run on an empty graph (it sizes a stack by the node count).
  if (n === 0) return result;
  const graph = new UndirectedGraph();
  for (const id of ids) graph.mergeNode(id);
  const degree = new Map<string, number>();
  for (let i = 0; i < edges.sources.length; i++) {
    const [source, target] = [edges.sources[i], edges.targets[i]];
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
    // The algorithms want a simple graph: parallel relationships between two nodes count once.
    if (source !== target) graph.mergeEdge(source, target);
  }
  const brokers = betweenness(graph, betweennessWork, randomFrom(BETWEENNESS_SEED));
  const ranks = pagerank(graph, { getEdgeWeight: null });
  const communities = renumber(louvain(graph, { rng: randomFrom(LOUVAIN_SEED) }));
  ids.forEach((id, i) => {
    result.degree[i] = degree.get(id) ?? 0;
    result.betweenness[i] = round(brokers.values[id] ?? 0);
    result.pagerank[i] = round(ranks[id] ?? 0);
    result.community[i] = communities.get(id) ?? 0;
  });
  result.betweennessSources = brokers.sources;
  result.betweennessExact = brokers.exact;
  return result;
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

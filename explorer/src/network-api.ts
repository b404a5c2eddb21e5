/**
 * The network answers the explorer draws, fetched within the server's bounds. The server's caps
 * are its own (configurable) and may be lower than what we ask: a refusal that names the cap is
 * answered by asking again within it, so the page works whatever the server allows.
 */
import { ApiError, request } from './api.js';
import { ExplorerNeighbourhoodDocument, ExplorerNetworkDocument, type ExplorerNeighbourhoodQuery, type ExplorerNetworkQuery } from './generated/graphql.js';
import type { Depth } from './view-state.js';

export type NetworkAnswer = ExplorerNetworkQuery['network'];
export type NeighbourhoodAnswer = ExplorerNeighbourhoodQuery['neighbourhood'];

/** Hub cap per depth: deeper expansions take fewer neighbours per node, so they stay readable. */
const NEIGHBOURS_PER_NODE: Record<Depth, number> = { 1: 100, 2: 40, 3: 15 };

/** Asked for when the server refuses the relationships of a network of unknown size. */
const FALLBACK_NODES = 10_000;

/**
 * The first network: at most `limit` nodes, or (null) as many as the server allows, synthetic
 * records included when `synthetic`. The server refuses a network over its node cap with
 * LIMIT_EXCEEDED naming it (`extensions.limit` "network.nodes", `extensions.max`), and a limit
 * above it with BAD_USER_INPUT: then we ask for the cap's worth of best-connected nodes. A
 * network whose relationships are over the server's cap ("network.relationships") is asked
 * again with half the nodes, until it fits. `onCap` learns the node cap when the server tells it.
 */
export async function fetchNetwork(limit: number | null, synthetic: boolean, onCap: (cap: number) => void, knownCap: number | null = null): Promise<NetworkAnswer> {
  const filter = { ...(limit === null ? {} : { limit }), ...(synthetic ? { includeSynthetic: true } : {}) };
  try {
    return (await request(ExplorerNetworkDocument, { filter })).network;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const max = Number(error.extensions.max);
    if (error.code === 'LIMIT_EXCEEDED' && error.extensions.limit === 'network.relationships') {
      const half = Math.floor((limit ?? knownCap ?? FALLBACK_NODES) / 2);
      if (half >= 1) return fetchNetwork(half, synthetic, onCap, knownCap);
      throw error;
    }
    if (error.code === 'LIMIT_EXCEEDED' && Number.isInteger(max) && max > 0 && max !== limit) {
      onCap(max);
      return fetchNetwork(max, synthetic, onCap, max);
    }
    if (error.code === 'BAD_USER_INPUT' && limit !== null && limit !== knownCap) return fetchNetwork(null, synthetic, onCap, knownCap);
    throw error;
  }
}

/** The nodes around `id`, with our hub cap, or the server's default cap when it allows less than ours. */
export async function fetchNeighbourhood(id: string, depth: Depth): Promise<NeighbourhoodAnswer> {
  try {
    return (await request(ExplorerNeighbourhoodDocument, { id, depth, limit: NEIGHBOURS_PER_NODE[depth] })).neighbourhood;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && /limit/.test(error.message)) {
      return (await request(ExplorerNeighbourhoodDocument, { id, depth })).neighbourhood;
    }
    throw error;
  }
}

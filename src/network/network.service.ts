import type { Executor } from '../neo4j/executor.js';
import { LimitExceededError } from '../errors.js';
import { findNodesByIds } from '../graph/nodes-by-id.repository.js';
import { nodeNotFound } from './arguments.js';
import { NETWORK_LIMITS } from '../config/network-limits.js';
import { measureInline, type MeasureNetwork } from './metrics-worker.js';
import { assertNetworkFilter, type NetworkFilterValues } from './network-filter.cypher.js';
import { findNetworkEdges, findNetworkNodes } from './network.repository.js';
import type { NetworkSubgraph } from './subgraph.js';

/** The bounds of one network: the configured ones (config.network), NETWORK_LIMITS by default. */
export interface NetworkCaps {
  maxNetworkNodes: number;
  maxNetworkEdges: number;
  betweennessWork: number;
}

/**
 * The network a filter selects, every node with its metrics: what the `network` query and the
 * HTTP exports return. `prefix` is how the caller names the filter's fields in errors
 * ("filter." in GraphQL, "" for query parameters).
 *
 * Throws BAD_USER_INPUT for an impossible filter, NOT_FOUND naming `themes` or `places` for an
 * id that is not a theme or place, and LIMIT_EXCEEDED when more nodes match than the server
 * measures in one request (unless the filter's `limit` asks for the best-connected ones: then
 * the answer is `truncated`) or more relationships between them than it loads (a smaller
 * `limit` then helps). A refused network costs no more than its node query.
 * Costs 2 round trips, 3 with themes or places.
 */
export async function buildNetwork(
  executor: Executor,
  filter: NetworkFilterValues,
  prefix: string,
  caps: NetworkCaps = NETWORK_LIMITS,
  measure: MeasureNetwork = measureInline,
): Promise<NetworkSubgraph> {
  assertNetworkFilter(filter, prefix, caps.maxNetworkNodes);
  await assertScopeIds(executor, filter, prefix);
  const nodes = await findNetworkNodes(executor, filter, filter.limit ?? caps.maxNetworkNodes);
  if (nodes.more && filter.limit == null) throw new LimitExceededError('network.nodes', caps.maxNetworkNodes);
  const ids = nodes.items.map((n) => n.id);
  const edges = await findNetworkEdges(executor, filter, ids, caps.maxNetworkEdges);
  if (edges.more) throw new LimitExceededError('network.relationships', caps.maxNetworkEdges);
  const measured = await measure(nodes.items, edges.items, caps.betweennessWork);
  return {
    nodes: measured.nodes,
    edges: edges.items,
    truncated: nodes.more,
    cappedNodes: [],
    betweenness: { sources: measured.betweennessSources, exact: measured.betweennessExact },
  };
}

/** Every theme id must be a Theme and every place id a Place: one round trip for both lists. */
async function assertScopeIds(executor: Executor, filter: NetworkFilterValues, prefix: string): Promise<void> {
  const wanted = [
    ...(filter.themes ?? []).map((id) => ({ id, type: 'Theme', field: `${prefix}themes` })),
    ...(filter.places ?? []).map((id) => ({ id, type: 'Place', field: `${prefix}places` })),
  ];
  if (wanted.length === 0) return;
  const rows = await findNodesByIds(executor, wanted.map((w) => w.id));
  const missing = wanted.find((w, i) => rows[i]?.__type !== w.type);
  if (missing) throw nodeNotFound(missing.field, missing.id);
}

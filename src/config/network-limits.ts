/**
 * The bounds of the network API. Each one keeps a single request's database work and memory
 * bounded: a request outside them is refused (BAD_USER_INPUT, or LIMIT_EXCEEDED for a network
 * that is too large), never silently slowed down. These are the defaults: each can be set by an
 * environment variable (MAX_NEIGHBOURHOOD_DEPTH, MAX_NETWORK_NODES...: src/config.ts, .env.example),
 * and the resolvers read the configured values from `ctx.config.network`.
 */
export const NETWORK_LIMITS = {
  /** neighbourhood(depth): 1..3 hops. */
  maxDepth: 3,
  /** neighbourhood(limit): neighbours expanded per node. */
  maxNeighbours: 100,
  /**
   * neighbourhood: nodes in one answer, whatever depth and limit; beyond it the answer is
   * truncated. Around a synthetic hub, depth 3 with limit 100 expands a frontier of 1,000 nodes
   * returning 62,000 candidates (seconds); at this bound expansion stops one level earlier.
   */
  maxNeighbourhoodNodes: 1_000,
  /**
   * neighbourhood: relationships in one answer; beyond it the answer is truncated. Dense parts
   * of the graph reach it first: 2,000 nodes around a synthetic hub had 33,000 between them.
   */
  maxNeighbourhoodEdges: 10_000,
  /** shortestPath / paths(maxLength): hops. */
  maxPathLength: 10,
  /** paths(limit): paths in one answer. */
  maxPaths: 100,
  /** peers(first). */
  maxPeers: 50,
  /** advice(first): learnings in one answer. */
  maxAdvice: 50,
  /**
   * network: nodes loaded and measured in one request. An explorer draws 10,000 nodes with
   * WebGL; what grows fastest with size is betweenness, bounded by betweennessWork.
   */
  maxNetworkNodes: 10_000,
  /** network: relationships loaded in one request; their JSON is about 150 bytes each. */
  maxNetworkEdges: 100_000,
  /**
   * network: betweenness is exact while nodes x (nodes + relationships) stays under this, and
   * estimated from a sample of source nodes above it (src/network/betweenness.ts), so measuring
   * stays near a second whatever the size.
   */
  betweennessWork: 40_000_000,
  /** stats.topBrokers(first). */
  maxBrokers: 100,
} as const;

/** Default of every maxLength argument (contract: 6). */
export const DEFAULT_PATH_LENGTH = 6;

/** How many suppliers `contractingSummary.topSuppliers` names by default, and at most (the cost model prices them). */
export const DEFAULT_TOP_SUPPLIERS = 10;
export const MAX_TOP_SUPPLIERS = 100;

import type { Config } from '../config.js';
import { NODE_TYPES, RELATIONSHIP_TYPES } from '../model/index.js';
import { DEFAULT_PATH_LENGTH, NETWORK_LIMITS } from '../config/network-limits.js';
import { MAX_IDS } from './node.resolver.js';
import { DEFAULT_TOP_SUPPLIERS, MAX_TOP_SUPPLIERS } from '../config/network-limits.js';

/** Currency and year groups a contracting summary is priced to return (a few currencies, some 20 years). */
const AWARDED_GROUPS = 50;
/**
 * Datasets a node is priced to list: those that brought or changed it. A hand-typed record has
 * none and an imported one usually one; two leaves room for a record that a second import
 * changed, without making the explorer's whole-network view (which asks every node's datasets
 * for its dataset filter) cost more than a quarter of the default budget.
 */
const DATASETS_PER_NODE = 2;

/**
 * The price list of the cost model (query-limits.ts applies it): what the GraphQL cost
 * specification (Federation 2.9's `@cost` and `@listSize`, Apollo Router's demand control) lets a
 * schema say about a field, for the fields whose work is not one object per item. A unit is one
 * record loaded or one object answered. Every rule reads the field's arguments and those of the
 * field around it; `undefined` means unknown (a fragment measured once for every place it is
 * spread, or the SDL, which must hold for any arguments): a rule then answers its largest value.
 */
export type Args = Record<string, unknown>;
/** The field whose selection set holds the field being priced: `Type.field` and its arguments. */
export interface Enclosing {
  field: string;
  args: Args | undefined;
}
export type Rule = (args: Args | undefined, enclosing: Enclosing | undefined) => number;

export interface FieldPrice {
  /** `@cost` on the field: the work of each item, in place of the type's 1 (multiplied by the list size). */
  weight?: Rule;
  /**
   * Work done once for the whole field, whatever the list size. The spec adds an argument's
   * `@cost` once per field, so the SDL publishes it on `workArgument`.
   */
  work?: Rule;
  workArgument?: string;
  /** `@listSize(assumedSize)`: how many items the list holds. */
  size?: Rule;
}

/**
 * Relationships a hop of a path search (or of a shared-neighbour or peer search) is priced to
 * read: the neighbourhood's per-node cap by default. A hub has more, most nodes far fewer; the
 * point is that a search's work grows with its hops and the paths it returns (limit x maxLength).
 */
export const PATH_HOP_COST = 100;
/**
 * `__schema` and `__type` each cost this, whatever they select (the spec leaves introspection to
 * the server). The whole schema is about 2,700 objects (240 kB) built field by field on every
 * request; the fixed price lets GraphiQL's one introspection query through (1% of the default
 * budget) and refuses a request that repeats it by the hundred.
 */
export const INTROSPECTION_FIELD_COST = 20_000;
/** Every root mutation field: the spec's (and Apollo Router's) base cost of a mutation. */
export const MUTATION_FIELD_COST = 10;
/** Items assumed for a list the schema gives no size (Apollo Router's `list_size` default is 10). */
export const DEFAULT_LIST_SIZE = 10;

/**
 * The fields whose work grows with the graph rather than with the answer: at most
 * MAX_EXPENSIVE_FIELDS of them (aliases and fragment spreads each count) in one operation.
 */
export const EXPENSIVE_FIELDS: ReadonlySet<string> = new Set(
  ['network', 'neighbourhood', 'paths', 'shortestPath', 'connections', 'peers', 'advice', 'stats', 'contractingSummary'].map((f) => `Query.${f}`),
);

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
/** An argument's value, capped; its cap when unknown or absent and `fallback` is undefined. */
const arg = (args: Args | undefined, name: string, fallback: number, cap: number) => Math.min(args ? num(args[name], fallback) : cap, cap);

/**
 * The price of every field that needs one, by `Type.field`, from the configured caps (the SDL
 * publishes the same rules at the default caps). The network queries cost what their caps let
 * them load: nodes plus relationships, and for `network` (and `stats.topBrokers`, which builds the
 * whole network) one more pass over them for betweenness and one for Louvain and PageRank.
 */
export function createCostRules(network: Config['network']): Record<string, FieldPrice> {
  const networkNodes = (a: Args | undefined) => arg(a?.filter as Args | undefined, 'limit', network.maxNetworkNodes, network.maxNetworkNodes);
  const networkWork = (nodes: number) => 3 * (nodes + network.maxNetworkEdges);
  const graphScan = network.maxNetworkNodes + network.maxNetworkEdges;
  const neighbourhoodNodes = (a: Args | undefined) => {
    const limit = arg(a, 'limit', 25, network.maxNeighbours);
    const depth = arg(a, 'depth', 1, network.maxDepth);
    let reach = 1;
    for (let d = 1, ring = 1; d <= depth && reach < network.maxNeighbourhoodNodes; d++) reach += ring *= limit;
    return Math.min(reach, network.maxNeighbourhoodNodes);
  };
  const pathLength = (e: Enclosing | undefined) =>
    e === undefined ? network.maxPathLength : e.field === 'Connections.path' ? DEFAULT_PATH_LENGTH : arg(e.args, 'maxLength', DEFAULT_PATH_LENGTH, network.maxPathLength);
  return {
    'Query.network': { weight: (a) => networkWork(networkNodes(a)) },
    'Query.neighbourhood': { weight: (a) => neighbourhoodNodes(a) + network.maxNeighbourhoodEdges },
    'Subgraph.nodes': {
      size: (_a, e) => (e?.field === 'Query.network' ? networkNodes(e.args) : e?.field === 'Query.neighbourhood' ? neighbourhoodNodes(e.args) : Math.max(network.maxNetworkNodes, network.maxNeighbourhoodNodes)),
    },
    'Subgraph.edges': {
      size: (_a, e) => (e?.field === 'Query.neighbourhood' ? network.maxNeighbourhoodEdges : Math.max(network.maxNetworkEdges, network.maxNeighbourhoodEdges)),
    },
    'Query.shortestPath': { weight: (a) => arg(a, 'maxLength', DEFAULT_PATH_LENGTH, network.maxPathLength) * PATH_HOP_COST },
    'Query.paths': {
      weight: (a) => arg(a, 'maxLength', DEFAULT_PATH_LENGTH, network.maxPathLength) * PATH_HOP_COST,
      size: (a) => arg(a, 'limit', 10, network.maxPaths),
    },
    'Path.nodes': { size: (_a, e) => pathLength(e) + 1 },
    'Path.edges': { size: (_a, e) => pathLength(e) },
    'Query.connections': { weight: () => 2 * PATH_HOP_COST },
    'Connections.path': { weight: () => DEFAULT_PATH_LENGTH * PATH_HOP_COST },
    'Connections.shared': { size: () => network.maxNeighbours },
    // Peer evidence joins the initiative to every initiative sharing anything with it.
    'Query.peers': { work: () => network.maxNetworkNodes, workArgument: 'initiativeId', size: (a) => arg(a, 'first', 10, network.maxPeers) },
    // Advice reads the learnings the full-text indexes match, with their initiatives and, with
    // `from`, a bounded shortest path per answer: priced like peers, the work done once.
    'Query.advice': { work: () => network.maxNetworkNodes, workArgument: 'problem', size: (a) => arg(a, 'first', 10, NETWORK_LIMITS.maxAdvice) },
    // One count over the graph, and one over its nodes for each of byCountry, byRegion, newPerYear.
    'Query.stats': { weight: () => graphScan + 3 * network.maxNetworkNodes },
    'Stats.byNodeType': { size: () => NODE_TYPES.length },
    'Stats.byRelationshipType': { size: () => RELATIONSHIP_TYPES.length },
    'Stats.byCountry': { size: () => 250 },
    'Stats.byRegion': { size: () => 30 },
    'Stats.newPerYear': { size: () => 100 },
    'Query.nodes': { size: (a) => (Array.isArray(a?.ids) ? a.ids.length : MAX_IDS) },
    'Query._entities': { size: (a) => (Array.isArray(a?.representations) ? a.representations.length : 1) },
    // A summary reads every process of its scope (all of them without one) and their awards:
    // priced like a pass over the network's nodes. Its lists are short: a few currencies over a
    // few decades; its top suppliers as many as `first` asks (MAX_TOP_SUPPLIERS at most).
    'Query.contractingSummary': { weight: () => network.maxNetworkNodes },
    'ContractingSummary.awarded': { size: () => AWARDED_GROUPS },
    'ContractingSummary.topSuppliers': { work: () => network.maxNetworkNodes, workArgument: 'first', size: (a) => arg(a, 'first', DEFAULT_TOP_SUPPLIERS, MAX_TOP_SUPPLIERS) },
    // Every node's imports, one batched read for a list: a record comes from a handful of them.
    ...Object.fromEntries(NODE_TYPES.map((t) => [`${t}.datasets`, { size: () => DATASETS_PER_NODE }])),
    'Node.datasets': { size: () => DATASETS_PER_NODE },
    'Stats.topBrokers': { work: () => networkWork(network.maxNetworkNodes), workArgument: 'first', size: (a) => arg(a, 'first', 10, network.maxBrokers) },
  };
}

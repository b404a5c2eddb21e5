/**
 * Loading into the drawing: the first network, an expansion's neighbourhood, a node the network
 * did not hold, a path. Each merges the answer into the graph (new nodes laid out around a
 * drawing that stays where it is) and records in the session what it loaded.
 */
import { request } from './api.js';
import { applyAppearance } from './appearance.js';
import { labelOf, type ControllerContext } from './controller.context.js';
import { announce } from './dom.js';
import { ExplorerPathDocument } from './generated/graphql.js';
import { mergeSubgraph } from './graph-model.js';
import { fetchNeighbourhood, fetchNetwork } from './network-api.js';
import { hideProcessesWhenMany } from './process-default.js';
import { frameNodes } from './renderer.js';
import { expansionKey, redraw } from './redraw.js';
import type { Expansion } from './view-state.js';

type Nodes = Parameters<typeof mergeSubgraph>[1];
type Edges = Parameters<typeof mergeSubgraph>[2];

/** Merges an answer; new nodes are laid out around the drawing, which stays where it is. Returns how many nodes were new. */
export function addToDrawing(ctx: ControllerContext, nodes: Nodes, edges: Edges): number {
  const { graph, layout } = ctx;
  const before = new Set(graph.nodes());
  const { addedNodes, addedEdges } = mergeSubgraph(graph, nodes, edges);
  if (addedNodes.length || addedEdges.length) {
    const view = ctx.store.get();
    applyAppearance(graph, view.colourBy, view.sizeBy);
    // A layout running on the drawn graph takes new nodes in by itself (the worker restarts
    // from the current positions); otherwise (stopped, or running on a copy of a large network)
    // a new run moves only the new nodes, so the drawing keeps its shape.
    if (addedNodes.length && !layout.followsChanges()) void layout.run({ pin: before });
  }
  return addedNodes.length;
}

/** Replaces the drawing with the network the view asks for (its limit, synthetic records or not). */
export async function loadNetwork(ctx: ControllerContext): Promise<void> {
  const { graph, store } = ctx;
  const session = ctx.state.session;
  announce('Loading the network…');
  ctx.layout.stop();
  const network = await fetchNetwork(store.get().limit, store.get().synthetic, (cap) => (session.network.cap = cap), session.network.cap);
  const view = store.get();
  graph.clear();
  session.expansions.clear();
  mergeSubgraph(graph, network.nodes, network.edges);
  session.network = { ...session.network, truncated: network.truncated, cappedNodes: network.cappedNodes, betweenness: network.betweenness ?? null };
  applyAppearance(graph, view.colourBy, view.sizeBy);
  hideProcessesWhenMany(ctx);
  redraw(ctx);
  // The counts are on the status line already (redraw); say only what they do not.
  announce(network.truncated ? `The ${graph.order.toLocaleString('en')} best-connected nodes are drawn: the network is larger.` : '');
}

/** Adds an expansion's neighbourhood to the drawing and the session; returns how many nodes were new. */
export async function fetchExpansion(ctx: ControllerContext, expansion: Expansion): Promise<number> {
  const answer = await fetchNeighbourhood(expansion.id, expansion.depth);
  const added = addToDrawing(ctx, answer.nodes, answer.edges);
  ctx.state.session.expansions.set(expansionKey(expansion), answer.nodes.map((n) => n.id));
  return added;
}

/** Brings a node into the drawing (with its direct neighbours) when the network did not hold it. */
export async function ensureNode(ctx: ControllerContext, id: string): Promise<boolean> {
  if (ctx.graph.hasNode(id)) return true;
  const answer = await fetchNeighbourhood(id, 1);
  addToDrawing(ctx, answer.nodes, answer.edges);
  return ctx.graph.hasNode(id);
}

/** Fetches the shortest path and what the ends share, draws it and frames it. */
export async function fetchPath(ctx: ControllerContext, from: string, to: string): Promise<void> {
  announce('Looking for a path…');
  const data = await request(ExplorerPathDocument, { from, to });
  const answer = data.shortestPath ?? null;
  if (answer) addToDrawing(ctx, answer.nodes, answer.edges);
  ctx.state.session.path = { key: `${from},${to}`, answer, shared: data.connections.shared };
  redraw(ctx);
  if (answer) {
    announce(`Path of ${answer.length} step${answer.length === 1 ? '' : 's'} from ${labelOf(ctx, from)} to ${labelOf(ctx, to)}.`);
    void frameNodes(ctx.renderer, answer.nodes.map((n) => n.id));
  } else {
    announce(`No path of 8 steps or fewer between ${labelOf(ctx, from)} and ${labelOf(ctx, to)}.`);
  }
}

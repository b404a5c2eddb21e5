/**
 * The explorer's actions and the session behind them: load the network, focus, expand, find a
 * path. It keeps the drawing in step with the view (filters → visibility, focus/path/expansions →
 * highlight, colouring/sizing → appearance) and exposes the state tests read
 * (`window.__loci.state`). Panels call these actions; they never touch the graph themselves.
 */
import { ApiError, request } from './api.js';
import { applyAppearance } from './appearance.js';
import { announce } from './dom.js';
import type { Drawing } from './drawing.js';
import { computeVisibility } from './filters.js';
import { ExplorerPathDocument } from './generated/graphql.js';
import { fetchNeighbourhood, fetchNetwork } from './network-api.js';
import { mergeSubgraph, type LociGraph } from './graph-model.js';
import { computeHighlight } from './highlight.js';
import type { LayoutRunner } from './layout.js';
import { createReadableLabels } from './readable-labels.js';
import { fitToSize, focusCamera, frameNodes, viewedArea, type LociRenderer, type Scene } from './renderer.js';
import { countVisible, describeVisible, type VisibleCounts } from './status-line.js';
import { hasFilters, type Expansion, type ViewStore } from './view-state.js';

export type { Controller, ExposedState, PathAnswer, Session, SharedNeighbour } from './controller.types.js';
import type { Controller, ExposedState, PathAnswer, Session } from './controller.types.js';

const expansionKey = (e: Expansion) => `${e.id}:${e.depth}`;
/**
 * With this many nodes or fewer on show, every label that fits is drawn, placed without overlap
 * (label-placement.ts); past it sigma's label grid decides (placing 5,000 labels at every camera
 * stop would cost more than the grid, and at that density few labels fit anyway).
 */
const ALL_LABELS_UP_TO = 1_000;
/** After the filters change, the camera frames what is left (once the user stops changing them). */
const FRAME_AFTER_FILTER_MS = 450;
/** Longer than sigma's double-click window (300 ms). */
const AFTER_DOUBLE_CLICK_MS = 400;
/** Once the camera has stopped this long, the relationships around its view are chosen again. */
const CAMERA_SETTLE_MS = 200;

export function createController(deps: { graph: LociGraph; drawing: Drawing; renderer: LociRenderer; layout: LayoutRunner; store: ViewStore; scene: Scene }): Controller {
  const { graph, drawing, renderer, layout, store, scene } = deps;
  const listeners: (() => void)[] = [];
  const session: Session = { expansions: new Map(), path: null, network: { truncated: false, cappedNodes: [], cap: null, betweenness: null } };
  const exposed: ExposedState = {
    ready: false,
    layoutRunning: false,
    layoutIterations: 0,
    view: store.get(),
    highlightedNodes: [],
    highlightedEdges: [],
    path: null,
    hiddenNodes: 0,
    hiddenEdges: 0,
    shownNodes: 0,
    visible: null,
    focusHidden: false,
    placedLabels: null,
    drawnEdges: 0,
    truncated: false,
    betweennessExact: true,
    error: null,
  };

  const labels = createReadableLabels({ graph, renderer, scene, layout, onPlaced: (placed) => (exposed.placedLabels = placed) });

  function fail(error: unknown, doing: string): void {
    const message = error instanceof ApiError ? `${doing}: ${error.message}` : `${doing} failed: ${(error as Error).message}`;
    exposed.error = message;
    announce(message);
    document.getElementById('status')?.classList.add('error');
  }

  function currentPath(): PathAnswer | null {
    const view = store.get();
    return session.path && session.path.key === `${view.pathFrom},${view.pathTo}` ? session.path.answer : null;
  }

  /** Brings the drawn relationships to the scene and the camera's view; true when they changed. */
  function drawEdges(): boolean {
    const keep = [...(scene.highlight?.edges ?? []), ...scene.pathEdges];
    const changed = drawing.draw({ hiddenEdges: scene.visibility.hiddenEdges, keep, area: viewedArea(renderer) });
    fitToSize(renderer);
    exposed.drawnEdges = drawing.graph.size;
    return changed;
  }

  /** A large network draws the relationships around the view: they follow the camera once it stops. */
  let settle: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on('updated', () => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      drawEdges();
      labels.place();
    }, CAMERA_SETTLE_MS);
  });

  /** The status line states what is on show, whatever was announced after it. */
  function showCounts(counts: VisibleCounts): void {
    const element = document.getElementById('status-counts');
    if (element) element.textContent = describeVisible(counts);
  }

  function redraw(): void {
    const view = store.get();
    const path = currentPath();
    scene.visibility = computeVisibility(graph, view.filters);
    // A focus the filters hide singles nothing out (the details panel offers to show it instead).
    const focusHidden = !!view.focus && graph.hasNode(view.focus) && scene.visibility.hiddenNodes.has(view.focus);
    scene.focus = view.focus && graph.hasNode(view.focus) && !focusHidden ? view.focus : null;
    scene.pathEdges = new Set(path?.edges.map((e) => e.id) ?? []);
    const expansions = view.expanded.map((e) => session.expansions.get(expansionKey(e))).filter((ids): ids is string[] => !!ids);
    const pathIds = path ? { nodes: path.nodes.map((n) => n.id), edges: path.edges.map((e) => e.id) } : null;
    scene.highlight = computeHighlight(graph, { focus: scene.focus, expansions, path: pathIds });
    scene.allLabels = graph.order - scene.visibility.hiddenNodes.size <= ALL_LABELS_UP_TO;
    drawEdges();
    renderer.refresh();
    labels.place();
    const visible = countVisible(graph, scene.visibility);
    showCounts(visible);
    Object.assign(exposed, {
      visible,
      focusHidden,
      view,
      highlightedNodes: scene.highlight ? [...scene.highlight.nodes] : [],
      highlightedEdges: scene.highlight ? [...scene.highlight.edges] : [],
      path: pathIds && path ? { ...pathIds, length: path.length } : null,
      hiddenNodes: scene.visibility.hiddenNodes.size,
      hiddenEdges: scene.visibility.hiddenEdges.size,
      shownNodes: graph.order - scene.visibility.hiddenNodes.size,
      truncated: session.network.truncated,
      betweennessExact: session.network.betweenness?.exact ?? true,
    });
    for (const listener of listeners) listener();
  }

  /** Merges an answer; new nodes are laid out around the drawing, which stays where it is. */
  function addToDrawing(nodes: Parameters<typeof mergeSubgraph>[1], edges: Parameters<typeof mergeSubgraph>[2]): number {
    const before = new Set(graph.nodes());
    const { addedNodes, addedEdges } = mergeSubgraph(graph, nodes, edges);
    if (addedNodes.length || addedEdges.length) {
      const view = store.get();
      applyAppearance(graph, view.colourBy, view.sizeBy);
      // A layout running on the drawn graph takes new nodes in by itself (the worker restarts
      // from the current positions); otherwise (stopped, or running on a copy of a large network)
      // a new run moves only the new nodes, so the drawing keeps its shape.
      if (addedNodes.length && !layout.followsChanges()) void layout.run({ pin: before });
    }
    return addedNodes.length;
  }

  async function loadNetwork(): Promise<void> {
    announce('Loading the network…');
    layout.stop();
    const network = await fetchNetwork(store.get().limit, store.get().synthetic, (cap) => (session.network.cap = cap), session.network.cap);
    const view = store.get();
    graph.clear();
    session.expansions.clear();
    mergeSubgraph(graph, network.nodes, network.edges);
    session.network = { ...session.network, truncated: network.truncated, cappedNodes: network.cappedNodes, betweenness: network.betweenness ?? null };
    applyAppearance(graph, view.colourBy, view.sizeBy);
    redraw();
    // The counts are on the status line already (redraw); say only what they do not.
    announce(network.truncated ? `The ${graph.order.toLocaleString('en')} best-connected nodes are drawn: the network is larger.` : '');
  }

  async function fetchExpansion(expansion: Expansion): Promise<number> {
    const answer = await fetchNeighbourhood(expansion.id, expansion.depth);
    const added = addToDrawing(answer.nodes, answer.edges);
    session.expansions.set(expansionKey(expansion), answer.nodes.map((n) => n.id));
    return added;
  }

  /** Brings a node into the drawing (with its direct neighbours) when the network did not hold it. */
  async function ensureNode(id: string): Promise<boolean> {
    if (graph.hasNode(id)) return true;
    const answer = await fetchNeighbourhood(id, 1);
    addToDrawing(answer.nodes, answer.edges);
    return graph.hasNode(id);
  }

  async function fetchPath(from: string, to: string): Promise<void> {
    const key = `${from},${to}`;
    announce('Looking for a path…');
    const data = await request(ExplorerPathDocument, { from, to });
    const answer = data.shortestPath ?? null;
    if (answer) addToDrawing(answer.nodes, answer.edges);
    session.path = { key, answer, shared: data.connections.shared };
    redraw();
    if (answer) {
      announce(`Path of ${answer.length} step${answer.length === 1 ? '' : 's'} from ${controller.label(from)} to ${controller.label(to)}.`);
      void frameNodes(renderer, answer.nodes.map((n) => n.id));
    } else {
      announce(`No path of 8 steps or fewer between ${controller.label(from)} and ${controller.label(to)}.`);
    }
  }

  let frameTimer: ReturnType<typeof setTimeout> | undefined;
  function frameVisible(): void {
    clearTimeout(frameTimer);
    frameTimer = setTimeout(() => {
      const visible = graph.filterNodes((node) => !scene.visibility.hiddenNodes.has(node));
      if (visible.length && !currentPath() && !store.get().focus) void frameNodes(renderer, visible);
    }, FRAME_AFTER_FILTER_MS);
  }

  store.subscribe((view, previous) => {
    if (view.filters !== previous.filters && exposed.ready) frameVisible();
    if (view.colourBy !== previous.colourBy || view.sizeBy !== previous.sizeBy) applyAppearance(graph, view.colourBy, view.sizeBy);
    if (view.limit !== previous.limit || view.synthetic !== previous.synthetic) {
      void loadNetwork()
        .then(() => layout.run())
        .catch((e) => fail(e, 'Loading the network'));
    }
    if ((view.pathFrom !== previous.pathFrom || view.pathTo !== previous.pathTo) && view.pathFrom && view.pathTo) {
      void fetchPath(view.pathFrom, view.pathTo).catch((e) => fail(e, 'Finding a path'));
    }
    redraw();
  });

  const spreadNeighbours = (id: string) => labels.spread(id, store.get().focus);

  const controller: Controller = {
    session,
    exposed,
    async start() {
      try {
        await loadNetwork();
      } catch (error) {
        fail(error, 'Loading the network');
        exposed.ready = true;
        return;
      }
      const settled = layout.run();
      const view = store.get();
      const restores: Promise<unknown>[] = view.expanded.map((e) => fetchExpansion(e).catch((error) => fail(error, `Expanding ${e.id}`)));
      if (view.focus) restores.push(ensureNode(view.focus).catch((error) => fail(error, `Showing ${view.focus}`)));
      await Promise.all(restores);
      if (view.pathFrom && view.pathTo) await fetchPath(view.pathFrom, view.pathTo).catch((error) => fail(error, 'Finding a path'));
      redraw();
      exposed.ready = true;
      // Once the layout has settled, the camera goes where the view points.
      void settled.then(() => {
        const now = store.get();
        if (currentPath()) void frameNodes(renderer, currentPath()!.nodes.map((n) => n.id));
        else if (now.focus && graph.hasNode(now.focus)) void focusCamera(renderer, now.focus).then(() => spreadNeighbours(now.focus!));
        else if (hasFilters(now.filters)) frameVisible();
      });
    },
    async focus(id, { camera = true } = {}) {
      try {
        if (!(await ensureNode(id))) throw new Error(`${id} is not in the graph`);
      } catch (error) {
        return fail(error, `Showing ${id}`);
      }
      if (store.get().focus !== id) store.update({ focus: id });
      announce(exposed.focusHidden ? `Selected ${controller.label(id)}, which the filters hide.` : `Selected ${controller.label(id)}.`);
      if (camera) {
        await focusCamera(renderer, id);
        spreadNeighbours(id);
      } else {
        // Picked on the drawing: moving nodes between the two clicks of a double-click (expand)
        // loses the second one, so the neighbours spread once a double-click can no longer come.
        setTimeout(() => spreadNeighbours(id), AFTER_DOUBLE_CLICK_MS);
      }
    },
    clearFocus() {
      if (store.get().focus) store.update({ focus: null });
    },
    async expand(id, depth = store.get().depth) {
      const expansion = { id, depth };
      announce(`Expanding ${controller.label(id)}…`);
      try {
        const added = await fetchExpansion(expansion);
        const others = store.get().expanded.filter((e) => e.id !== id);
        store.update({ expanded: [...others, expansion], focus: id, depth });
        const size = session.expansions.get(expansionKey(expansion))?.length ?? 0;
        announce(`Expanded ${controller.label(id)} (${depth} hop${depth === 1 ? '' : 's'}): ${size - 1} neighbours, ${added} new in the drawing.`);
        void frameNodes(renderer, session.expansions.get(expansionKey(expansion)) ?? [id]);
      } catch (error) {
        fail(error, `Expanding ${id}`);
      }
    },
    clearExpansions() {
      store.update({ expanded: [] });
    },
    setPathEnd(end, id) {
      store.update(end === 'from' ? { pathFrom: id } : { pathTo: id });
    },
    clearPath() {
      session.path = null;
      store.update({ pathFrom: null, pathTo: null });
    },
    fitView() {
      void renderer.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 400 });
    },
    onRedraw(listener) {
      listeners.push(listener);
    },
    merge(nodes, edges) {
      addToDrawing(nodes, edges);
      redraw();
    },
    refresh() {
      const view = store.get();
      applyAppearance(graph, view.colourBy, view.sizeBy);
      redraw();
    },
    placeLabels() {
      labels.replace();
    },
    label(id) {
      return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
    },
    nodeType(id) {
      return graph.hasNode(id) ? graph.getNodeAttribute(id, 'nodeType') : null;
    },
  };
  return controller;
}

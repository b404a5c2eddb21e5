/**
 * Keeps the drawing in step with the view: filters → visibility, focus/path/expansions →
 * highlight, then the relationships drawn, the labels, the status line and the exposed state;
 * then the store's subscribers hear of it.
 */
import type { ControllerContext } from './controller.context.js';
import type { PathAnswer } from './controller.types.js';
import { computeVisibility } from './filters.js';
import { computeHighlight } from './highlight.js';
import { describeHiddenProcesses, processesHiddenByDefault } from './process-default.js';
import { fitToSize, viewedArea } from './renderer.js';
import { countVisible, describeVisible, type VisibleCounts } from './status-line.js';
import type { Expansion } from './view-state.js';

/**
 * With this many nodes or fewer on show, every label that fits is drawn, placed without overlap
 * (label-placement.ts); past it sigma's label grid decides (placing 5,000 labels at every camera
 * stop would cost more than the grid, and at that density few labels fit anyway).
 */
const ALL_LABELS_UP_TO = 1_000;

export const expansionKey = (e: Expansion) => `${e.id}:${e.depth}`;

/** The path answer for the view's path ends, or null when there is none (yet). */
export function currentPath(ctx: ControllerContext): PathAnswer | null {
  const view = ctx.store.get();
  const path = ctx.state.session.path;
  return path && path.key === `${view.pathFrom},${view.pathTo}` ? path.answer : null;
}

/** Brings the drawn relationships to the scene and the camera's view; true when they changed. */
export function drawEdges(ctx: ControllerContext): boolean {
  const { scene, drawing, renderer } = ctx;
  const keep = [...(scene.highlight?.edges ?? []), ...scene.pathEdges];
  const changed = drawing.draw({ hiddenEdges: scene.visibility.hiddenEdges, keep, area: viewedArea(renderer) });
  fitToSize(renderer);
  ctx.state.exposed.drawnEdges = drawing.graph.size;
  return changed;
}

/** The status line states what is on show, whatever was announced after it. */
function showCounts(counts: VisibleCounts, hiddenProcesses: number): void {
  const element = document.getElementById('status-counts');
  if (element) element.textContent = describeVisible(counts) + describeHiddenProcesses(hiddenProcesses);
}

/** Computes the scene (visibility, focus, highlight) from the view; returns the path ids drawn and whether the focus is hidden. */
function updateScene(ctx: ControllerContext, path: PathAnswer | null) {
  const { graph, scene, state } = ctx;
  const view = ctx.store.get();
  scene.visibility = computeVisibility(graph, view.filters);
  // A focus the filters hide singles nothing out (the details panel offers to show it instead).
  const focusHidden = !!view.focus && graph.hasNode(view.focus) && scene.visibility.hiddenNodes.has(view.focus);
  scene.focus = view.focus && graph.hasNode(view.focus) && !focusHidden ? view.focus : null;
  scene.pathEdges = new Set(path?.edges.map((e) => e.id) ?? []);
  const expansions = view.expanded.map((e) => state.session.expansions.get(expansionKey(e))).filter((ids): ids is string[] => !!ids);
  const pathIds = path ? { nodes: path.nodes.map((n) => n.id), edges: path.edges.map((e) => e.id) } : null;
  scene.highlight = computeHighlight(graph, { focus: scene.focus, expansions, path: pathIds });
  scene.allLabels = graph.order - scene.visibility.hiddenNodes.size <= ALL_LABELS_UP_TO;
  return { pathIds, focusHidden };
}

/** Redraws from the view and the session, then notifies the store's subscribers. */
export function redraw(ctx: ControllerContext): void {
  const { graph, scene, state, renderer } = ctx;
  const path = currentPath(ctx);
  const { pathIds, focusHidden } = updateScene(ctx, path);
  drawEdges(ctx);
  renderer.refresh();
  ctx.labels.place();
  const visible = countVisible(graph, scene.visibility);
  const hiddenProcesses = processesHiddenByDefault(ctx);
  showCounts(visible, hiddenProcesses);
  Object.assign(state.exposed, {
    processesHiddenByDefault: hiddenProcesses,
    visible,
    focusHidden,
    view: ctx.store.get(),
    highlightedNodes: scene.highlight ? [...scene.highlight.nodes] : [],
    highlightedEdges: scene.highlight ? [...scene.highlight.edges] : [],
    path: pathIds && path ? { ...pathIds, length: path.length } : null,
    hiddenNodes: scene.visibility.hiddenNodes.size,
    hiddenEdges: scene.visibility.hiddenEdges.size,
    shownNodes: graph.order - scene.visibility.hiddenNodes.size,
    truncated: state.session.network.truncated,
    betweennessExact: state.session.network.betweenness?.exact ?? true,
  });
  state.notify();
}

/**
 * The explorer's actions, one small named function each: start, focus, expand, and what follows
 * a change of the view. Panels reach them through the controller (controller.ts).
 */
import { ApiError } from './api.js';
import { applyAppearance } from './appearance.js';
import { labelOf, type ControllerContext } from './controller.context.js';
import { announce } from './dom.js';
import { ensureNode, fetchExpansion, fetchPath, loadNetwork } from './network-loading.js';
import { expansionKey, currentPath, redraw } from './redraw.js';
import { focusCamera, frameNodes } from './renderer.js';
import { hasFilters, type Depth, type ViewState } from './view-state.js';

/** After the filters change, the camera frames what is left (once the user stops changing them). */
const FRAME_AFTER_FILTER_MS = 450;
/** Longer than sigma's double-click window (300 ms). */
const AFTER_DOUBLE_CLICK_MS = 400;

/** Says what failed, on the status line and to screen readers, and keeps it for tests. */
export function fail(ctx: ControllerContext, error: unknown, doing: string): void {
  const message = error instanceof ApiError ? `${doing}: ${error.message}` : `${doing} failed: ${(error as Error).message}`;
  ctx.state.exposed.error = message;
  announce(message);
  document.getElementById('status')?.classList.add('error');
}

/** Frames what the filters leave on show, once they have stopped changing (no path, no focus). */
export function frameVisible(ctx: ControllerContext): void {
  clearTimeout(ctx.timers.frame);
  ctx.timers.frame = setTimeout(() => {
    const visible = ctx.graph.filterNodes((node) => !ctx.scene.visibility.hiddenNodes.has(node));
    if (visible.length && !currentPath(ctx) && !ctx.store.get().focus) void frameNodes(ctx.renderer, visible);
  }, FRAME_AFTER_FILTER_MS);
}

const spreadNeighbours = (ctx: ControllerContext, id: string) => ctx.labels.spread(id, ctx.store.get().focus);

/** Reacts to a change of the view: reload, fetch a path, recolour, reframe; then redraws. */
export function onViewChange(ctx: ControllerContext, view: ViewState, previous: ViewState): void {
  if (view.filters !== previous.filters && ctx.state.exposed.ready) frameVisible(ctx);
  if (view.colourBy !== previous.colourBy || view.sizeBy !== previous.sizeBy) applyAppearance(ctx.graph, view.colourBy, view.sizeBy);
  if (view.limit !== previous.limit || view.synthetic !== previous.synthetic) {
    void loadNetwork(ctx)
      .then(() => ctx.layout.run())
      .catch((e) => fail(ctx, e, 'Loading the network'));
  }
  if ((view.pathFrom !== previous.pathFrom || view.pathTo !== previous.pathTo) && view.pathFrom && view.pathTo) {
    void fetchPath(ctx, view.pathFrom, view.pathTo).catch((e) => fail(ctx, e, 'Finding a path'));
  }
  redraw(ctx);
}

/** Brings back what a shared link holds besides the network: expansions, focus, path. */
async function restoreView(ctx: ControllerContext): Promise<void> {
  const view = ctx.store.get();
  const restores: Promise<unknown>[] = view.expanded.map((e) => fetchExpansion(ctx, e).catch((error) => fail(ctx, error, `Expanding ${e.id}`)));
  if (view.focus) restores.push(ensureNode(ctx, view.focus).catch((error) => fail(ctx, error, `Showing ${view.focus}`)));
  await Promise.all(restores);
  if (view.pathFrom && view.pathTo) await fetchPath(ctx, view.pathFrom, view.pathTo).catch((error) => fail(ctx, error, 'Finding a path'));
}

/** Once the layout has settled, the camera goes where the view points. */
function pointCamera(ctx: ControllerContext): void {
  const now = ctx.store.get();
  const path = currentPath(ctx);
  if (path) void frameNodes(ctx.renderer, path.nodes.map((n) => n.id));
  else if (now.focus && ctx.graph.hasNode(now.focus)) void focusCamera(ctx.renderer, now.focus).then(() => spreadNeighbours(ctx, now.focus!));
  else if (hasFilters(now.filters)) frameVisible(ctx);
}

/** Loads the network, then restores the view's expansions, focus and path. */
export async function start(ctx: ControllerContext): Promise<void> {
  try {
    await loadNetwork(ctx);
  } catch (error) {
    fail(ctx, error, 'Loading the network');
    ctx.state.exposed.ready = true;
    return;
  }
  const settled = ctx.layout.run();
  await restoreView(ctx);
  redraw(ctx);
  ctx.state.exposed.ready = true;
  void settled.then(() => pointCamera(ctx));
}

/** Selects a node (fetching it first if the drawing lacks it); `camera` moves the camera to it. */
export async function focusNode(ctx: ControllerContext, id: string, { camera = true } = {}): Promise<void> {
  try {
    if (!(await ensureNode(ctx, id))) throw new Error(`${id} is not in the graph`);
  } catch (error) {
    return fail(ctx, error, `Showing ${id}`);
  }
  if (ctx.store.get().focus !== id) ctx.store.update({ focus: id });
  announce(ctx.state.exposed.focusHidden ? `Selected ${labelOf(ctx, id)}, which the filters hide.` : `Selected ${labelOf(ctx, id)}.`);
  if (camera) {
    await focusCamera(ctx.renderer, id);
    spreadNeighbours(ctx, id);
  } else {
    // Picked on the drawing: moving nodes between the two clicks of a double-click (expand)
    // loses the second one, so the neighbours spread once a double-click can no longer come.
    setTimeout(() => spreadNeighbours(ctx, id), AFTER_DOUBLE_CLICK_MS);
  }
}

/** Adds a node's neighbourhood (`depth` hops) to the drawing, selects the node and frames it. */
export async function expandNode(ctx: ControllerContext, id: string, depth: Depth): Promise<void> {
  const expansion = { id, depth };
  announce(`Expanding ${labelOf(ctx, id)}…`);
  try {
    const added = await fetchExpansion(ctx, expansion);
    const others = ctx.store.get().expanded.filter((e) => e.id !== id);
    ctx.store.update({ expanded: [...others, expansion], focus: id, depth });
    const ids = ctx.state.session.expansions.get(expansionKey(expansion)) ?? [id];
    announce(`Expanded ${labelOf(ctx, id)} (${depth} hop${depth === 1 ? '' : 's'}): ${ids.length - 1} neighbours, ${added} new in the drawing.`);
    void frameNodes(ctx.renderer, ids);
  } catch (error) {
    fail(ctx, error, `Expanding ${id}`);
  }
}

/**
 * The explorer's controller: builds the context its actions work on (controller.context.ts),
 * follows the camera and the view, and hands panels the actions (actions.ts) and the one store
 * (explorer-store.ts) they render from. Panels never touch the graph themselves.
 */
import { applyAppearance } from './appearance.js';
import { expandNode, focusNode, onViewChange, start } from './actions.js';
import { labelOf, type ControllerContext, type ControllerDeps } from './controller.context.js';
import { createExplorerStore } from './explorer-store.js';
import { addToDrawing } from './network-loading.js';
import { createReadableLabels } from './readable-labels.js';
import { drawEdges, redraw } from './redraw.js';

export type { Controller, ExposedState, PathAnswer, Session, SharedNeighbour } from './controller.types.js';
import type { Controller } from './controller.types.js';

/** Once the camera has stopped this long, the relationships around its view are chosen again. */
const CAMERA_SETTLE_MS = 200;

/** A large network draws the relationships around the view: they follow the camera once it stops. */
function followCamera(ctx: ControllerContext): void {
  ctx.renderer.getCamera().on('updated', () => {
    clearTimeout(ctx.timers.settle);
    ctx.timers.settle = setTimeout(() => {
      drawEdges(ctx);
      ctx.labels.place();
    }, CAMERA_SETTLE_MS);
  });
}

function createContext(deps: ControllerDeps): ControllerContext {
  const state = createExplorerStore(deps.store);
  const labels = createReadableLabels({ ...deps, onPlaced: (placed) => (state.exposed.placedLabels = placed) });
  return { ...deps, state, labels, timers: {} };
}

/** Creates the page's one controller; call `start()` to load the network. */
export function createController(deps: ControllerDeps): Controller {
  const ctx = createContext(deps);
  const { store, graph, state } = ctx;
  followCamera(ctx);
  store.subscribe((view, previous) => onViewChange(ctx, view, previous));
  return {
    session: state.session,
    exposed: state.exposed,
    explorer: state,
    start: () => start(ctx),
    focus: (id, options) => focusNode(ctx, id, options),
    clearFocus: () => void (store.get().focus && store.update({ focus: null })),
    expand: (id, depth = store.get().depth) => expandNode(ctx, id, depth),
    clearExpansions: () => store.update({ expanded: [] }),
    setPathEnd: (end, id) => store.update(end === 'from' ? { pathFrom: id } : { pathTo: id }),
    clearPath() {
      state.session.path = null;
      store.update({ pathFrom: null, pathTo: null });
    },
    fitView: () => void ctx.renderer.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 400 }),
    onRedraw: (listener) => state.subscribe(listener),
    merge(nodes, edges) {
      addToDrawing(ctx, nodes, edges);
      redraw(ctx);
    },
    refresh() {
      applyAppearance(graph, store.get().colourBy, store.get().sizeBy);
      redraw(ctx);
    },
    placeLabels: () => ctx.labels.replace(),
    label: (id) => labelOf(ctx, id),
    nodeType: (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'nodeType') : null),
  };
}

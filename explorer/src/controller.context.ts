/**
 * What the controller's actions work on: the graph and its drawing, the renderer and layout, the
 * scene the renderer reads, and the store. One plain object, passed to small named functions
 * (redraw.ts, network-loading.ts, actions.ts) instead of one closure holding them all.
 */
import type { Drawing } from './drawing.js';
import type { ExplorerStore } from './explorer-store.js';
import type { LociGraph } from './graph-model.js';
import type { LayoutRunner } from './layout.js';
import type { ReadableLabels } from './readable-labels.js';
import type { LociRenderer, Scene } from './renderer.js';
import type { ViewStore } from './view-state.js';

export interface ControllerDeps {
  graph: LociGraph;
  drawing: Drawing;
  renderer: LociRenderer;
  layout: LayoutRunner;
  store: ViewStore;
  scene: Scene;
}

export interface ControllerContext extends ControllerDeps {
  state: ExplorerStore;
  labels: ReadableLabels;
  /** Pending timers (camera settling, framing after a filter change), cleared when replaced. */
  timers: { settle?: ReturnType<typeof setTimeout>; frame?: ReturnType<typeof setTimeout> };
}

/** The node's label when the drawing holds it, else its id. */
export function labelOf(ctx: Pick<ControllerContext, 'graph'>, id: string): string {
  return ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, 'label') : id;
}

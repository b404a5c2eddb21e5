/**
 * Wiring of issue 20's parts (Peers panel, Ask panel, map layout) into the page. Everything they
 * need is handed to them here, so re-wiring them after the explorer's restructure touches this
 * file only: main.ts calls `attachIssue20Panels` once, after the controller.
 */
import { request } from './api.js';
import { createAskPanel } from './ask-panel.js';
import type { Controller } from './controller.js';
import { announce, byId } from './dom.js';
import type { Drawing } from './drawing.js';
import type { LociGraph } from './graph-model.js';
import { createGraphOverlay } from './graph-overlay.js';
import type { LayoutRunner } from './layout.js';
import { createMapLayout } from './map-layout.js';
import { createPeersPanel } from './peers-panel.js';
import type { LociRenderer, Scene } from './renderer.js';
import type { ScopeOption } from './scope-fields.js';
import type { PanelName, ViewStore } from './view-state.js';
import type { NodeType } from './vocabulary.js';

export interface Issue20Deps {
  graph: LociGraph;
  drawing: Drawing;
  renderer: LociRenderer;
  scene: Scene;
  layout: LayoutRunner;
  controller: Controller;
  store: ViewStore;
}

/** The drawing's nodes of one type, by name, as filter options. */
function optionsOf(graph: LociGraph, type: NodeType): ScopeOption[] {
  return graph
    .filterNodes((_n, a) => a.nodeType === type)
    .map((id) => ({ id, label: graph.getNodeAttribute(id, 'label') }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Builds the two panels and the map switch; returns what tests read (`window.__loci.overlay`, `.map`). */
export function attachIssue20Panels(deps: Issue20Deps) {
  const { graph, controller, store } = deps;
  const overlay = createGraphOverlay(deps);
  const selected = () => {
    const id = store.get().focus;
    return id ? { id, label: controller.label(id), type: controller.nodeType(id) } : null;
  };
  const select = (id: string) => void controller.focus(id);
  const highlightFor = (owner: string) => ({ show: (input: Parameters<typeof overlay.show>[1]) => overlay.show(owner, input), clear: () => overlay.clear(owner) });
  const panels: Partial<Record<PanelName, { opened(): void; closed(): void }>> = {
    peers: createPeersPanel({ container: byId('panel-peers'), request, select, highlight: highlightFor('peers'), selected, options: () => ({ places: optionsOf(graph, 'Place'), themes: optionsOf(graph, 'Theme') }) }),
    ask: createAskPanel({ container: byId('panel-ask'), request, select, highlight: highlightFor('ask'), selected, merge: (nodes, edges) => controller.merge(nodes, edges) }),
  };
  store.subscribe((view, previous) => {
    if (view.panel === previous.panel) return;
    panels[previous.panel]?.closed();
    panels[view.panel]?.opened();
  });
  // A link that opens on one of these panels: once the network is there (a redraw may come before it).
  const opening = panels[store.get().panel];
  if (opening) controller.onRedraw(once(() => graph.order > 0, () => opening.opened()));
  const map = createMapLayout({ ...deps, request, controls: document.querySelector<HTMLElement>('.view-controls')!, status: byId('status'), fitView: () => controller.fitView(), placeLabels: () => controller.placeLabels(), fail: announce });
  return { overlay: overlay.state, map: map.state };
}

/** Runs `action` the first time `ready()` holds, never again. */
function once(ready: () => boolean, action: () => void): () => void {
  let done = false;
  return () => {
    if (done || !ready()) return;
    done = true;
    action();
  };
}

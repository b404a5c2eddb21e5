/**
 * Keeps the drawing readable: which forced labels are drawn (label-placement.ts, chosen again
 * whenever the camera stops or nodes move) and, after a focus, its neighbours spread apart
 * (spread.ts). One small unit with its state in the scene, driven by the controller.
 */
import type { LociGraph } from './graph-model.js';
import type { LayoutRunner } from './layout.js';
import { chooseForcedLabels, screenMapping, type LociRenderer, type Scene } from './renderer.js';
import { spreadAround } from './spread.js';

/** Spreading is for a focus and its neighbours; a larger highlight is left to the label grid. */
const SPREAD_UP_TO = 60;

export interface ReadableLabels {
  /** Chooses which forced labels fit at the camera's current view; redraws when that changed. */
  place(): void;
  /** Nodes moved under the labels (the layout stopped): any label may now fit or not. */
  replace(): void;
  /**
   * Spreads `focus`'s neighbours apart on screen, if it is still the focus; not while the layout
   * runs (it would move them back) nor while the camera moves (positions are in flight).
   */
  spread(focus: string, currentFocus: string | null): void;
}

/** `onPlaced` hears the drawn labels (null: sigma's grid decides), for the state tests read. */
export function createReadableLabels(deps: { graph: LociGraph; renderer: LociRenderer; scene: Scene; layout: LayoutRunner; onPlaced(labels: string[] | null): void }): ReadableLabels {
  const { graph, renderer, scene, layout } = deps;
  const sameSet = (a: Set<string> | null, b: Set<string> | null) => a === b || (!!a && !!b && a.size === b.size && [...a].every((l) => b.has(l)));

  const labels: ReadableLabels = {
    place() {
      const chosen = chooseForcedLabels(renderer, scene);
      if (sameSet(chosen, scene.labels)) return;
      scene.labels = chosen;
      deps.onPlaced(chosen ? [...chosen] : null);
      renderer.refresh();
    },
    replace() {
      scene.labels = null;
      renderer.refresh();
      labels.place();
    },
    spread(focus, currentFocus) {
      if (currentFocus !== focus || !scene.highlight || scene.highlight.nodes.size > SPREAD_UP_TO || layout.isRunning() || renderer.getCamera().isAnimating()) return;
      if (spreadAround(graph, focus, scene.highlight.nodes, screenMapping(renderer)) > 0) labels.replace();
    },
  };
  return labels;
}

/**
 * The force layout: ForceAtlas2 in a Web Worker (graphology-layout-forceatlas2/worker), so the
 * page stays responsive while it runs, stopped as soon as it has converged. FA2 itself never
 * says it is done: we count its iterations (one per message from the worker, each one updating
 * the graph's positions) and stop when nodes barely move over the last iterations, or after a
 * time budget that grows with the graph; then the worker is killed so it costs nothing.
 * Counting iterations rather than seconds keeps a slow machine from looking "converged".
 */
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LociGraph } from './graph-model.js';

/** Positions are compared every SAMPLE_EVERY iterations. */
const SAMPLE_EVERY = 10;
/** Mean movement over a sample below this share of the drawing's size, CALM_SAMPLES times in a row = converged. */
const CONVERGED = 0.002;
const CALM_SAMPLES = 3;
/** FA2 starts from our seeded positions: give it this many iterations before judging. */
const MIN_ITERATIONS = 60;

export interface LayoutRunner {
  /**
   * Runs the layout until it converges; resolves when it has stopped. With `pin`, the nodes in
   * it keep their place (only new nodes move): an expansion does not reshuffle the drawing.
   */
  run(options?: { pin?: ReadonlySet<string> }): Promise<void>;
  stop(): void;
  isRunning(): boolean;
  /** Iterations of the last run (for tests and the curious). */
  iterations(): number;
}

function extentOf(graph: LociGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  return Math.max(1e-9, Math.hypot(maxX - minX, maxY - minY));
}

/** Creates the page's one layout runner; `onChange(running)` tells the status line. */
export function createLayoutRunner(graph: LociGraph, onChange: (running: boolean) => void = () => {}): LayoutRunner {
  let supervisor: FA2Layout | null = null;
  let budget: ReturnType<typeof setTimeout> | null = null;
  let finish: (() => void) | null = null;
  let onIteration: (() => void) | null = null;
  let count = 0;

  function stop(): void {
    if (budget) clearTimeout(budget);
    budget = null;
    if (onIteration) graph.off('eachNodeAttributesUpdated', onIteration);
    onIteration = null;
    const wasRunning = supervisor !== null;
    supervisor?.kill();
    supervisor = null;
    graph.forEachNode((node, a) => {
      if (a.fixed) graph.removeNodeAttribute(node, 'fixed');
    });
    if (wasRunning) onChange(false);
    finish?.();
    finish = null;
  }

  return {
    run({ pin } = {}) {
      stop();
      if (graph.order < 2) return Promise.resolve();
      if (pin) for (const node of pin) if (graph.hasNode(node)) graph.setNodeAttribute(node, 'fixed', true);
      const settings = {
        ...forceAtlas2.inferSettings(graph),
        // Hubs such as LOCI or Hivos go to the edge of their cluster rather than its centre:
        // their many neighbours spread out and their labels stay readable.
        outboundAttractionDistribution: true,
        barnesHutOptimize: graph.order > 400,
      };
      count = 0;
      let calm = 0;
      let previous = new Float64Array(0);
      const snapshot = () => {
        const positions = new Float64Array(graph.order * 2);
        let i = 0;
        graph.forEachNode((_n, a) => {
          positions[i++] = a.x;
          positions[i++] = a.y;
        });
        return positions;
      };
      previous = snapshot();
      onIteration = () => {
        if (++count % SAMPLE_EVERY) return;
        const next = snapshot();
        let moved = 0;
        // The node set may change during a run (an expansion): compare only when it did not.
        if (next.length === previous.length) for (let i = 0; i < next.length; i += 2) moved += Math.hypot(next[i] - previous[i], next[i + 1] - previous[i + 1]);
        else moved = Infinity;
        previous = next;
        calm = count >= MIN_ITERATIONS && moved / graph.order / extentOf(graph) < CONVERGED ? calm + 1 : 0;
        // Not from inside this handler: the supervisor is still handling the worker's message
        // and reads its own state after the graph update that called us; killing it here breaks that.
        if (calm >= CALM_SAMPLES) queueMicrotask(stop);
      };
      graph.on('eachNodeAttributesUpdated', onIteration);
      supervisor = new FA2Layout(graph, { settings });
      supervisor.start();
      onChange(true);
      budget = setTimeout(stop, Math.min(30_000, 6_000 + graph.order * 4));
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    },
    stop,
    isRunning: () => supervisor !== null,
    iterations: () => count,
  };
}

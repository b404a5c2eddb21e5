/**
 * The force layout: ForceAtlas2 in a Web Worker (graphology-layout-forceatlas2/worker), so the
 * page stays responsive while it runs, stopped as soon as it has converged. FA2 itself never
 * says it is done: we count its iterations (one per message from the worker, each one updating
 * the graph's positions) and stop when nodes barely move over the last iterations, or after a
 * time budget that grows with the graph; then the worker is killed so it costs nothing.
 * Counting iterations rather than seconds keeps a slow machine from looking "converged".
 *
 * A large network (past SHADOW_ABOVE relationships) is laid out on a copy of the graph that
 * nothing draws: each iteration moving every node would make the renderer redraw everything, and
 * the worker waits for the main thread between iterations, so both crawled (5,447 nodes and
 * 41,882 relationships: 20 iterations in 30 s on a CPU-only renderer). The positions are copied
 * to the drawn graph now and then instead, leaving the main thread free between copies.
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
/** Past this many relationships the layout runs on an undrawn copy (see above). */
export const SHADOW_ABOVE = 10_000;
/**
 * Positions reach the drawing at most this often, and never sooner than twice the time the last
 * copy took to draw: at least two thirds of the main thread stay free for the user.
 */
const PUBLISH_EVERY_MS = 250;

export interface LayoutRunner {
  /**
   * Runs the layout until it converges; resolves when it has stopped. With `pin`, the nodes in
   * it keep their place (only new nodes move): an expansion does not reshuffle the drawing.
   */
  run(options?: { pin?: ReadonlySet<string> }): Promise<void>;
  stop(): void;
  isRunning(): boolean;
  /** True when the running layout takes nodes added to the drawing in by itself (not on a copy). */
  followsChanges(): boolean;
  /** Iterations of the last run (for tests and the curious). */
  iterations(): number;
}

/** Copies x and y of every node of `from` that `to` holds: one update event for the renderer. */
function copyPositions(from: LociGraph, to: LociGraph): void {
  to.updateEachNodeAttributes(
    (node, a) => {
      if (from.hasNode(node)) {
        a.x = from.getNodeAttribute(node, 'x');
        a.y = from.getNodeAttribute(node, 'y');
      }
      return a;
    },
    { attributes: ['x', 'y'] },
  );
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
  /** The graph FA2 moves: `graph` itself, or its undrawn copy for a large network. */
  let moved: LociGraph = graph;
  let publisher: ReturnType<typeof setTimeout> | null = null;

  function stop(): void {
    if (budget) clearTimeout(budget);
    budget = null;
    if (publisher) clearTimeout(publisher);
    publisher = null;
    if (onIteration) moved.off('eachNodeAttributesUpdated', onIteration);
    onIteration = null;
    const wasRunning = supervisor !== null;
    supervisor?.kill();
    supervisor = null;
    if (moved !== graph) {
      if (wasRunning) copyPositions(moved, graph);
      moved = graph;
    }
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
      moved = graph.size > SHADOW_ABOVE ? graph.copy() : graph;
      if (pin) for (const node of pin) if (moved.hasNode(node)) moved.setNodeAttribute(node, 'fixed', true);
      const settings = {
        ...forceAtlas2.inferSettings(moved),
        // Hubs such as LOCI or Hivos go to the edge of their cluster rather than its centre:
        // their many neighbours spread out and their labels stay readable.
        outboundAttractionDistribution: true,
        barnesHutOptimize: moved.order > 400,
      };
      count = 0;
      let calm = 0;
      let previous = new Float64Array(0);
      const snapshot = () => {
        const positions = new Float64Array(moved.order * 2);
        let i = 0;
        moved.forEachNode((_n, a) => {
          positions[i++] = a.x;
          positions[i++] = a.y;
        });
        return positions;
      };
      previous = snapshot();
      onIteration = () => {
        if (++count % SAMPLE_EVERY) return;
        const next = snapshot();
        let shift = 0;
        // The node set may change during a run (an expansion): compare only when it did not.
        if (next.length === previous.length) for (let i = 0; i < next.length; i += 2) shift += Math.hypot(next[i] - previous[i], next[i + 1] - previous[i + 1]);
        else shift = Infinity;
        previous = next;
        calm = count >= MIN_ITERATIONS && shift / moved.order / extentOf(moved) < CONVERGED ? calm + 1 : 0;
        // Not from inside this handler: the supervisor is still handling the worker's message
        // and reads its own state after the graph update that called us; killing it here breaks that.
        if (calm >= CALM_SAMPLES) queueMicrotask(stop);
      };
      moved.on('eachNodeAttributesUpdated', onIteration);
      supervisor = new FA2Layout(moved, { settings });
      supervisor.start();
      if (moved !== graph) {
        const run = supervisor;
        const publish = () => {
          copyPositions(moved, graph);
          const copied = performance.now();
          // The renderer draws on the next frame: the copy's cost is known one frame later.
          // Only this run goes on publishing: a stop (or a new run) in between ends it.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              if (supervisor === run) publisher = setTimeout(publish, Math.max(PUBLISH_EVERY_MS, 2 * (performance.now() - copied)));
            }),
          );
        };
        publisher = setTimeout(publish, PUBLISH_EVERY_MS);
      }
      onChange(true);
      budget = setTimeout(stop, Math.min(30_000, 6_000 + graph.order * 4));
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    },
    stop,
    isRunning: () => supervisor !== null,
    followsChanges: () => supervisor !== null && moved === graph,
    iterations: () => count,
  };
}

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

/** One runner's state: the worker, its timers, and the graph it moves. */
interface LayoutState {
  graph: LociGraph;
  onChange: (running: boolean) => void;
  supervisor: FA2Layout | null;
  budget: ReturnType<typeof setTimeout> | null;
  publisher: ReturnType<typeof setTimeout> | null;
  finish: (() => void) | null;
  onIteration: (() => void) | null;
  count: number;
  /** The graph FA2 moves: `graph` itself, or its undrawn copy for a large network. */
  moved: LociGraph;
}

function stop(s: LayoutState): void {
  const { graph } = s;
  if (s.budget) clearTimeout(s.budget);
  if (s.publisher) clearTimeout(s.publisher);
  s.budget = s.publisher = null;
  if (s.onIteration) s.moved.off('eachNodeAttributesUpdated', s.onIteration);
  s.onIteration = null;
  const wasRunning = s.supervisor !== null;
  s.supervisor?.kill();
  s.supervisor = null;
  if (s.moved !== graph) {
    if (wasRunning) copyPositions(s.moved, graph);
    s.moved = graph;
  }
  graph.forEachNode((node, a) => {
    if (a.fixed) graph.removeNodeAttribute(node, 'fixed');
  });
  if (wasRunning) s.onChange(false);
  s.finish?.();
  s.finish = null;
}

/** Every node's position, in one array (x, y, x, y...). */
function snapshot(graph: LociGraph): Float64Array {
  const positions = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_n, a) => {
    positions[i++] = a.x;
    positions[i++] = a.y;
  });
  return positions;
}

/** Counts iterations and stops the run once nodes barely move, CALM_SAMPLES samples in a row. */
function watchConvergence(s: LayoutState): void {
  let calm = 0;
  let previous = snapshot(s.moved);
  s.count = 0;
  s.onIteration = () => {
    if (++s.count % SAMPLE_EVERY) return;
    const next = snapshot(s.moved);
    let shift = 0;
    // The node set may change during a run (an expansion): compare only when it did not.
    if (next.length === previous.length) for (let i = 0; i < next.length; i += 2) shift += Math.hypot(next[i] - previous[i], next[i + 1] - previous[i + 1]);
    else shift = Infinity;
    previous = next;
    calm = s.count >= MIN_ITERATIONS && shift / s.moved.order / extentOf(s.moved) < CONVERGED ? calm + 1 : 0;
    // Not from inside this handler: the supervisor is still handling the worker's message
    // and reads its own state after the graph update that called us; killing it here breaks that.
    if (calm >= CALM_SAMPLES) queueMicrotask(() => stop(s));
  };
  s.moved.on('eachNodeAttributesUpdated', s.onIteration);
}

/** A run on an undrawn copy: its positions reach the drawing now and then, leaving the main thread free. */
function publishPositions(s: LayoutState): void {
  const run = s.supervisor;
  const publish = () => {
    copyPositions(s.moved, s.graph);
    const copied = performance.now();
    // The renderer draws on the next frame: the copy's cost is known one frame later.
    // Only this run goes on publishing: a stop (or a new run) in between ends it.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (s.supervisor === run) s.publisher = setTimeout(publish, Math.max(PUBLISH_EVERY_MS, 2 * (performance.now() - copied)));
      }),
    );
  };
  s.publisher = setTimeout(publish, PUBLISH_EVERY_MS);
}

function run(s: LayoutState, pin?: ReadonlySet<string>): Promise<void> {
  stop(s);
  const { graph } = s;
  if (graph.order < 2) return Promise.resolve();
  const moved = (s.moved = graph.size > SHADOW_ABOVE ? graph.copy() : graph);
  if (pin) for (const node of pin) if (moved.hasNode(node)) moved.setNodeAttribute(node, 'fixed', true);
  const settings = {
    ...forceAtlas2.inferSettings(moved),
    // Hubs such as LOCI or Hivos go to the edge of their cluster rather than its centre:
    // their many neighbours spread out and their labels stay readable.
    outboundAttractionDistribution: true,
    barnesHutOptimize: moved.order > 400,
  };
  watchConvergence(s);
  s.supervisor = new FA2Layout(moved, { settings });
  s.supervisor.start();
  if (moved !== graph) publishPositions(s);
  s.onChange(true);
  s.budget = setTimeout(() => stop(s), Math.min(30_000, 6_000 + graph.order * 4));
  return new Promise<void>((resolve) => {
    s.finish = resolve;
  });
}

/** Creates the page's one layout runner; `onChange(running)` tells the status line. */
export function createLayoutRunner(graph: LociGraph, onChange: (running: boolean) => void = () => {}): LayoutRunner {
  const s: LayoutState = { graph, onChange, supervisor: null, budget: null, publisher: null, finish: null, onIteration: null, count: 0, moved: graph };
  return {
    run: ({ pin } = {}) => run(s, pin),
    stop: () => stop(s),
    isRunning: () => s.supervisor !== null,
    followsChanges: () => s.supervisor !== null && s.moved === graph,
    iterations: () => s.count,
  };
}

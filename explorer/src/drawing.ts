/**
 * What the renderer draws, kept apart from the model. The model (graph-model.ts) holds every node
 * and relationship the answers brought; the filters, the panels, the layout and the exports read
 * it. The drawing is a second graph, the one sigma draws: every node of the model (the filters
 * hide nodes in the renderer's reducer), and the relationships the filters let through, up to
 * EDGE_BUDGET of them around the camera's view (level of detail).
 *
 * Why a budget: drawing a relationship is a long thin quad, and without a GPU (SwiftShader)
 * filling it dominates a still frame: all 41,882 relationships of the large network took 1.1 s
 * to draw, so every stop of the camera, every layout step shown and every filter froze the page
 * for a second or more (`npm run bench:explorer`). Sigma also works per relationship in its
 * graph on every frame, drawn or hidden, which is why filtered relationships leave the drawing
 * instead of being hidden in it.
 */
import { createGraph, hashUnit, type LociGraph, type NodeAttributes } from './graph-model.js';

/** At most this many relationships are drawn; the ones singled out (focus, path) come on top. */
export const EDGE_BUDGET = 5_000;

/** A rectangle in graph coordinates (the model's x and y). */
export interface Area {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export interface DrawInput {
  /** Relationships the filters hide: never drawn. */
  hiddenEdges: ReadonlySet<string>;
  /** Relationships drawn whatever the budget (what the focus, expansions and path single out). */
  keep: Iterable<string>;
  /** The part of the graph in view, or null when all of it is. */
  area: Area | null;
}

export interface Drawing {
  /** The graph the renderer draws: create one Drawing per page, before the renderer. */
  readonly graph: LociGraph;
  /**
   * Chooses the drawn relationships for `input` and brings the drawing to them (additions only,
   * or one clear and refill: sigma re-indexes its whole graph on each single drop). Returns true
   * when the drawing changed.
   */
  draw(input: DrawInput, budget?: number): boolean;
}

/**
 * The order relationships are drawn in when not all of them fit: first each node's link to its
 * best-connected neighbour (so no node is left floating, and hubs keep their stars), then all
 * the others. Within each group the order is pseudo-random but fixed (a hash of the id): a fair
 * sample of the density, and the same relationships stay drawn from one camera move to the next.
 */
export function drawingOrder(model: LociGraph): string[] {
  const best = new Map<string, { edge: string; degree: number }>();
  model.forEachEdge((edge, _a, source, target) => {
    for (const [node, other] of [
      [source, target],
      [target, source],
    ]) {
      const degree = model.degree(other);
      const current = best.get(node);
      if (!current || degree > current.degree) best.set(node, { edge, degree });
    }
  });
  const backbone = new Set([...best.values()].map((b) => b.edge));
  const rank = new Map<string, number>();
  model.forEachEdge((edge) => rank.set(edge, (backbone.has(edge) ? 0 : 1) + hashUnit(edge, 3)));
  return model.edges().sort((a, b) => rank.get(a)! - rank.get(b)!);
}

const inArea = (a: NodeAttributes, area: Area) => a.x >= area.minX && a.x <= area.maxX && a.y >= area.minY && a.y <= area.maxY;

/**
 * The relationships to draw: the kept ones, then, while under `budget`, the shown relationships
 * with an end in `area`, in `order`. When every shown relationship fits the budget, all of them
 * (wherever the camera is). Pure.
 */
export function chooseEdges(model: LociGraph, order: readonly string[], input: DrawInput, budget: number): Set<string> {
  const chosen = new Set<string>();
  for (const edge of input.keep) if (model.hasEdge(edge) && !input.hiddenEdges.has(edge)) chosen.add(edge);
  const shown = model.size - input.hiddenEdges.size;
  const area = input.area;
  for (const edge of order) {
    if (shown > budget && chosen.size >= budget) break;
    if (input.hiddenEdges.has(edge)) continue;
    if (shown > budget && area && !inArea(model.getSourceAttributes(edge), area) && !inArea(model.getTargetAttributes(edge), area)) continue;
    chosen.add(edge);
  }
  return chosen;
}

/** Keeps the drawing's nodes in step with the model's (added, dropped, moved, restyled). */
function mirrorNodes(model: LociGraph, drawn: LociGraph): void {
  model.on('nodeAdded', ({ key, attributes }) => drawn.addNode(key, { ...attributes }));
  model.on('nodeDropped', ({ key }) => drawn.dropNode(key));
  model.on('nodeAttributesUpdated', (payload) => {
    // `fixed` is the layout's business: the renderer does not read it.
    if ('name' in payload && payload.name === 'fixed') return;
    drawn.replaceNodeAttributes(payload.key, { ...model.getNodeAttributes(payload.key) });
  });
  model.on('eachNodeAttributesUpdated', ({ hints }) => {
    const names = hints?.attributes as (keyof NodeAttributes)[] | undefined;
    // The hints pass on, so a layout step (x and y only) stays a cheap update for sigma.
    drawn.updateEachNodeAttributes(
      (node, a) => {
        const from = model.getNodeAttributes(node);
        if (!names) return { ...from };
        for (const name of names) (a as unknown as Record<string, unknown>)[name] = from[name];
        return a;
      },
      names ? { attributes: names } : undefined,
    );
  });
  model.on('cleared', () => drawn.clear());
}

/** Creates the drawing of `model`; it follows the model's nodes by itself, its relationships on `draw`. */
export function createDrawing(model: LociGraph): Drawing {
  const drawn = createGraph();
  mirrorNodes(model, drawn);
  let order: string[] | null = null;
  const stale = () => (order = null);
  for (const event of ['edgeAdded', 'edgeDropped', 'edgesCleared', 'cleared'] as const) model.on(event, stale);

  return {
    graph: drawn,
    draw(input, budget = EDGE_BUDGET) {
      order ??= drawingOrder(model);
      const chosen = chooseEdges(model, order, input, budget);
      const removals = drawn.someEdge((edge) => !chosen.has(edge));
      if (!removals && chosen.size === drawn.size) return false;
      if (removals) drawn.clearEdges();
      for (const edge of chosen) {
        if (!drawn.hasEdge(edge)) drawn.addEdgeWithKey(edge, model.source(edge), model.target(edge), { ...model.getEdgeAttributes(edge) });
      }
      return true;
    },
  };
}

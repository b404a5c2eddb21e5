/**
 * Colour and size of every node, from the view's colouring (type or community) and sizing
 * (degree or betweenness). Written into the node attributes, which the renderer draws; the
 * focus, path and filters then adjust them per frame in its reducers.
 */
import type { LociGraph } from './graph-model.js';
import { TYPE_COLOURS, communityColour } from './palette.js';
import type { ColourBy, SizeBy } from './view-state.js';

/** Screen pixels (the renderer sizes items in screen space). */
export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 20;

/** The measure a node is sized by; nodes added after the network answer fall back to their drawn degree. */
export function sizeMeasure(graph: LociGraph, node: string, sizeBy: SizeBy): number {
  const a = graph.getNodeAttributes(node);
  if (sizeBy === 'betweenness') return a.betweenness ?? 0;
  return a.degree ?? graph.degree(node);
}

/**
 * Sets `color` and `size` on every node (edges keep the colour they were added with: updating
 * every edge while sigma still indexes new ones makes it throw). Sizes grow with the
 * square root of the measure (area, not radius, tracks it), between MIN and MAX_NODE_SIZE.
 */
export function applyAppearance(graph: LociGraph, colourBy: ColourBy, sizeBy: SizeBy): void {
  let max = 0;
  graph.forEachNode((node) => {
    max = Math.max(max, sizeMeasure(graph, node, sizeBy));
  });
  graph.updateEachNodeAttributes((node, a) => {
    const share = max > 0 ? Math.sqrt(sizeMeasure(graph, node, sizeBy) / max) : 0;
    return {
      ...a,
      color: colourBy === 'community' ? communityColour(a.community) : TYPE_COLOURS[a.nodeType],
      size: MIN_NODE_SIZE + share * (MAX_NODE_SIZE - MIN_NODE_SIZE),
    };
  });
}

/**
 * What stands out: a path (its nodes and relationships, in order), else the focused node with
 * its neighbours plus every expanded neighbourhood. Everything else fades. Pure.
 */
import type { LociGraph } from './graph-model.js';

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface HighlightInput {
  focus: string | null;
  /** Node ids of each expanded neighbourhood, as the API answered them. */
  expansions: readonly (readonly string[])[];
  /** The path shown, in order, or null. */
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
}

/** Returns null when nothing is singled out (no focus, expansion or path): nothing fades. */
export function computeHighlight(graph: LociGraph, input: HighlightInput): Highlight | null {
  if (input.path) {
    return { nodes: new Set(input.path.nodes.filter((n) => graph.hasNode(n))), edges: new Set(input.path.edges.filter((e) => graph.hasEdge(e))) };
  }
  const focus = input.focus && graph.hasNode(input.focus) ? input.focus : null;
  if (!focus && input.expansions.length === 0) return null;
  const nodes = new Set<string>();
  for (const expansion of input.expansions) for (const node of expansion) if (graph.hasNode(node)) nodes.add(node);
  if (focus) {
    nodes.add(focus);
    graph.forEachNeighbor(focus, (neighbour) => nodes.add(neighbour));
  }
  const edges = new Set<string>();
  // Relationships inside the highlighted set; around the focus only its own, so its star reads clearly.
  graph.forEachEdge((edge, _a, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    const expanded = input.expansions.length > 0;
    if (expanded || source === focus || target === focus) edges.add(edge);
  });
  return { nodes, edges };
}

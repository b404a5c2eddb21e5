/**
 * What is on show, in words: the status line over the drawing always says it ("34 of 176 nodes
 * and 41 of 307 relationships shown"), and so do the filter panel and the dashboard, from the one
 * function below, so the three never disagree.
 */
import type { Visibility } from './filters.js';
import type { LociGraph } from './graph-model.js';

export interface VisibleCounts {
  nodes: number;
  totalNodes: number;
  edges: number;
  totalEdges: number;
  /** Shown only as neighbours of a theme or place filter's picks (drawn muted). */
  muted: number;
  /** With a year filter: undated nodes and relationships it kept. */
  undated: { nodes: number; edges: number } | null;
}

/** Counts what `visibility` leaves on show of `graph`. */
export function countVisible(graph: LociGraph, visibility: Visibility): VisibleCounts {
  return {
    nodes: graph.order - visibility.hiddenNodes.size,
    totalNodes: graph.order,
    edges: graph.size - visibility.hiddenEdges.size,
    totalEdges: graph.size,
    muted: visibility.mutedNodes.size,
    undated: visibility.undated,
  };
}

const n = (value: number) => value.toLocaleString('en');
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

/** "34 of 176 nodes and 41 of 307 relationships shown", or "All 176 nodes and 307 relationships shown", with what the filters kept and why. */
export function describeVisible(c: VisibleCounts): string {
  const all = c.nodes === c.totalNodes && c.edges === c.totalEdges;
  const main = all
    ? `All ${plural(c.totalNodes, 'node', 'nodes')} and ${plural(c.totalEdges, 'relationship', 'relationships')} shown`
    : `${n(c.nodes)} of ${plural(c.totalNodes, 'node', 'nodes')} and ${n(c.edges)} of ${plural(c.totalEdges, 'relationship', 'relationships')} shown`;
  const notes = [
    c.muted ? `${plural(c.muted, 'neighbour', 'neighbours')} of the chosen themes or places in grey` : '',
    c.undated ? `the year filter keeps ${plural(c.undated.nodes, 'undated node', 'undated nodes')} and ${plural(c.undated.edges, 'undated relationship', 'undated relationships')}` : '',
  ].filter(Boolean);
  return `${main}${notes.length ? `; ${notes.join('; ')}` : ''}.`;
}

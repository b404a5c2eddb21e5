/**
 * Which nodes and relationships the filters hide. Pure: computed from the graph and the
 * filters, applied by the renderer's reducers, so filtering never reloads anything. The rules
 * follow the API's NetworkFilter, so the view and the /export files of the same filters agree:
 * - types, levels (initiatives only) and sectors (organisations and people only) hide nodes;
 * - years hide relationships not valid in [from, to] (since/until, by year);
 * - themes and places scope the view to the anchors (nodes ABOUT a theme and LOCATED_IN a place,
 *   or in a place inside it), the chosen themes and places, and the anchors' direct neighbours.
 * One display rule of its own: a node whose every relationship is outside the years is hidden
 * too (the time slider shows the network as it was; the export keeps such nodes, unlinked).
 */
import type { LociGraph } from './graph-model.js';
import { hasFilters, type Filters } from './view-state.js';

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

const yearOf = (date: string | null): number | null => (date ? Number(date.slice(0, 4)) : null);

/** True when a relationship valid from `since` to `until` overlaps the years [from, to]. */
export function isInYears(since: string | null, until: string | null, from: number | null, to: number | null): boolean {
  const start = yearOf(since);
  const end = yearOf(until);
  if (to !== null && start !== null && start > to) return false;
  if (from !== null && end !== null && end < from) return false;
  return true;
}

/** The chosen places and every place inside them (PART_OF points from the inner place outwards). */
function placesWithin(graph: LociGraph, places: readonly string[]): Set<string> {
  const within = new Set(places.filter((p) => graph.hasNode(p)));
  const queue = [...within];
  while (queue.length) {
    const place = queue.pop()!;
    graph.forEachInEdge(place, (_edge, attributes, source) => {
      if (attributes.relType === 'PART_OF' && !within.has(source)) {
        within.add(source);
        queue.push(source);
      }
    });
  }
  return within;
}

/** Nodes with an outgoing `relType` relationship to one of `targets`. */
function pointingTo(graph: LociGraph, relType: string, targets: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const target of targets) {
    graph.forEachInEdge(target, (_edge, attributes, source) => {
      if (attributes.relType === relType) found.add(source);
    });
  }
  return found;
}

/** The theme/place scope, or null when neither is filtered. */
function scopeOf(graph: LociGraph, filters: Filters, edgeOk: (edge: string) => boolean): Set<string> | null {
  if (!filters.themes.length && !filters.places.length) return null;
  let anchors: Set<string> | null = null;
  if (filters.themes.length) anchors = pointingTo(graph, 'ABOUT', new Set(filters.themes.filter((t) => graph.hasNode(t))));
  if (filters.places.length) {
    const located = pointingTo(graph, 'LOCATED_IN', placesWithin(graph, filters.places));
    anchors = anchors ? new Set([...anchors].filter((n) => located.has(n))) : located;
  }
  const scope = new Set<string>([...filters.themes, ...filters.places].filter((id) => graph.hasNode(id)));
  for (const anchor of anchors!) {
    scope.add(anchor);
    graph.forEachEdge(anchor, (edge, _attributes, source, target) => {
      if (edgeOk(edge)) scope.add(source === anchor ? target : source);
    });
  }
  return scope;
}

/** Computes what the filters hide. With no filter set, nothing is hidden. */
export function computeVisibility(graph: LociGraph, filters: Filters): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  if (!hasFilters(filters)) return { hiddenNodes, hiddenEdges };

  const timed = filters.yearFrom !== null || filters.yearTo !== null;
  if (timed) {
    graph.forEachEdge((edge, a) => {
      if (!isInYears(a.since, a.until, filters.yearFrom, filters.yearTo)) hiddenEdges.add(edge);
    });
  }
  const scope = scopeOf(graph, filters, (edge) => !hiddenEdges.has(edge));
  const types = new Set<string>(filters.types);
  const levels = new Set<string>(filters.levels);
  const sectors = new Set<string>(filters.sectors);

  graph.forEachNode((node, a) => {
    const hidden =
      (types.size > 0 && !types.has(a.nodeType)) ||
      (levels.size > 0 && a.nodeType === 'Initiative' && !levels.has(a.level ?? '')) ||
      (sectors.size > 0 && (a.nodeType === 'Organisation' || a.nodeType === 'Actor') && !sectors.has(a.sector ?? '')) ||
      (scope !== null && !scope.has(node)) ||
      (timed && graph.degree(node) > 0 && graph.everyEdge(node, (edge) => hiddenEdges.has(edge)));
    if (hidden) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, _a, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
  });
  return { hiddenNodes, hiddenEdges };
}

/**
 * Which nodes and relationships the filters hide. Pure: computed from the graph and the
 * filters, applied by the renderer's reducers, so filtering never reloads anything. The rules
 * follow the API's NetworkFilter, so the view and the /export files of the same filters agree:
 * - types, levels (initiatives only) and sectors (organisations and people only) hide nodes;
 * - years hide relationships not valid in [from, to] (since/until, by year), and nodes whose own
 *   dates (an initiative's start and end, an event's, a learning's date) fall outside them;
 * - datasets (the client's own rule: the API's filter has none) hide nodes no chosen dataset
 *   brought, and so the relationships touching them;
 * - themes and places scope the view to the anchors (nodes ABOUT a theme and LOCATED_IN a place,
 *   or in a place inside it), the chosen themes and places, and, unless `neighbours` is off, the
 *   anchors' direct neighbours, which are drawn muted (they are not tagged themselves).
 * Display rules of their own: a node whose every relationship is outside the years is hidden
 * too (the time slider shows the network as it was; the export keeps such nodes, unlinked);
 * undated nodes and relationships stay, and are counted so the page can say so; the nodes in
 * `shown` stay whatever the filters say (a node a person chose to see).
 */
import type { LociGraph } from './graph-model.js';
import { hasFilters, type Filters } from './view-state.js';

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  /** Shown only as neighbours of what a theme or place filter picked: drawn muted. */
  mutedNodes: Set<string>;
  /** With a year filter: the shown nodes and relationships it kept for lack of any date. */
  undated: { nodes: number; edges: number } | null;
}

/** Nothing hidden, nothing muted. */
export function emptyVisibility(): Visibility {
  return { hiddenNodes: new Set(), hiddenEdges: new Set(), mutedNodes: new Set(), undated: null };
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

/** Nodes LOCATED_IN `place` or in a place inside it: what the places filter shows for it (and the dashboard counts). */
export function locatedIn(graph: LociGraph, place: string): Set<string> {
  return pointingTo(graph, 'LOCATED_IN', placesWithin(graph, [place]));
}

/** Nodes with an outgoing `relType` relationship to one of `targets`. */
export function pointingTo(graph: LociGraph, relType: string, targets: Set<string>): Set<string> {
  const found = new Set<string>();
  for (const target of targets) {
    graph.forEachInEdge(target, (_edge, attributes, source) => {
      if (attributes.relType === relType) found.add(source);
    });
  }
  return found;
}

/** The theme/place scope (`neighbours`: the anchors' neighbours it adds), or null when neither is filtered. */
function scopeOf(graph: LociGraph, filters: Filters, edgeOk: (edge: string) => boolean): { scope: Set<string>; neighbours: Set<string> } | null {
  if (!filters.themes.length && !filters.places.length) return null;
  let anchors: Set<string> | null = null;
  if (filters.themes.length) anchors = pointingTo(graph, 'ABOUT', new Set(filters.themes.filter((t) => graph.hasNode(t))));
  if (filters.places.length) {
    const located = pointingTo(graph, 'LOCATED_IN', placesWithin(graph, filters.places));
    anchors = anchors ? new Set([...anchors].filter((n) => located.has(n))) : located;
  }
  const scope = new Set<string>([...filters.themes, ...filters.places].filter((id) => graph.hasNode(id)));
  for (const anchor of anchors!) scope.add(anchor);
  const neighbours = new Set<string>();
  if (!filters.neighbours) return { scope, neighbours };
  for (const anchor of anchors!) {
    graph.forEachEdge(anchor, (edge, _attributes, source, target) => {
      const other = source === anchor ? target : source;
      if (edgeOk(edge) && !scope.has(other)) neighbours.add(other);
    });
  }
  for (const node of neighbours) scope.add(node);
  return { scope, neighbours };
}

/** True when a node's own dates, if it has any, overlap the years [from, to]. */
function nodeInYears(a: { start: string | null; end: string | null }, from: number | null, to: number | null): boolean {
  return isInYears(a.start, a.end ?? a.start, from, to);
}

/** Computes what the filters hide. With no filter set, nothing is hidden. */
export function computeVisibility(graph: LociGraph, filters: Filters): Visibility {
  const visibility = emptyVisibility();
  const { hiddenNodes, hiddenEdges } = visibility;
  if (!hasFilters(filters)) return visibility;

  const timed = filters.yearFrom !== null || filters.yearTo !== null;
  const outOfYears = new Set<string>();
  if (timed) {
    graph.forEachEdge((edge, a) => {
      if (!isInYears(a.since, a.until, filters.yearFrom, filters.yearTo)) outOfYears.add(edge);
    });
  }
  const scoped = scopeOf(graph, filters, (edge) => !outOfYears.has(edge));
  const types = new Set<string>(filters.types);
  const levels = new Set<string>(filters.levels);
  const sectors = new Set<string>(filters.sectors);
  const pinned = new Set(filters.shown);
  const datasets = new Set(filters.datasets);

  graph.forEachNode((node, a) => {
    const hidden =
      (types.size > 0 && !types.has(a.nodeType)) ||
      (levels.size > 0 && a.nodeType === 'Initiative' && !levels.has(a.level ?? '')) ||
      (sectors.size > 0 && (a.nodeType === 'Organisation' || a.nodeType === 'Actor') && !sectors.has(a.sector ?? '')) ||
      (datasets.size > 0 && !(a.datasets ?? []).some((d) => datasets.has(d))) ||
      (scoped !== null && !scoped.scope.has(node)) ||
      (timed && !nodeInYears(a, filters.yearFrom, filters.yearTo)) ||
      (timed && graph.degree(node) > 0 && graph.everyEdge(node, (edge) => outOfYears.has(edge)));
    if (hidden && !pinned.has(node)) hiddenNodes.add(node);
  });
  graph.forEachEdge((edge, _a, source, target) => {
    if (outOfYears.has(edge) || hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
  });
  if (scoped) for (const node of scoped.neighbours) if (!hiddenNodes.has(node) && !pinned.has(node)) visibility.mutedNodes.add(node);
  if (timed) visibility.undated = countUndated(graph, visibility);
  return visibility;
}

/** The shown nodes with no date at all (none of their own, none on a relationship), and the shown undated relationships. */
function countUndated(graph: LociGraph, { hiddenNodes, hiddenEdges }: Visibility): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  graph.forEachEdge((edge, a) => {
    if (!hiddenEdges.has(edge) && !a.since && !a.until) edges++;
  });
  graph.forEachNode((node, a) => {
    if (hiddenNodes.has(node) || a.start || a.end) return;
    if (graph.everyEdge(node, (_edge, e) => !e.since && !e.until)) nodes++;
  });
  return { nodes, edges };
}

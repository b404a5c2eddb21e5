/**
 * The legend over the drawing: node types (each one a toggle that shows or hides the type) or
 * communities (named after their best-connected member, as Graph Commons does), and what the
 * node size means.
 */
import type { Controller } from './controller.js';
import { h, replaceChildren } from './dom.js';
import type { LociGraph } from './graph-model.js';
import { SMALL_COMMUNITY_COLOUR, TYPE_COLOURS, communityColour } from './palette.js';
import { shortLabel } from './label-placement.js';
import type { ViewStore } from './view-state.js';
import { NODE_TYPES, TYPE_PLURAL } from './vocabulary.js';

/** Communities by size with their best-connected member, the ones beyond the palette lumped together. */
export function describeCommunities(graph: LociGraph): { community: number; size: number; name: string }[] {
  const members = new Map<number, { size: number; best: string; bestDegree: number }>();
  graph.forEachNode((node, a) => {
    if (a.community === null) return;
    const entry = members.get(a.community) ?? { size: 0, best: node, bestDegree: -1 };
    entry.size++;
    const degree = graph.degree(node);
    if (degree > entry.bestDegree) Object.assign(entry, { best: node, bestDegree: degree });
    members.set(a.community, entry);
  });
  return [...members.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([community, m]) => ({ community, size: m.size, name: graph.getNodeAttribute(m.best, 'label') }));
}

/** Communities named in the legend; the rest are summed up in one line (they are small). */
const NAMED_COMMUNITIES = 8;

interface Legend {
  element: HTMLElement;
  graph: LociGraph;
  store: ViewStore;
  controller: Controller;
  /** What was last drawn (redrawn only when it changes), and whether a person folded the legend. */
  signature: string;
  collapsed: boolean;
}

function toggleType(store: ViewStore, type: (typeof NODE_TYPES)[number]): void {
  const shown = store.get().filters.types;
  const current = new Set(shown.length ? shown : NODE_TYPES);
  if (current.has(type)) current.delete(type);
  else current.add(type);
  store.updateFilters({ types: current.size === NODE_TYPES.length ? [] : NODE_TYPES.filter((t) => current.has(t)) });
}

/** Node types, each a toggle that shows or hides the type, with how many the drawing holds. */
function typeEntries({ graph, store }: Legend): HTMLElement[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_n, a) => counts.set(a.nodeType, (counts.get(a.nodeType) ?? 0) + 1));
  const shown = store.get().filters.types;
  const entry = (t: (typeof NODE_TYPES)[number]) =>
    h(
      'li',
      {},
      h(
        'button',
        { type: 'button', id: `legend-${t}`, 'aria-pressed': String(!shown.length || shown.includes(t)), title: `Show or hide ${TYPE_PLURAL[t].toLowerCase()}`, onclick: () => toggleType(store, t) },
        h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[t]}`, 'aria-hidden': 'true' }),
        TYPE_PLURAL[t],
        h('span', { class: 'count' }, counts.get(t) ?? 0),
      ),
    );
  return [h('h2', {}, 'Node types'), h('ul', { class: 'types' }, ...NODE_TYPES.filter((t) => counts.has(t)).map(entry))];
}

/** Communities named after their best-connected member; the smaller ones in one line. */
function communityEntries(graph: LociGraph): HTMLElement[] {
  const communities = describeCommunities(graph);
  const named = communities.slice(0, NAMED_COMMUNITIES);
  const rest = communities.slice(NAMED_COMMUNITIES).reduce((sum, c) => sum + c.size, 0);
  const swatch = (background: string) => h('span', { class: 'swatch', style: `background:${background}`, 'aria-hidden': 'true' });
  return [
    h('h2', {}, 'Communities (Louvain)'),
    h(
      'ul',
      {},
      ...named.map((c) => h('li', {}, h('span', { class: 'entry', title: `${c.name} and others` }, swatch(communityColour(c.community)), `${shortLabel(c.name)} +`, h('span', { class: 'count' }, c.size)))),
      // The smaller ones keep their own colours up to the palette's end, then share grey.
      rest ? h('li', {}, h('span', { class: 'entry' }, swatch(`linear-gradient(90deg, ${communityColour(NAMED_COMMUNITIES)}, ${SMALL_COMMUNITY_COLOUR})`), `${communities.length - NAMED_COMMUNITIES} smaller communities`, h('span', { class: 'count' }, rest))) : null,
    ),
  ];
}

function sizeNote(l: Legend): string {
  if (l.store.get().sizeBy === 'degree') return 'Size: number of relationships (degree).';
  const estimated = l.controller.session.network.betweenness;
  return `Size: betweenness, how much a node brokers between others${estimated && !estimated.exact ? ` (estimated from shortest paths of ${estimated.sources.toLocaleString('en')} sampled nodes: the network is large)` : ''}.`;
}

function render(l: Legend): void {
  const { graph, store, controller } = l;
  const view = store.get();
  const next = `${view.colourBy}:${view.sizeBy}:${view.filters.types.join()}:${graph.order}:${controller.exposed.truncated}:${controller.exposed.betweennessExact}:${l.collapsed}`;
  if (next === l.signature) return;
  l.signature = next;
  const focused = document.activeElement?.id;
  const fold = () => {
    l.collapsed = !l.collapsed;
    render(l);
  };
  const toggle = h('button', { type: 'button', class: 'legend-toggle', id: 'legend-toggle', 'aria-expanded': String(!l.collapsed), onclick: fold }, l.collapsed ? 'Show legend' : 'Hide');
  if (l.collapsed) replaceChildren(l.element, toggle);
  else {
    replaceChildren(
      l.element,
      toggle,
      ...(view.colourBy === 'type' ? typeEntries(l) : communityEntries(graph)),
      h('p', { class: 'note' }, sizeNote(l)),
      controller.exposed.truncated ? h('p', { class: 'note' }, `The ${graph.order.toLocaleString('en')} best-connected nodes are drawn; the network is larger.`) : null,
    );
  }
  if (focused) document.getElementById(focused)?.focus();
}

/** Renders the legend into `element` after every redraw (when what it says changed). */
export function createLegend(element: HTMLElement, graph: LociGraph, store: ViewStore, controller: Controller): void {
  const legend: Legend = { element, graph, store, controller, signature: '', collapsed: false };
  controller.onRedraw(() => render(legend));
}

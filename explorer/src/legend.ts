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

export function createLegend(element: HTMLElement, graph: LociGraph, store: ViewStore, controller: Controller): void {
  let signature = '';
  let collapsed = false;

  function toggleType(type: (typeof NODE_TYPES)[number]): void {
    const shown = store.get().filters.types;
    const current = new Set(shown.length ? shown : NODE_TYPES);
    if (current.has(type)) current.delete(type);
    else current.add(type);
    store.updateFilters({ types: current.size === NODE_TYPES.length ? [] : NODE_TYPES.filter((t) => current.has(t)) });
  }

  function render(): void {
    const view = store.get();
    const counts = new Map<string, number>();
    graph.forEachNode((_n, a) => counts.set(a.nodeType, (counts.get(a.nodeType) ?? 0) + 1));
    const next = `${view.colourBy}:${view.sizeBy}:${view.filters.types.join()}:${graph.order}:${controller.exposed.truncated}:${controller.exposed.betweennessExact}:${collapsed}`;
    if (next === signature) return;
    signature = next;
    const focused = document.activeElement?.id;
    const estimated = controller.session.network.betweenness;
    const sizeNote =
      view.sizeBy === 'degree'
        ? 'Size: number of relationships (degree).'
        : `Size: betweenness, how much a node brokers between others${estimated && !estimated.exact ? ` (estimated from shortest paths of ${estimated.sources.toLocaleString('en')} sampled nodes: the network is large)` : ''}.`;
    let body: HTMLElement[];
    if (view.colourBy === 'type') {
      const shown = view.filters.types;
      body = [
        h('h2', {}, 'Node types'),
        h(
          'ul',
          { class: 'types' },
          ...NODE_TYPES.filter((t) => counts.has(t)).map((t) =>
            h(
              'li',
              {},
              h(
                'button',
                { type: 'button', id: `legend-${t}`, 'aria-pressed': String(!shown.length || shown.includes(t)), title: `Show or hide ${TYPE_PLURAL[t].toLowerCase()}`, onclick: () => toggleType(t) },
                h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[t]}`, 'aria-hidden': 'true' }),
                TYPE_PLURAL[t],
                h('span', { class: 'count' }, counts.get(t) ?? 0),
              ),
            ),
          ),
        ),
      ];
    } else {
      const communities = describeCommunities(graph);
      const named = communities.slice(0, NAMED_COMMUNITIES);
      const rest = communities.slice(NAMED_COMMUNITIES).reduce((sum, c) => sum + c.size, 0);
      body = [
        h('h2', {}, 'Communities (Louvain)'),
        h(
          'ul',
          {},
          ...named.map((c) =>
            h('li', {}, h('span', { class: 'entry', title: `${c.name} and others` }, h('span', { class: 'swatch', style: `background:${communityColour(c.community)}`, 'aria-hidden': 'true' }), `${shortLabel(c.name)} +`, h('span', { class: 'count' }, c.size))),
          ),
          // The smaller ones keep their own colours up to the palette's end, then share grey.
          rest ? h('li', {}, h('span', { class: 'entry' }, h('span', { class: 'swatch', style: `background:linear-gradient(90deg, ${communityColour(NAMED_COMMUNITIES)}, ${SMALL_COMMUNITY_COLOUR})`, 'aria-hidden': 'true' }), `${communities.length - NAMED_COMMUNITIES} smaller communities`, h('span', { class: 'count' }, rest))) : null,
        ),
      ];
    }
    const toggle = h('button', { type: 'button', class: 'legend-toggle', id: 'legend-toggle', 'aria-expanded': String(!collapsed), onclick: () => { collapsed = !collapsed; render(); } }, collapsed ? 'Show legend' : 'Hide');
    if (collapsed) {
      replaceChildren(element, toggle);
      if (focused) document.getElementById(focused)?.focus();
      return;
    }
    replaceChildren(
      element,
      toggle,
      ...body,
      h('p', { class: 'note' }, sizeNote),
      controller.exposed.truncated ? h('p', { class: 'note' }, `The ${graph.order.toLocaleString('en')} best-connected nodes are drawn; the network is larger.`) : null,
    );
    if (focused) document.getElementById(focused)?.focus();
  }

  controller.onRedraw(render);
}

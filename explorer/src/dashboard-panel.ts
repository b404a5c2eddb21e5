/**
 * The dashboard: what is on show and how it grew, as charts a funder can read: counts by type,
 * by world region and country, items started per year, the top brokers and the relationships by
 * kind. It follows the filters (or says "whole network"), from the same network and the same
 * rules as the filter panel (figures.ts), so their counts agree. `?view=dashboard` opens it alone
 * (for a partner's own site, with `&embed=1` in an iframe).
 */
import { barChart, yearChart } from './charts.js';
import type { Controller } from './controller.js';
import { h, replaceChildren } from './dom.js';
import { computeFigures } from './figures.js';
import { TYPE_COLOURS } from './palette.js';
import type { Scene } from './renderer.js';
import { describeVisible } from './status-line.js';
import { hasFilters, type ViewStore } from './view-state.js';
import type { LociGraph } from './graph-model.js';

export function createDashboardPanel(panel: HTMLElement, deps: { store: ViewStore; controller: Controller; graph: LociGraph; scene: Scene }): void {
  const { store, controller, graph, scene } = deps;
  let drawnFor = '';
  replaceChildren(panel, h('p', { class: 'meta' }, 'Loading the figures…'));

  function render(): void {
    const view = store.get();
    const figures = computeFigures(graph, scene.visibility);
    const focus = (id: string) => {
      if (view.view === 'dashboard') window.location.assign(`${window.location.pathname}?focus=${encodeURIComponent(id)}`);
      else void controller.focus(id);
    };
    const filtered = hasFilters(view.filters);
    const scope = filtered && controller.exposed.visible ? `As filtered: ${describeVisible(controller.exposed.visible)}` : 'The whole network, no filter applied.';
    replaceChildren(
      panel,
      h('h2', {}, 'The network in figures'),
      h('p', { class: 'scope', id: 'dashboard-scope' }, scope),
      h(
        'div',
        { class: 'big-numbers' },
        h('div', {}, h('strong', {}, figures.nodes.toLocaleString('en')), 'nodes'),
        h('div', {}, h('strong', {}, figures.relationships.toLocaleString('en')), 'relationships'),
      ),
      barChart({
        id: 'chart-types',
        title: 'What the network holds',
        itemHeading: 'Kind of node',
        valueHeading: 'Number',
        rows: figures.byType.map((t) => ({ label: t.label, value: t.count, colour: TYPE_COLOURS[t.type] })),
      }),
      barChart({
        id: 'chart-regions',
        title: 'Where: world regions',
        itemHeading: 'World region',
        valueHeading: 'Nodes located there',
        note: 'Organisations, initiatives and events located in the region or in a place inside it.',
        rows: figures.byRegion.map((p) => ({ label: p.label, value: p.count, id: p.id, colour: '#0072B2' })),
        onSelect: focus,
      }),
      barChart({
        id: 'chart-countries',
        title: 'Where: countries (top 12)',
        itemHeading: 'Country',
        valueHeading: 'Nodes located there',
        rows: figures.byCountry.slice(0, 12).map((p) => ({ label: p.label, value: p.count, id: p.id, colour: '#0072B2' })),
        onSelect: focus,
      }),
      figures.startedPerYear.length
        ? yearChart({
            id: 'chart-growth',
            title: 'Growth: items started each year',
            valueHeading: 'Items started',
            note: 'Initiatives, commitments and events by the year they started; learnings by their date.',
            rows: figures.startedPerYear,
          })
        : null,
      barChart({
        id: 'chart-brokers',
        title: 'Top brokers',
        itemHeading: 'Node',
        valueHeading: 'Betweenness (0–1)',
        note: 'Brokers sit on many shortest paths between others: they can make introductions. Betweenness is the share of those paths through them.',
        format: (v) => v.toFixed(3),
        rows: figures.brokers.map((b) => ({ label: b.label, value: b.betweenness, id: b.id, colour: TYPE_COLOURS[b.type] })),
        onSelect: focus,
      }),
      barChart({
        id: 'chart-relationships',
        title: 'Relationships by kind',
        itemHeading: 'Kind of relationship',
        valueHeading: 'Number',
        rows: figures.byRelationship.map((r) => ({ label: r.label, value: r.count, colour: '#5b6472' })),
      }),
    );
  }

  // Drawn when it is open, again when what it shows changed (filters, a new network).
  controller.onRedraw(() => {
    const view = store.get();
    if (view.panel !== 'dashboard' && view.view !== 'dashboard') return;
    const signature = `${graph.order}:${graph.size}:${JSON.stringify(view.filters)}`;
    if (signature === drawnFor || graph.order === 0) return;
    drawnFor = signature;
    render();
  });
}

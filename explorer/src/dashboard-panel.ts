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
import { computeFigures, type Figures } from './figures.js';
import { TYPE_COLOURS } from './palette.js';
import type { Scene } from './renderer.js';
import { describeVisible } from './status-line.js';
import { hasFilters, type ViewStore } from './view-state.js';
import type { LociGraph } from './graph-model.js';

interface DashboardPanel {
  panel: HTMLElement;
  store: ViewStore;
  controller: Controller;
  graph: LociGraph;
  scene: Scene;
  /** What the charts were last drawn for (filters and network), so they are drawn once per change. */
  drawnFor: string;
}

/** Where, who brokers and how things relate: the charts whose bars select a node (`focus`). */
function selectableCharts(figures: Figures, focus: (id: string) => void): HTMLElement[] {
  return [
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
  ];
}

/** Growth, top brokers and relationships by kind. */
function networkCharts(figures: Figures, focus: (id: string) => void): (HTMLElement | null)[] {
  return [
    figures.startedPerYear.length
      ? yearChart({ id: 'chart-growth', title: 'Growth: items started each year', valueHeading: 'Items started', note: 'Initiatives, commitments and events by the year they started; learnings by their date.', rows: figures.startedPerYear })
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
    barChart({ id: 'chart-relationships', title: 'Relationships by kind', itemHeading: 'Kind of relationship', valueHeading: 'Number', rows: figures.byRelationship.map((r) => ({ label: r.label, value: r.count, colour: '#5b6472' })) }),
  ];
}

function render(d: DashboardPanel): void {
  const view = d.store.get();
  const figures = computeFigures(d.graph, d.scene.visibility);
  // Alone on a partner's page, a bar opens the explorer on its node; in the explorer it selects it.
  const focus = (id: string) => {
    if (view.view === 'dashboard') window.location.assign(`${window.location.pathname}?focus=${encodeURIComponent(id)}`);
    else void d.controller.focus(id);
  };
  const visible = d.controller.exposed.visible;
  const scope = hasFilters(view.filters) && visible ? `As filtered: ${describeVisible(visible)}` : 'The whole network, no filter applied.';
  replaceChildren(
    d.panel,
    h('h2', {}, 'The network in figures'),
    h('p', { class: 'scope', id: 'dashboard-scope' }, scope),
    h('div', { class: 'big-numbers' }, h('div', {}, h('strong', {}, figures.nodes.toLocaleString('en')), 'nodes'), h('div', {}, h('strong', {}, figures.relationships.toLocaleString('en')), 'relationships')),
    barChart({ id: 'chart-types', title: 'What the network holds', itemHeading: 'Kind of node', valueHeading: 'Number', rows: figures.byType.map((t) => ({ label: t.label, value: t.count, colour: TYPE_COLOURS[t.type] })) }),
    ...selectableCharts(figures, focus),
    ...networkCharts(figures, focus),
  );
}

/** Draws the dashboard into `panel` when it is open, again when what it shows changed (filters, a new network). */
export function createDashboardPanel(panel: HTMLElement, deps: { store: ViewStore; controller: Controller; graph: LociGraph; scene: Scene }): void {
  const d: DashboardPanel = { panel, ...deps, drawnFor: '' };
  replaceChildren(panel, h('p', { class: 'meta' }, 'Loading the figures…'));
  deps.controller.onRedraw(() => {
    const view = d.store.get();
    if (view.panel !== 'dashboard' && view.view !== 'dashboard') return;
    const signature = `${d.graph.order}:${d.graph.size}:${JSON.stringify(view.filters)}`;
    if (signature === d.drawnFor || d.graph.order === 0) return;
    d.drawnFor = signature;
    render(d);
  });
}

/**
 * The dashboard: what is in the network and how it grew (`stats`): counts by type, by region and
 * country, new per year, and the top brokers (betweenness), as small charts with text
 * alternatives. Loaded when the panel is first opened.
 */
import { ApiError, request } from './api.js';
import { barChart, yearChart } from './charts.js';
import type { Controller } from './controller.js';
import { h, replaceChildren } from './dom.js';
import { ExplorerStatsDocument } from './generated/graphql.js';
import { TYPE_COLOURS } from './palette.js';
import type { ViewStore } from './view-state.js';
import { TYPE_PLURAL, isNodeType } from './vocabulary.js';

export function createDashboardPanel(panel: HTMLElement, store: ViewStore, controller: Controller): void {
  let loaded = false;

  async function load(): Promise<void> {
    loaded = true;
    replaceChildren(panel, h('p', { class: 'meta' }, 'Loading the figures…'));
    try {
      const { stats } = await request(ExplorerStatsDocument, { brokers: 10 });
      const focus = (id: string) => void controller.focus(id);
      replaceChildren(
        panel,
        h('h2', {}, 'The network in figures'),
        h(
          'div',
          { class: 'big-numbers' },
          h('div', {}, h('strong', {}, stats.nodes.toLocaleString('en')), 'nodes'),
          h('div', {}, h('strong', {}, stats.relationships.toLocaleString('en')), 'relationships'),
        ),
        barChart({
          id: 'chart-types',
          title: 'Nodes by type',
          rows: stats.byNodeType.map((t) => ({ label: isNodeType(t.type) ? TYPE_PLURAL[t.type] : t.type, value: t.count, colour: isNodeType(t.type) ? TYPE_COLOURS[t.type] : undefined })),
        }),
        barChart({ id: 'chart-regions', title: 'By world region', rows: stats.byRegion.map((p) => ({ label: p.place.label, value: p.count, id: p.place.id, colour: '#56B4E9' })), onSelect: focus }),
        barChart({
          id: 'chart-countries',
          title: 'By country (top 12)',
          rows: stats.byCountry.slice(0, 12).map((p) => ({ label: p.place.label, value: p.count, id: p.place.id, colour: '#0072B2' })),
          onSelect: focus,
        }),
        stats.newPerYear.length ? yearChart({ id: 'chart-growth', title: 'Growth: new per year', rows: stats.newPerYear }) : null,
        barChart({
          id: 'chart-brokers',
          title: 'Top brokers (betweenness)',
          valueHeading: 'Betweenness',
          format: (v) => v.toFixed(3),
          rows: stats.topBrokers.map((b) => ({ label: b.label, value: b.betweenness ?? 0, id: b.id, colour: isNodeType(b.type) ? TYPE_COLOURS[b.type] : undefined })),
          onSelect: focus,
        }),
        h('p', { class: 'meta' }, 'Brokers sit on many shortest paths between others: they can make introductions. Click a bar to show it.'),
        barChart({ id: 'chart-relationships', title: 'Relationships by type', rows: stats.byRelationshipType.map((t) => ({ label: t.type, value: t.count, colour: '#999999' })) }),
      );
    } catch (error) {
      loaded = false;
      replaceChildren(panel, h('p', { role: 'alert' }, error instanceof ApiError ? error.message : 'The figures could not be loaded.'));
    }
  }

  store.subscribe((view) => {
    if (view.panel === 'dashboard' && !loaded) void load();
  });
  if (store.get().panel === 'dashboard') void load();
}

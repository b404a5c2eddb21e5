/**
 * The filters panel: node types, initiative levels and sectors (ticked = shown), themes and
 * places (ticked = only that part of the network, tagged only or with their neighbours), the
 * imported datasets (ticked = only what they brought), a year
 * range over nodes' own dates and relationships' since/until, and how many nodes to draw. Every
 * change goes to the view; the renderer hides what the filters exclude without reloading. Options
 * come from the drawn graph, with counts: a theme counts the nodes tagged with it, a place the
 * nodes located there or inside (as the dashboard does). The summary says what is shown, in the
 * status line's words (status-line.ts). A view of the store: it renders after every redraw.
 */
import type { Controller } from './controller.js';
import { h, replaceChildren } from './dom.js';
import { expansionsSection, networkSizeSection, placeSection, shownSections, themeSection, type SectionContext } from './filter-sections.js';
import { datasetSection, fetchDatasets, type DatasetOption } from './filter-datasets.js';
import { syncYears, yearSection } from './filter-years.js';
import type { LociGraph } from './graph-model.js';
import { describeVisible } from './status-line.js';
import { EMPTY_FILTERS, type Filters, type ViewStore } from './view-state.js';

export { yearRange } from './filter-years.js';

interface FilterPanel extends SectionContext {
  panel: HTMLElement;
  summary: HTMLElement;
  /** What the options were last built for (rebuilt only when it changes). */
  builtFor: string;
  /** The imported datasets, once the server has listed them. */
  datasets: DatasetOption[];
}

function build(p: FilterPanel): void {
  const f = p.store.get().filters;
  const focused = document.activeElement?.id;
  replaceChildren(
    p.panel,
    h('h2', { class: 'visually-hidden' }, 'Filters'),
    p.summary,
    h('div', { class: 'row', style: 'margin-bottom:12px' }, h('button', { type: 'button', id: 'reset-filters', onclick: () => p.store.update({ filters: EMPTY_FILTERS }) }, 'Reset filters')),
    ...shownSections(p, f),
    yearSection(p.graph, p.store, f),
    themeSection(p, f),
    placeSection(p, f),
    datasetSection(p, f, p.datasets),
    networkSizeSection(p),
    expansionsSection(p),
  );
  if (focused) document.getElementById(focused)?.focus();
}

/** Puts the controls in step with the filters (after "Reset filters", or a change elsewhere). */
function sync(panel: HTMLElement, f: Filters): void {
  for (const input of panel.querySelectorAll<HTMLInputElement>('input[type=checkbox][name]')) {
    const list = f[input.name as 'types' | 'levels' | 'sectors' | 'themes' | 'places' | 'datasets'] as string[];
    // Themes, places and datasets list what is chosen; types, levels and sectors what is shown (empty = all).
    const chosen = input.name === 'themes' || input.name === 'places' || input.name === 'datasets';
    input.checked = chosen ? list.includes(input.value) : !list.length || list.includes(input.value);
  }
  for (const radio of panel.querySelectorAll<HTMLInputElement>('input[name=scope-neighbours]')) radio.checked = (radio.id === 'scope-neighbours-on') === f.neighbours;
  syncYears(panel, f);
}

function render(p: FilterPanel): void {
  const view = p.store.get();
  // Rebuilt only when the options change: a rebuild mid-drag would drop the slider under the pointer.
  const signature = `${p.graph.order}:${p.graph.size}:${view.expanded.map((e) => e.id).join()}:${view.limit}:${view.synthetic}`;
  if (signature !== p.builtFor) {
    p.builtFor = signature;
    build(p);
  } else {
    sync(p.panel, view.filters);
  }
  const { shownNodes, hiddenNodes, visible } = p.controller.exposed;
  p.summary.dataset.shown = String(shownNodes);
  p.summary.dataset.hidden = String(hiddenNodes);
  p.summary.textContent = visible ? describeVisible(visible) : '';
}

/** Renders the filters into `panel` after every redraw. */
export function createFilterPanel(panel: HTMLElement, graph: LociGraph, store: ViewStore, controller: Controller): void {
  const p: FilterPanel = { panel, graph, store, controller, summary: h('p', { class: 'summary', id: 'filter-summary', role: 'status' }), builtFor: '', datasets: [] };
  controller.onRedraw(() => render(p));
  void fetchDatasets().then((datasets) => {
    p.datasets = datasets;
    p.builtFor = '';
    if (graph.order) render(p);
  });
}

/**
 * The filter panel's datasets: the imported datasets (the API's `datasets`), each a tick box
 * that narrows the drawing to what it brought. Which records a dataset brought comes with the
 * network's nodes (`datasets` among their facets, graph-model.ts); while the answer does not
 * carry it, the list is shown but cannot be ticked, and says why.
 */
import { request } from './api.js';
import { h } from './dom.js';
import { check, type SectionContext } from './filter-sections.js';
import { ExplorerDatasetsDocument } from './generated/graphql.js';
import type { LociGraph } from './graph-model.js';
import type { Filters } from './view-state.js';

export interface DatasetOption {
  id: string;
  name: string;
  format: string;
}

/** Datasets listed at most; a graph holds a handful. */
const FIRST = 100;

/** The imported datasets, by id; empty when there are none or the server cannot list them. */
export async function fetchDatasets(): Promise<DatasetOption[]> {
  try {
    return (await request(ExplorerDatasetsDocument, { first: FIRST })).datasets.edges.map((e) => e.node);
  } catch {
    return [];
  }
}

/** Nodes of the graph each dataset brought, or null when no node says which datasets brought it. */
function countByDataset(graph: LociGraph): Map<string, number> | null {
  let known = false;
  const counts = new Map<string, number>();
  graph.forEachNode((_n, a) => {
    if (!a.datasets) return;
    known = true;
    for (const id of a.datasets) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return known ? counts : null;
}

/** The "Datasets" fieldset, or null when no dataset was imported. */
export function datasetSection({ graph, store }: SectionContext, f: Filters, datasets: readonly DatasetOption[]): HTMLElement | null {
  if (!datasets.length) return null;
  const counts = countByDataset(graph);
  const tick = (id: string) => (on: boolean) => {
    const chosen = store.get().filters.datasets;
    store.updateFilters({ datasets: on ? [...new Set([...chosen, id])] : chosen.filter((d) => d !== id) });
  };
  const boxes = datasets.map((d) => {
    const box = check('datasets', d.id, [h('span', { class: 'name' }, d.name), h('span', { class: 'meta' }, ` (${d.format})`)], f.datasets.includes(d.id), tick(d.id), counts ? (counts.get(d.id) ?? 0) : undefined);
    if (!counts) box.querySelector('input')!.disabled = true;
    return box;
  });
  return h(
    'fieldset',
    { id: 'dataset-filter' },
    h('legend', { class: 'field-title' }, 'Datasets'),
    h('p', { class: 'meta' }, counts ? 'Tick datasets to show only what they brought.' : 'This server does not yet say which records each dataset brought, so the list cannot filter the drawing.'),
    h('div', { class: 'checks one' }, ...boxes),
  );
}

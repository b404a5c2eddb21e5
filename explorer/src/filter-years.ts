/**
 * The filter panel's year range: two sliders over the years nodes and relationships are dated
 * in, read by the filters as nodes' own dates and relationships' since/until.
 */
import { h } from './dom.js';
import type { LociGraph } from './graph-model.js';
import type { Filters, ViewStore } from './view-state.js';

/** The years nodes and relationships start or end in, or null when none is dated. */
export function yearRange(graph: LociGraph): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  const take = (date: string | null) => {
    if (!date) return;
    const year = Number(date.slice(0, 4));
    min = Math.min(min, year);
    max = Math.max(max, year);
  };
  graph.forEachEdge((_e, a) => {
    take(a.since);
    take(a.until);
  });
  graph.forEachNode((_n, a) => {
    take(a.start);
    take(a.end);
  });
  return Number.isFinite(min) ? [min, Math.max(max, new Date().getFullYear())] : null;
}

/** The "Years" fieldset for the graph's dated range, or null when nothing is dated. */
export function yearSection(graph: LociGraph, store: ViewStore, f: Filters): HTMLElement | null {
  const years = yearRange(graph);
  if (!years) return null;
  const [min, max] = years;
  const from = h('input', { type: 'range', id: 'year-from', min, max, step: 1, value: f.yearFrom ?? min, 'aria-label': 'From year' });
  const to = h('input', { type: 'range', id: 'year-to', min, max, step: 1, value: f.yearTo ?? max, 'aria-label': 'To year' });
  const fromOut = h('output', { for: 'year-from' }, String(f.yearFrom ?? min));
  const toOut = h('output', { for: 'year-to' }, String(f.yearTo ?? max));
  const apply = () => {
    let a = Number(from.value);
    let b = Number(to.value);
    if (a > b) [a, b] = [b, a];
    fromOut.textContent = String(a);
    toOut.textContent = String(b);
    store.updateFilters({ yearFrom: a === min ? null : a, yearTo: b === max ? null : b });
  };
  from.addEventListener('input', apply);
  to.addEventListener('input', apply);
  return h(
    'fieldset',
    {},
    h('legend', { class: 'field-title' }, 'Years'),
    h('p', { class: 'meta' }, 'Nodes dated then (an initiative’s or event’s dates) and relationships valid then; undated ones stay, and the status line counts them.'),
    h('div', { class: 'years' }, h('span', {}, 'From'), from, fromOut, h('span', {}, 'To'), to, toOut),
  );
}

/** Puts the sliders in step with the filters, unless a person is dragging one. */
export function syncYears(panel: HTMLElement, f: Filters): void {
  const from = panel.querySelector<HTMLInputElement>('#year-from');
  const to = panel.querySelector<HTMLInputElement>('#year-to');
  if (!from || !to || document.activeElement === from || document.activeElement === to) return;
  from.value = String(f.yearFrom ?? from.min);
  to.value = String(f.yearTo ?? to.max);
  from.nextElementSibling!.textContent = from.value;
  to.nextElementSibling!.textContent = to.value;
}

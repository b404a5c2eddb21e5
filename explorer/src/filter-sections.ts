/**
 * The filter panel's sections, one function each, built from the drawn graph's options with
 * counts. Each control writes to the view through the store; filter-panel.ts assembles them and
 * keeps them in step with the view.
 */
import type { Controller } from './controller.js';
import { h } from './dom.js';
import { countByPlace, type Count } from './figures.js';
import { pointingTo } from './filters.js';
import type { LociGraph } from './graph-model.js';
import { TYPE_COLOURS } from './palette.js';
import type { Filters, ViewStore } from './view-state.js';
import { INITIATIVE_LEVELS, NODE_TYPES, SECTORS, TYPE_PLURAL, humanise } from './vocabulary.js';

const LIMITS = [50, 100, 250, 500, 1000, 2000, 5000, 10000];

export interface SectionContext {
  graph: LociGraph;
  store: ViewStore;
  controller: Controller;
}

/** "Shown" lists (types, levels, sectors): an empty list means all, so ticking everything clears it. */
export function toggleShown<T extends string>(all: readonly T[], shown: readonly T[], value: T, on: boolean): T[] {
  const current = new Set(shown.length ? shown : all);
  if (on) current.add(value);
  else current.delete(value);
  return current.size === all.length ? [] : all.filter((v) => current.has(v));
}

function toggleSelected(selected: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...selected, value])] : selected.filter((v) => v !== value);
}

/** One tick box: `name` is the filter it sets, `count` what the graph holds of it. */
export const check = (name: string, value: string, label: (string | Node)[], checked: boolean, onChange: (on: boolean) => void, count?: number) =>
  h(
    'label',
    {},
    h('input', { type: 'checkbox', name, value, checked, id: `f-${name}-${value}`, onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked) }),
    ...label,
    count !== undefined ? h('span', { class: 'count' }, count) : null,
  );

const fieldset = (title: string, ...children: (Node | null)[]) => h('fieldset', {}, h('legend', { class: 'field-title' }, title), ...children);

/** How many nodes have each value of `attribute`. */
function counts(graph: LociGraph, attribute: 'nodeType' | 'level' | 'sector'): Map<string, number> {
  const result = new Map<string, number>();
  graph.forEachNode((_n, a) => {
    const value = a[attribute];
    if (value) result.set(value, (result.get(value) ?? 0) + 1);
  });
  return result;
}

/** Node types, initiative levels and sectors: ticked = shown. */
export function shownSections({ graph, store }: SectionContext, f: Filters): HTMLElement[] {
  const update = (change: Partial<Filters>) => store.updateFilters(change);
  const typeCounts = counts(graph, 'nodeType');
  const levelCounts = counts(graph, 'level');
  const sectorCounts = counts(graph, 'sector');
  const swatch = (t: (typeof NODE_TYPES)[number]) => h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[t]}`, 'aria-hidden': 'true' });
  return [
    fieldset(
      'Node types',
      h('div', { class: 'checks one' }, ...NODE_TYPES.map((t) => check('types', t, [swatch(t), h('span', { class: 'name' }, TYPE_PLURAL[t])], !f.types.length || f.types.includes(t), (on) => update({ types: toggleShown(NODE_TYPES, store.get().filters.types, t, on) }), typeCounts.get(t) ?? 0))),
    ),
    fieldset(
      'Initiative level',
      h('div', { class: 'checks' }, ...INITIATIVE_LEVELS.map((l) => check('levels', l, [h('span', { class: 'name' }, humanise(l))], !f.levels.length || f.levels.includes(l), (on) => update({ levels: toggleShown(INITIATIVE_LEVELS, store.get().filters.levels, l, on) }), levelCounts.get(l) ?? 0))),
    ),
    fieldset(
      'Sector (organisations and people)',
      h('div', { class: 'checks' }, ...SECTORS.map((s) => check('sectors', s, [h('span', { class: 'name' }, humanise(s))], !f.sectors.length || f.sectors.includes(s), (on) => update({ sectors: toggleShown(SECTORS, store.get().filters.sectors, s, on) }), sectorCounts.get(s) ?? 0))),
    ),
  ];
}

/** Themes and places: the tagged nodes only, or with their direct neighbours (drawn in grey). */
function neighbourChoice(store: ViewStore, f: Filters): HTMLElement {
  const radio = (value: boolean, text: string) =>
    h('label', {}, h('input', { type: 'radio', name: 'scope-neighbours', id: `scope-neighbours-${value ? 'on' : 'off'}`, checked: f.neighbours === value, onchange: () => store.updateFilters({ neighbours: value }) }), ` ${text}`);
  return h('div', { class: 'choice', role: 'radiogroup', 'aria-label': 'What themes and places show' }, radio(false, 'Tagged only'), radio(true, 'With their direct neighbours (in grey)'));
}

/** Themes with how many nodes are tagged with each (what ticking one shows, besides neighbours). */
function themesWithCounts(graph: LociGraph): Count[] {
  return graph
    .filterNodes((_n, a) => a.nodeType === 'Theme')
    .map((id) => ({ id, label: graph.getNodeAttribute(id, 'label'), count: pointingTo(graph, 'ABOUT', new Set([id])).size }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Themes: tick some to show only what is tagged with them. */
export function themeSection({ graph, store }: SectionContext, f: Filters): HTMLElement | null {
  const themes = themesWithCounts(graph);
  if (!themes.length) return null;
  const tick = (id: string) => (on: boolean) => store.updateFilters({ themes: toggleSelected(store.get().filters.themes, id, on) });
  return fieldset(
    'Themes',
    h('p', { class: 'meta' }, 'Tick themes to show only what is tagged with them.'),
    neighbourChoice(store, f),
    h('div', { class: 'checks one' }, ...themes.map((t) => check('themes', t.id, [h('span', { class: 'name' }, t.label)], f.themes.includes(t.id), tick(t.id), t.count))),
  );
}

/** Countries and world regions, with how many nodes are located in each (or inside): the dashboard's counts too (figures.ts). */
export function placeSection({ graph, store }: SectionContext, f: Filters): HTMLElement | null {
  const placesOf = (kind: 'WORLD_REGION' | 'COUNTRY') => countByPlace(graph, kind).sort((a, b) => a.label.localeCompare(b.label));
  const regions = placesOf('WORLD_REGION');
  const countries = placesOf('COUNTRY');
  if (!regions.length && !countries.length) return null;
  const tick = (id: string) => (on: boolean) => store.updateFilters({ places: toggleSelected(store.get().filters.places, id, on) });
  const list = (title: string, places: Count[]) =>
    places.length ? [h('p', { class: 'meta field-title', style: 'font-weight:500;margin:4px 0 2px' }, title), ...places.map((p) => check('places', p.id, [h('span', { class: 'name' }, p.label)], f.places.includes(p.id), tick(p.id), p.count))] : [];
  return fieldset(
    'Countries and regions',
    h('p', { class: 'meta' }, 'Tick places to show only what is located there (or inside); the choice above says whether their direct neighbours come too.'),
    h('div', { class: 'checks one' }, ...list('World regions', regions), ...list('Countries', countries)),
  );
}

/** How many nodes to draw, and (developers only) synthetic records. */
export function networkSizeSection({ store, controller }: SectionContext): HTMLElement {
  const view = store.get();
  const cap = controller.session.network.cap;
  return fieldset(
    'Network size',
    h(
      'label',
      {},
      'Draw ',
      h(
        'select',
        { id: 'network-limit', onchange: (e: Event) => store.update({ limit: Number((e.target as HTMLSelectElement).value) || null }) },
        h('option', { value: '', selected: view.limit === null }, 'every node the server allows'),
        ...LIMITS.map((n) => h('option', { value: n, selected: view.limit === n }, `the ${n.toLocaleString('en')} best connected`)),
      ),
    ),
    cap !== null ? h('p', { class: 'meta' }, `The server draws at most ${cap.toLocaleString('en')} nodes at once; expand nodes to see beyond them.`) : null,
    // Synthetic records exist for load tests: a developer's control (`?dev=1`), not a partner's.
    view.dev || view.synthetic
      ? h(
          'label',
          {},
          h('input', { type: 'checkbox', id: 'network-synthetic', checked: view.synthetic, onchange: (e: Event) => store.update({ synthetic: (e.target as HTMLInputElement).checked }) }),
          ' Include synthetic records (generated for load tests and demos)',
        )
      : null,
  );
}

/** The expanded nodes, and a button that clears them. */
export function expansionsSection({ store, controller }: SectionContext): HTMLElement | null {
  const expanded = store.get().expanded;
  if (!expanded.length) return null;
  return fieldset(
    'Expanded',
    h('ul', { class: 'plain' }, ...expanded.map((e) => h('li', {}, `${controller.label(e.id)} (${e.depth} hop${e.depth > 1 ? 's' : ''})`))),
    h('button', { type: 'button', onclick: () => controller.clearExpansions() }, 'Clear expansions'),
  );
}

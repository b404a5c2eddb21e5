/**
 * The filters panel: node types, initiative levels and sectors (ticked = shown), themes and
 * places (ticked = only that part of the network, tagged only or with their neighbours), a year
 * range over nodes' own dates and relationships' since/until, and how many nodes to draw. Every
 * change goes to the view; the renderer hides what the filters exclude without reloading. Options
 * come from the drawn graph, with counts: a theme counts the nodes tagged with it, a place the
 * nodes located there or inside (as the dashboard does). The summary says what is shown, in the
 * status line's words (status-line.ts).
 */
import type { Controller } from './controller.js';
import { h, replaceChildren } from './dom.js';
import { countByPlace, type Count } from './figures.js';
import { pointingTo } from './filters.js';
import type { LociGraph } from './graph-model.js';
import { TYPE_COLOURS } from './palette.js';
import { describeVisible } from './status-line.js';
import { EMPTY_FILTERS, type Filters, type ViewStore } from './view-state.js';
import { INITIATIVE_LEVELS, NODE_TYPES, SECTORS, TYPE_PLURAL, humanise } from './vocabulary.js';

const LIMITS = [50, 100, 250, 500, 1000, 2000, 5000, 10000];

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

/** "Shown" lists (types, levels, sectors): an empty list means all, so ticking everything clears it. */
function toggleShown<T extends string>(all: readonly T[], shown: readonly T[], value: T, on: boolean): T[] {
  const current = new Set(shown.length ? shown : all);
  if (on) current.add(value);
  else current.delete(value);
  return current.size === all.length ? [] : all.filter((v) => current.has(v));
}

function toggleSelected(selected: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...selected, value])] : selected.filter((v) => v !== value);
}

export function createFilterPanel(panel: HTMLElement, graph: LociGraph, store: ViewStore, controller: Controller): void {
  let builtFor = '';
  const summary = h('p', { class: 'summary', id: 'filter-summary', role: 'status' });

  const check = (name: string, value: string, label: (string | Node)[], checked: boolean, onChange: (on: boolean) => void, count?: number) =>
    h(
      'label',
      {},
      h('input', { type: 'checkbox', name, value, checked, id: `f-${name}-${value}`, onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked) }),
      ...label,
      count !== undefined ? h('span', { class: 'count' }, count) : null,
    );

  function counts(attribute: 'nodeType' | 'level' | 'sector'): Map<string, number> {
    const result = new Map<string, number>();
    graph.forEachNode((_n, a) => {
      const value = a[attribute];
      if (value) result.set(value, (result.get(value) ?? 0) + 1);
    });
    return result;
  }

  /** Themes with how many nodes are tagged with each (what ticking one shows, besides neighbours). */
  function themesWithCounts(): Count[] {
    return graph
      .filterNodes((_n, a) => a.nodeType === 'Theme')
      .map((id) => ({ id, label: graph.getNodeAttribute(id, 'label'), count: pointingTo(graph, 'ABOUT', new Set([id])).size }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  /** Places with how many nodes are located in each (or inside): the dashboard's counts too (figures.ts). */
  const placesWithCounts = (kind: 'WORLD_REGION' | 'COUNTRY') => countByPlace(graph, kind).sort((a, b) => a.label.localeCompare(b.label));

  function build(): void {
    const f = store.get().filters;
    const typeCounts = counts('nodeType');
    const levelCounts = counts('level');
    const sectorCounts = counts('sector');
    const themes = themesWithCounts();
    const regions = placesWithCounts('WORLD_REGION');
    const countries = placesWithCounts('COUNTRY');
    const years = yearRange(graph);
    const focused = document.activeElement?.id;

    const update = (change: Partial<Filters>) => store.updateFilters(change);
    const placeList = (title: string, places: typeof regions) =>
      places.length
        ? [
            h('p', { class: 'meta field-title', style: 'font-weight:500;margin:4px 0 2px' }, title),
            ...places.map((p) => check('places', p.id, [h('span', { class: 'name' }, p.label)], f.places.includes(p.id), (on) => update({ places: toggleSelected(store.get().filters.places, p.id, on) }), p.count)),
          ]
        : [];

    replaceChildren(
      panel,
      h('h2', { class: 'visually-hidden' }, 'Filters'),
      summary,
      h('div', { class: 'row', style: 'margin-bottom:12px' }, h('button', { type: 'button', id: 'reset-filters', onclick: () => store.update({ filters: EMPTY_FILTERS }) }, 'Reset filters')),
      h(
        'fieldset',
        {},
        h('legend', { class: 'field-title' }, 'Node types'),
        h(
          'div',
          { class: 'checks one' },
          ...NODE_TYPES.map((t) =>
            check('types', t, [h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[t]}`, 'aria-hidden': 'true' }), h('span', { class: 'name' }, TYPE_PLURAL[t])], !f.types.length || f.types.includes(t), (on) => update({ types: toggleShown(NODE_TYPES, store.get().filters.types, t, on) }), typeCounts.get(t) ?? 0),
          ),
        ),
      ),
      h(
        'fieldset',
        {},
        h('legend', { class: 'field-title' }, 'Initiative level'),
        h('div', { class: 'checks' }, ...INITIATIVE_LEVELS.map((l) => check('levels', l, [h('span', { class: 'name' }, humanise(l))], !f.levels.length || f.levels.includes(l), (on) => update({ levels: toggleShown(INITIATIVE_LEVELS, store.get().filters.levels, l, on) }), levelCounts.get(l) ?? 0))),
      ),
      h(
        'fieldset',
        {},
        h('legend', { class: 'field-title' }, 'Sector (organisations and people)'),
        h('div', { class: 'checks' }, ...SECTORS.map((s) => check('sectors', s, [h('span', { class: 'name' }, humanise(s))], !f.sectors.length || f.sectors.includes(s), (on) => update({ sectors: toggleShown(SECTORS, store.get().filters.sectors, s, on) }), sectorCounts.get(s) ?? 0))),
      ),
      years ? yearControls(years, f) : null,
      themes.length
        ? h(
            'fieldset',
            {},
            h('legend', { class: 'field-title' }, 'Themes'),
            h('p', { class: 'meta' }, 'Tick themes to show only what is tagged with them.'),
            neighbourChoice(f),
            h('div', { class: 'checks one' }, ...themes.map((t) => check('themes', t.id, [h('span', { class: 'name' }, t.label)], f.themes.includes(t.id), (on) => update({ themes: toggleSelected(store.get().filters.themes, t.id, on) }), t.count))),
          )
        : null,
      regions.length || countries.length
        ? h(
            'fieldset',
            {},
            h('legend', { class: 'field-title' }, 'Countries and regions'),
            h('p', { class: 'meta' }, 'Tick places to show only what is located there (or inside); the choice above says whether their direct neighbours come too.'),
            h('div', { class: 'checks one' }, ...placeList('World regions', regions), ...placeList('Countries', countries)),
          )
        : null,
      h(
        'fieldset',
        {},
        h('legend', { class: 'field-title' }, 'Network size'),
        h(
          'label',
          {},
          'Draw ',
          h(
            'select',
            { id: 'network-limit', onchange: (e: Event) => store.update({ limit: Number((e.target as HTMLSelectElement).value) || null }) },
            h('option', { value: '', selected: store.get().limit === null }, 'every node the server allows'),
            ...LIMITS.map((n) => h('option', { value: n, selected: store.get().limit === n }, `the ${n.toLocaleString('en')} best connected`)),
          ),
        ),
        controller.session.network.cap !== null
          ? h('p', { class: 'meta' }, `The server draws at most ${controller.session.network.cap.toLocaleString('en')} nodes at once; expand nodes to see beyond them.`)
          : null,
        // Synthetic records exist for load tests: a developer's control (`?dev=1`), not a partner's.
        store.get().dev || store.get().synthetic
          ? h(
              'label',
              {},
              h('input', { type: 'checkbox', id: 'network-synthetic', checked: store.get().synthetic, onchange: (e: Event) => store.update({ synthetic: (e.target as HTMLInputElement).checked }) }),
              ' Include synthetic records (generated for load tests and demos)',
            )
          : null,
      ),
      expansionsBlock(),
    );
    if (focused) document.getElementById(focused)?.focus();
  }

  /** Themes and places: the tagged nodes only, or with their direct neighbours (drawn in grey). */
  function neighbourChoice(f: Filters): HTMLElement {
    const radio = (value: boolean, text: string) =>
      h('label', {}, h('input', { type: 'radio', name: 'scope-neighbours', id: `scope-neighbours-${value ? 'on' : 'off'}`, checked: f.neighbours === value, onchange: () => store.updateFilters({ neighbours: value }) }), ` ${text}`);
    return h('div', { class: 'choice', role: 'radiogroup', 'aria-label': 'What themes and places show' }, radio(false, 'Tagged only'), radio(true, 'With their direct neighbours (in grey)'));
  }

  function yearControls([min, max]: [number, number], f: Filters): HTMLElement {
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

  function expansionsBlock(): HTMLElement | null {
    const expanded = store.get().expanded;
    if (!expanded.length) return null;
    return h(
      'fieldset',
      {},
      h('legend', { class: 'field-title' }, 'Expanded'),
      h('ul', { class: 'plain' }, ...expanded.map((e) => h('li', {}, `${controller.label(e.id)} (${e.depth} hop${e.depth > 1 ? 's' : ''})`))),
      h('button', { type: 'button', onclick: () => controller.clearExpansions() }, 'Clear expansions'),
    );
  }

  /** Puts the controls in step with the filters (after "Reset filters", or a change elsewhere). */
  function sync(f: Filters): void {
    for (const input of panel.querySelectorAll<HTMLInputElement>('input[type=checkbox][name]')) {
      const value = input.value;
      const list = f[input.name as 'types' | 'levels' | 'sectors' | 'themes' | 'places'] as string[];
      input.checked = input.name === 'themes' || input.name === 'places' ? list.includes(value) : !list.length || list.includes(value);
    }
    for (const radio of panel.querySelectorAll<HTMLInputElement>('input[name=scope-neighbours]')) radio.checked = (radio.id === 'scope-neighbours-on') === f.neighbours;
    const from = panel.querySelector<HTMLInputElement>('#year-from');
    const to = panel.querySelector<HTMLInputElement>('#year-to');
    if (from && to && document.activeElement !== from && document.activeElement !== to) {
      from.value = String(f.yearFrom ?? from.min);
      to.value = String(f.yearTo ?? to.max);
      from.nextElementSibling!.textContent = from.value;
      to.nextElementSibling!.textContent = to.value;
    }
  }

  function refresh(): void {
    const view = store.get();
    // Rebuilt only when the options change: a rebuild mid-drag would drop the slider under the pointer.
    const signature = `${graph.order}:${graph.size}:${view.expanded.map((e) => e.id).join()}:${view.limit}:${view.synthetic}`;
    if (signature !== builtFor) {
      builtFor = signature;
      build();
    } else {
      sync(view.filters);
    }
    const { shownNodes, hiddenNodes, visible } = controller.exposed;
    summary.dataset.shown = String(shownNodes);
    summary.dataset.hidden = String(hiddenNodes);
    summary.textContent = visible ? describeVisible(visible) : '';
  }

  controller.onRedraw(refresh);
}

/**
 * The path finder: pick two nodes (search, or the selected node), see the shortest path
 * highlighted on the graph and listed step by step, and what the two share (`connections`).
 * A view of the store: the pickers and the result render after every redraw (path-result.ts).
 */
import type { Controller } from './controller.js';
import { h, replaceChildren } from './dom.js';
import { renderPathResult } from './path-result.js';
import { attachSearchBox } from './search-box.js';
import type { ViewStore } from './view-state.js';

export { describeHop } from './path-result.js';

type End = 'from' | 'to';

interface Picker {
  element: HTMLElement;
  chosen: HTMLElement;
  chosenLabel: HTMLElement;
  search: HTMLElement;
  input: HTMLInputElement;
  useFocus: HTMLElement;
}

interface PathPanel {
  store: ViewStore;
  controller: Controller;
  pickers: Record<End, Picker>;
  result: HTMLElement;
  findButton: HTMLElement;
}

function setEnd(p: PathPanel, end: End, id: string | null, focusInput = false): void {
  p.controller.setPathEnd(end, id);
  if (focusInput) queueMicrotask(() => p.pickers[end].input.focus());
}

/** One end's picker: a search box, or the chosen node with "Change"; "Use the selected node" when one is. */
function createPicker(p: PathPanel, end: End, title: string): Picker {
  const inputId = `path-${end}-input`;
  const input = h('input', { type: 'search', role: 'combobox', 'aria-autocomplete': 'list', id: inputId, placeholder: 'Search a node…', autocomplete: 'off', 'aria-controls': `path-${end}-results`, 'aria-expanded': 'false' }) as HTMLInputElement;
  const list = h('div', { id: `path-${end}-results`, class: 'picker-results', hidden: true });
  const search = h('div', { class: 'picker-search', style: 'position:relative' }, input, list);
  const chosenLabel = h('strong', {});
  const chosen = h('div', { class: 'chosen', hidden: true }, chosenLabel, h('button', { type: 'button', 'aria-label': `Change the path's ${end === 'from' ? 'start' : 'end'}`, onclick: () => setEnd(p, end, null, true) }, 'Change'));
  const useFocus = h('button', { type: 'button', class: 'link', onclick: () => p.store.get().focus && setEnd(p, end, p.store.get().focus) }, 'Use the selected node');
  attachSearchBox(input, list, (hit) => setEnd(p, end, hit.id), { clearOnChoose: true });
  const element = h('div', { class: 'picker', id: `picker-${end}` }, h('label', { for: inputId, class: 'field-title', style: 'display:block' }, title), chosen, search, useFocus);
  return { element, chosen, chosenLabel, search, input, useFocus };
}

function swap(store: ViewStore): void {
  const { pathFrom, pathTo } = store.get();
  store.update({ pathFrom: pathTo, pathTo: pathFrom });
}

/** Setting the ends fetches the path; asking again (same ends) fetches it afresh. */
function find(store: ViewStore): void {
  const { pathFrom, pathTo } = store.get();
  if (pathFrom && pathTo) {
    store.update({ pathFrom: null });
    store.update({ pathFrom });
  }
}

function render(p: PathPanel): void {
  const view = p.store.get();
  for (const end of ['from', 'to'] as const) {
    const id = end === 'from' ? view.pathFrom : view.pathTo;
    const picker = p.pickers[end];
    picker.chosen.hidden = !id;
    picker.search.hidden = !!id;
    picker.useFocus.hidden = !!id || !view.focus;
    picker.chosenLabel.textContent = id ? p.controller.label(id) : '';
  }
  p.findButton.toggleAttribute('disabled', !(view.pathFrom && view.pathTo));
  renderPathResult(p.result, view, p.controller);
}

/** Builds the path finder into `panel` and renders it after every redraw. */
export function createPathPanel(panel: HTMLElement, store: ViewStore, controller: Controller): void {
  const p: PathPanel = {
    store,
    controller,
    pickers: {} as Record<End, Picker>,
    result: h('div', { id: 'path-result', 'aria-live': 'polite' }),
    findButton: h('button', { type: 'button', class: 'primary', id: 'find-path', onclick: () => find(store) }, 'Find path'),
  };
  const { pickers } = p;
  pickers.from = createPicker(p, 'from', 'From');
  pickers.to = createPicker(p, 'to', 'To');
  replaceChildren(
    panel,
    h('h2', {}, 'How are two nodes connected?'),
    h('p', { class: 'meta' }, 'The shortest path between them (8 steps at most), and what they share.'),
    pickers.from.element,
    pickers.to.element,
    h('div', { class: 'row' }, p.findButton, h('button', { type: 'button', onclick: () => swap(store) }, 'Swap'), h('button', { type: 'button', onclick: () => controller.clearPath() }, 'Clear')),
    p.result,
  );
  controller.onRedraw(() => render(p));
  render(p);
}

/**
 * Pieces the Peers and Ask panels share: a node as a button that selects it, a score bar, and a
 * node picker (the search box, or the selected node, or an id typed in). Each takes what it acts
 * on as arguments: no panel state lives here.
 */
import { h } from './dom.js';
import { TYPE_COLOURS } from './palette.js';
import { attachSearchBox, type SearchHit } from './search-box.js';
import { TYPE_SINGULAR, isNodeType } from './vocabulary.js';

/** A node's name as a button that selects it on the graph, after a swatch of its type's colour. */
export function nodeButton(node: { id: string; label: string; type: string }, select: (id: string) => void): HTMLElement {
  const colour = isNodeType(node.type) ? TYPE_COLOURS[node.type] : '#999';
  const kind = isNodeType(node.type) ? TYPE_SINGULAR[node.type] : node.type;
  return h(
    'span',
    { class: 'node-ref' },
    h('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' }),
    h('button', { type: 'button', class: 'link', 'data-node': node.id, title: `${kind}: select it on the graph`, onclick: () => select(node.id) }, node.label),
  );
}

/** A bar as long as `value` is against `max`, with the number beside it (the bar alone says nothing to a screen reader). */
export function scoreBar(value: number, max: number, label: string): HTMLElement {
  const share = max > 0 ? Math.max(0.03, Math.min(1, value / max)) : 0;
  return h(
    'span',
    { class: 'score' },
    h('span', { class: 'score-bar', 'aria-hidden': 'true' }, h('span', { style: `width:${(share * 100).toFixed(1)}%` })),
    h('span', { class: 'meta' }, `${label} ${value.toFixed(2)}`),
  );
}

export interface NodePicker {
  element: HTMLElement;
  /** The chosen node's id, or null. */
  value(): string | null;
  set(id: string | null, label?: string): void;
}

/**
 * A field to choose one node: type to search (the explorer's search box), press "Use the
 * selected node", or enter an id. `onChange` hears every choice (null when cleared).
 */
export function createNodePicker(options: { id: string; title: string; selected: () => { id: string; label: string } | null; onChange: (id: string | null) => void }): NodePicker {
  const { id, title } = options;
  let chosen: string | null = null;
  const input = h('input', { type: 'search', role: 'combobox', 'aria-autocomplete': 'list', id: `${id}-input`, placeholder: 'Search, or type an id…', autocomplete: 'off', 'aria-controls': `${id}-results`, 'aria-expanded': 'false' });
  const list = h('div', { id: `${id}-results`, class: 'picker-results', hidden: true });
  const chosenLabel = h('strong', { id: `${id}-chosen` });
  const chosenRow = h('div', { class: 'chosen', hidden: true }, chosenLabel, h('button', { type: 'button', 'aria-label': `Change: ${title}`, onclick: () => set(null, undefined, true) }, 'Change'));
  const search = h('div', { class: 'picker-search', style: 'position:relative' }, input, list);
  const useSelected = h('button', { type: 'button', class: 'link', onclick: () => pickSelected() }, 'Use the selected node');

  function set(next: string | null, label?: string, focusInput = false): void {
    chosen = next;
    chosenLabel.textContent = next ? (label ?? next) : '';
    chosenRow.hidden = !next;
    search.hidden = !!next;
    useSelected.hidden = !!next;
    if (focusInput) queueMicrotask(() => input.focus());
    options.onChange(next);
  }
  function pickSelected(): void {
    const node = options.selected();
    if (node) set(node.id, node.label);
  }
  attachSearchBox(input, list, (hit: SearchHit) => set(hit.id, hit.label), { clearOnChoose: true });
  // An id typed in full (e.g. "daniel-dietrich") is taken as it is when the field loses focus empty-handed.
  input.addEventListener('change', () => {
    const text = input.value.trim();
    if (/^[a-z0-9][a-z0-9-]*$/.test(text) && list.hidden) set(text);
  });
  const element = h('div', { class: 'picker', id }, h('label', { for: `${id}-input`, class: 'field-title', style: 'display:block' }, title), chosenRow, search, useSelected);
  return { element, value: () => chosen, set: (next, label) => set(next, label) };
}

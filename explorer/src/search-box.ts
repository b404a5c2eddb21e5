/**
 * A search field with its result list: full-text search through the API's `search`. The API's
 * best hit comes first on a row of its own ("Best match"; Enter takes it), then every hit grouped
 * by node type (in the model's order). Keyboard reachable (down arrow from the field, up/down
 * between results, Escape closes). Used by the top bar and by the path finder's pickers.
 */
import { ApiError, request } from './api.js';
import { h, replaceChildren } from './dom.js';
import { attachSearchKeys } from './search-keys.js';
import { ExplorerSearchDocument } from './generated/graphql.js';
import { TYPE_COLOURS } from './palette.js';
import { NODE_TYPES, TYPE_PLURAL, TYPE_SINGULAR, isNodeType, type NodeType } from './vocabulary.js';

export interface SearchHit {
  id: string;
  label: string;
  type: NodeType;
}

const DEBOUNCE_MS = 180;
const RESULTS = 30;

/** Groups hits by type, in the model's type order; within a type the API's score order stays. */
export function groupByType(hits: readonly SearchHit[]): [NodeType, SearchHit[]][] {
  const groups = new Map<NodeType, SearchHit[]>();
  for (const hit of hits) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  return NODE_TYPES.filter((t) => groups.has(t)).map((t) => [t, groups.get(t)!]);
}

/** One search box's elements and state. */
export interface SearchBox {
  input: HTMLInputElement;
  list: HTMLElement;
  onChoose: (hit: SearchHit) => void;
  clearOnChoose: boolean;
  timer?: ReturnType<typeof setTimeout>;
  abort: AbortController | null;
  /** The text the list's results answer (null while none are shown). */
  shownFor: string | null;
  /** The search on its way, if any. */
  inflight: { text: string; done: Promise<void> } | null;
}

export function openList(box: SearchBox, isOpen: boolean): void {
  box.list.hidden = !isOpen;
  box.input.setAttribute('aria-expanded', String(isOpen));
}

/** The result buttons, best match first. */
export const resultButtons = (box: SearchBox) => [...box.list.querySelectorAll<HTMLButtonElement>('button[data-best], button[data-id]')];

function choose(box: SearchBox, hit: SearchHit): void {
  openList(box, false);
  box.input.value = box.clearOnChoose ? '' : hit.label;
  box.onChoose(hit);
}

// The best match repeats a hit of the groups below: its button says `data-best` rather than
// `data-id`, so each result's id names one button.
const resultButton = (box: SearchBox, hit: SearchHit, extra: Record<string, string> = {}) =>
  h('button', { type: 'button', 'data-id': extra['data-best'] ? null : hit.id, ...extra, onclick: () => choose(box, hit) }, h('span', {}, hit.label), h('span', { class: 'id' }, `${TYPE_SINGULAR[hit.type]} · ${hit.id}`));

function render(box: SearchBox, hits: SearchHit[], total: number, text: string): void {
  const { list } = box;
  if (!hits.length) {
    replaceChildren(list, h('p', { class: 'result-empty', role: 'status' }, `Nothing found for “${text}”.`));
    return openList(box, true);
  }
  // The API ranks by what was meant (an exact id, acronym or whole name first): its top hit is
  // the one Enter takes, shown first whatever its type.
  const best = h(
    'div',
    { class: 'result-group best-match', role: 'group', 'aria-label': 'Best match' },
    h('h3', {}, 'Best match'),
    h('ul', {}, h('li', {}, resultButton(box, hits[0], { class: 'best', 'data-best': hits[0].id, 'aria-describedby': `${list.id}-hint` }))),
    h('p', { class: 'hint', id: `${list.id}-hint` }, 'Press Enter to show it'),
  );
  const groups = groupByType(hits).map(([type, items]) =>
    h(
      'div',
      { class: 'result-group', role: 'group', 'aria-label': TYPE_PLURAL[type] },
      h('h3', {}, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[type]}`, 'aria-hidden': 'true' }), TYPE_PLURAL[type]),
      h('ul', {}, ...items.map((hit) => h('li', {}, resultButton(box, hit)))),
    ),
  );
  const note = h('p', { class: 'visually-hidden', role: 'status' }, `${total} result${total === 1 ? '' : 's'}`);
  replaceChildren(list, note, best, ...groups);
  openList(box, true);
}

async function runSearch(box: SearchBox, text: string): Promise<void> {
  box.abort?.abort();
  const abort = (box.abort = new AbortController());
  try {
    const data = await request(ExplorerSearchDocument, { text, first: RESULTS }, abort.signal);
    const hits = data.search.edges.map((e) => ({ id: e.node.id, label: e.node.label, type: e.node.__typename })).filter((hit): hit is SearchHit => isNodeType(hit.type));
    if (box.input.value.trim() === text) {
      render(box, hits, data.search.totalCount, text);
      box.shownFor = hits.length ? text : null;
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    const message = error instanceof ApiError ? error.message : 'The search failed; try again.';
    replaceChildren(box.list, h('p', { class: 'result-empty', role: 'alert' }, message));
    openList(box, true);
  }
}

/** Searches for `text`; the promise settles once its results (or error) are shown. */
export function search(box: SearchBox, text: string): Promise<void> {
  const done = runSearch(box, text).finally(() => {
    if (box.inflight?.done === done) box.inflight = null;
  });
  box.inflight = { text, done };
  return done;
}

/** Searches once typing pauses (two characters at least). */
function onInput(box: SearchBox): void {
  clearTimeout(box.timer);
  const text = box.input.value.trim();
  if (text.length < 2) {
    box.abort?.abort();
    return openList(box, false);
  }
  box.timer = setTimeout(() => void search(box, text), DEBOUNCE_MS);
}

/**
 * Wires `input` and `list` (an initially hidden element after it). `onChoose` gets the hit the
 * user picked (click or Enter); the list then closes and the field is cleared if `clearOnChoose`.
 */
export function attachSearchBox(input: HTMLInputElement, list: HTMLElement, onChoose: (hit: SearchHit) => void, options: { clearOnChoose?: boolean } = {}): void {
  const box: SearchBox = { input, list, onChoose, clearOnChoose: !!options.clearOnChoose, abort: null, shownFor: null, inflight: null };
  input.addEventListener('input', () => onInput(box));
  attachSearchKeys(box);
}

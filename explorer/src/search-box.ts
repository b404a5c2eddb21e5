/**
 * A search field with its result list: full-text search through the API's `search`. The API's
 * best hit comes first on a row of its own ("Best match"; Enter takes it), then every hit grouped
 * by node type (in the model's order). Keyboard reachable (down arrow from the field, up/down
 * between results, Escape closes). Used by the top bar and by the path finder's pickers.
 */
import { ApiError, request } from './api.js';
import { h, replaceChildren } from './dom.js';
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

/**
 * Wires `input` and `list` (an initially hidden element after it). `onChoose` gets the hit the
 * user picked (click or Enter); the list then closes and the field is cleared if `clearOnChoose`.
 */
export function attachSearchBox(input: HTMLInputElement, list: HTMLElement, onChoose: (hit: SearchHit) => void, options: { clearOnChoose?: boolean } = {}): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;
  /** The text the list's results answer (null while none are shown). */
  let shownFor: string | null = null;
  /** The search on its way, if any. */
  let inflight: { text: string; done: Promise<void> } | null = null;
  const container = input.parentElement!;

  const open = (isOpen: boolean) => {
    list.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
  };
  const buttons = () => [...list.querySelectorAll<HTMLButtonElement>('button[data-best], button[data-id]')];

  function render(hits: SearchHit[], total: number, text: string): void {
    if (!hits.length) {
      replaceChildren(list, h('p', { class: 'result-empty', role: 'status' }, `Nothing found for “${text}”.`));
      return open(true);
    }
    // The best match repeats a hit of the groups below: its button says `data-best` rather than
    // `data-id`, so each result's id names one button.
    const resultButton = (hit: SearchHit, extra: Record<string, string> = {}) =>
      h('button', { type: 'button', 'data-id': extra['data-best'] ? null : hit.id, ...extra, onclick: () => choose(hit) }, h('span', {}, hit.label), h('span', { class: 'id' }, `${TYPE_SINGULAR[hit.type]} · ${hit.id}`));
    // The API ranks by what was meant (an exact id, acronym or whole name first): its top hit is
    // the one Enter takes, shown first whatever its type.
    const best = h(
      'div',
      { class: 'result-group best-match', role: 'group', 'aria-label': 'Best match' },
      h('h3', {}, 'Best match'),
      h('ul', {}, h('li', {}, resultButton(hits[0], { class: 'best', 'data-best': hits[0].id, 'aria-describedby': `${list.id}-hint` }))),
      h('p', { class: 'hint', id: `${list.id}-hint` }, 'Press Enter to show it'),
    );
    const groups = groupByType(hits).map(([type, items]) =>
      h(
        'div',
        { class: 'result-group', role: 'group', 'aria-label': TYPE_PLURAL[type] },
        h('h3', {}, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[type]}`, 'aria-hidden': 'true' }), TYPE_PLURAL[type]),
        h(
          'ul',
          {},
          ...items.map((hit) => h('li', {}, resultButton(hit))),
        ),
      ),
    );
    const note = h('p', { class: 'visually-hidden', role: 'status' }, `${total} result${total === 1 ? '' : 's'}`);
    replaceChildren(list, note, best, ...groups);
    open(true);
  }

  function choose(hit: SearchHit): void {
    open(false);
    if (options.clearOnChoose) input.value = '';
    else input.value = hit.label;
    onChoose(hit);
  }

  function search(text: string): Promise<void> {
    const done = runSearch(text).finally(() => {
      if (inflight?.done === done) inflight = null;
    });
    inflight = { text, done };
    return done;
  }

  async function runSearch(text: string): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    try {
      const data = await request(ExplorerSearchDocument, { text, first: RESULTS }, controller.signal);
      const hits = data.search.edges
        .map((e) => ({ id: e.node.id, label: e.node.label, type: e.node.__typename }))
        .filter((hit): hit is SearchHit => isNodeType(hit.type));
      if (input.value.trim() === text) {
        render(hits, data.search.totalCount, text);
        shownFor = hits.length ? text : null;
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      const message = error instanceof ApiError ? error.message : 'The search failed; try again.';
      replaceChildren(list, h('p', { class: 'result-empty', role: 'alert' }, message));
      open(true);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      controller?.abort();
      return open(false);
    }
    timer = setTimeout(() => void search(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !list.hidden) {
      event.preventDefault();
      buttons()[0]?.focus();
    } else if (event.key === 'Escape') {
      if (!list.hidden) event.stopPropagation();
      open(false);
    } else if (event.key === 'Enter') {
      // Enter takes the best match; typed faster than the debounce, it searches first.
      event.preventDefault();
      const text = input.value.trim();
      if (text.length < 2) return;
      if (shownFor === text && !list.hidden) return buttons()[0]?.click();
      // The search for this text may be on its way already: wait for it rather than ask again.
      clearTimeout(timer);
      const answer = inflight?.text === text ? inflight.done : search(text);
      void answer.then(() => {
        if (shownFor === text) buttons()[0]?.click();
      });
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      open(false);
      input.focus();
    }
  });
  // A click on a result must not blur the field first (some browsers do not focus buttons on click).
  list.addEventListener('mousedown', (event) => event.preventDefault());
  // Close when the focus leaves the field and its list.
  container.addEventListener('focusout', (event) => {
    if (!container.contains(event.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim().length >= 2 && list.childElementCount) open(true);
  });
}

/**
 * The path finder: pick two nodes (search, or the selected node), see the shortest path
 * highlighted on the graph and listed step by step, and what the two share (`connections`).
 */
import type { Controller, PathAnswer } from './controller.js';
import { h, replaceChildren } from './dom.js';
import { TYPE_COLOURS } from './palette.js';
import { attachSearchBox } from './search-box.js';
import type { ViewStore } from './view-state.js';
import { RELATIONSHIP_WORDS, TYPE_SINGULAR, isNodeType, type NodeType, type RelationshipType } from './vocabulary.js';

type End = 'from' | 'to';

/** One line per hop: "works at →" when the relationship runs along the path, "← partner in" when against it. */
export function describeHop(answer: PathAnswer, index: number): string {
  const edge = answer.edges[index];
  const words = RELATIONSHIP_WORDS[edge.type as RelationshipType].out.toLowerCase();
  return edge.source === answer.nodes[index].id ? `${words} →` : `← ${words}`;
}

export function createPathPanel(panel: HTMLElement, store: ViewStore, controller: Controller): void {
  const result = h('div', { id: 'path-result', 'aria-live': 'polite' });
  const pickers = { from: picker('from', 'From'), to: picker('to', 'To') };
  const findButton = h('button', { type: 'button', class: 'primary', id: 'find-path', onclick: () => find() }, 'Find path');
  const swapButton = h('button', { type: 'button', onclick: () => swap() }, 'Swap');
  const clearButton = h('button', { type: 'button', onclick: () => controller.clearPath() }, 'Clear');

  replaceChildren(
    panel,
    h('h2', {}, 'How are two nodes connected?'),
    h('p', { class: 'meta' }, 'The shortest path between them (8 steps at most), and what they share.'),
    pickers.from.element,
    pickers.to.element,
    h('div', { class: 'row' }, findButton, swapButton, clearButton),
    result,
  );

  function picker(end: End, title: string) {
    const inputId = `path-${end}-input`;
    const input = h('input', { type: 'search', role: 'combobox', 'aria-autocomplete': 'list', id: inputId, placeholder: 'Search a node…', autocomplete: 'off', 'aria-controls': `path-${end}-results`, 'aria-expanded': 'false' });
    const list = h('div', { id: `path-${end}-results`, class: 'picker-results', hidden: true });
    const search = h('div', { class: 'picker-search', style: 'position:relative' }, input, list);
    const chosenLabel = h('strong', {});
    const chosen = h('div', { class: 'chosen', hidden: true }, chosenLabel, h('button', { type: 'button', 'aria-label': `Change the path's ${end === 'from' ? 'start' : 'end'}`, onclick: () => setEnd(end, null, true) }, 'Change'));
    const useFocus = h('button', { type: 'button', class: 'link', onclick: () => store.get().focus && setEnd(end, store.get().focus) }, 'Use the selected node');
    attachSearchBox(input, list, (hit) => setEnd(end, hit.id), { clearOnChoose: true });
    const element = h('div', { class: 'picker', id: `picker-${end}` }, h('label', { for: inputId, class: 'field-title', style: 'display:block' }, title), chosen, search, useFocus);
    return { element, chosen, chosenLabel, search, input, useFocus };
  }

  function setEnd(end: End, id: string | null, focusInput = false): void {
    controller.setPathEnd(end, id);
    if (focusInput) queueMicrotask(() => pickers[end].input.focus());
  }

  function swap(): void {
    const { pathFrom, pathTo } = store.get();
    store.update({ pathFrom: pathTo, pathTo: pathFrom });
  }

  function find(): void {
    const { pathFrom, pathTo } = store.get();
    // Setting the ends fetches the path; asking again (same ends) fetches it afresh.
    if (pathFrom && pathTo) {
      store.update({ pathFrom: null });
      store.update({ pathFrom });
    }
  }

  const nodeLine = (id: string, label: string, type: string) =>
    h(
      'div',
      { class: 'node' },
      h('span', { class: 'swatch', style: `background:${isNodeType(type) ? TYPE_COLOURS[type] : '#999'}`, 'aria-hidden': 'true' }),
      h('button', { type: 'button', class: 'link', onclick: () => void controller.focus(id) }, label),
      h('span', { class: 'meta' }, isNodeType(type) ? TYPE_SINGULAR[type as NodeType] : type),
    );

  function renderResult(): void {
    const { pathFrom, pathTo } = store.get();
    const path = controller.session.path;
    if (!pathFrom || !pathTo) {
      replaceChildren(result, h('p', { class: 'meta' }, 'Choose both ends to see the path.'));
      return;
    }
    if (!path || path.key !== `${pathFrom},${pathTo}`) {
      replaceChildren(result, h('p', { class: 'meta' }, 'Looking for a path…'));
      return;
    }
    const answer = path.answer;
    replaceChildren(
      result,
      answer
        ? h(
            'section',
            { 'aria-labelledby': 'path-title' },
            h('h3', { id: 'path-title' }, `Shortest path: ${answer.length} step${answer.length === 1 ? '' : 's'}`),
            h(
              'ol',
              { class: 'steps', id: 'path-steps' },
              ...answer.nodes.flatMap((node, i) => [
                h('li', {}, nodeLine(node.id, node.label, node.type)),
                i < answer.edges.length ? h('li', { class: 'via', 'aria-label': `then ${describeHop(answer, i).replace(/[←→]/g, '').trim()}` }, describeHop(answer, i)) : null,
              ]),
            ),
          )
        : h('p', {}, 'No path of 8 steps or fewer.'),
      h('h3', {}, `What they share (${path.shared.length})`),
      path.shared.length
        ? h('ul', { class: 'steps', id: 'shared-list' }, ...path.shared.map((s) => h('li', {}, nodeLine(s.node.id, s.node.label, s.node.__typename), h('div', { class: 'via' }, s.relationship))))
        : h('p', { class: 'meta' }, 'Nothing directly linked to both.'),
    );
  }

  function refresh(): void {
    const view = store.get();
    for (const end of ['from', 'to'] as const) {
      const id = end === 'from' ? view.pathFrom : view.pathTo;
      const p = pickers[end];
      p.chosen.hidden = !id;
      p.search.hidden = !!id;
      p.useFocus.hidden = !!id || !view.focus;
      p.chosenLabel.textContent = id ? controller.label(id) : '';
    }
    findButton.toggleAttribute('disabled', !(view.pathFrom && view.pathTo));
    renderResult();
  }

  controller.onRedraw(refresh);
  refresh();
}

/**
 * The path finder's result: the shortest path step by step (each node a button that selects it,
 * each hop in words and direction) and what the two ends share.
 */
import type { Controller, PathAnswer } from './controller.js';
import { h, replaceChildren } from './dom.js';
import { TYPE_COLOURS } from './palette.js';
import type { ViewState } from './view-state.js';
import { RELATIONSHIP_WORDS, TYPE_SINGULAR, isNodeType, type NodeType, type RelationshipType } from './vocabulary.js';

/** One line per hop: "works at →" when the relationship runs along the path, "← partner in" when against it. */
export function describeHop(answer: PathAnswer, index: number): string {
  const edge = answer.edges[index];
  const words = RELATIONSHIP_WORDS[edge.type as RelationshipType].out.toLowerCase();
  return edge.source === answer.nodes[index].id ? `${words} →` : `← ${words}`;
}

const nodeLine = (controller: Controller, id: string, label: string, type: string) =>
  h(
    'div',
    { class: 'node' },
    h('span', { class: 'swatch', style: `background:${isNodeType(type) ? TYPE_COLOURS[type] : '#999'}`, 'aria-hidden': 'true' }),
    h('button', { type: 'button', class: 'link', onclick: () => void controller.focus(id) }, label),
    h('span', { class: 'meta' }, isNodeType(type) ? TYPE_SINGULAR[type as NodeType] : type),
  );

function steps(controller: Controller, answer: PathAnswer): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'path-title' },
    h('h3', { id: 'path-title' }, `Shortest path: ${answer.length} step${answer.length === 1 ? '' : 's'}`),
    h(
      'ol',
      { class: 'steps', id: 'path-steps' },
      ...answer.nodes.flatMap((node, i) => [
        h('li', {}, nodeLine(controller, node.id, node.label, node.type)),
        i < answer.edges.length ? h('li', { class: 'via', 'aria-label': `then ${describeHop(answer, i).replace(/[←→]/g, '').trim()}` }, describeHop(answer, i)) : null,
      ]),
    ),
  );
}

/** Renders into `result` the path for the view's ends, or what is missing for one. */
export function renderPathResult(result: HTMLElement, view: ViewState, controller: Controller): void {
  const { pathFrom, pathTo } = view;
  const path = controller.session.path;
  if (!pathFrom || !pathTo) return replaceChildren(result, h('p', { class: 'meta' }, 'Choose both ends to see the path.'));
  if (!path || path.key !== `${pathFrom},${pathTo}`) return replaceChildren(result, h('p', { class: 'meta' }, 'Looking for a path…'));
  replaceChildren(
    result,
    path.answer ? steps(controller, path.answer) : h('p', {}, 'No path of 8 steps or fewer.'),
    h('h3', {}, `What they share (${path.shared.length})`),
    path.shared.length
      ? h('ul', { class: 'steps', id: 'shared-list' }, ...path.shared.map((s) => h('li', {}, nodeLine(controller, s.node.id, s.node.label, s.node.__typename), h('div', { class: 'via' }, s.relationship))))
      : h('p', { class: 'meta' }, 'Nothing directly linked to both.'),
  );
}

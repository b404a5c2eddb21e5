/**
 * The Ask panel's answers drawn as DOM: learnings grouped by the initiative they came from (in
 * the API's order: the initiative of the best answer first), each with its kind, summary,
 * sources (title and publisher, linked) and, when the person asking was given, who can
 * introduce them. Builders only: what a click does is passed in.
 */
import { h } from './dom.js';
import type { ExplorerAdviceQuery } from './generated/graphql.js';
import { nodeButton, scoreBar } from './panel-parts.js';
import { renderSource } from './sources.js';
import { humanise } from './vocabulary.js';

export type Advice = ExplorerAdviceQuery['advice'][number];
export type Introduction = NonNullable<Advice['introduction']>;

export interface AdviceGroup {
  initiative: Advice['initiative'];
  answers: Advice[];
}

/** Groups answers by initiative, keeping the API's order of first appearance. */
export function groupByInitiative(answers: readonly Advice[]): AdviceGroup[] {
  const groups = new Map<string, AdviceGroup>();
  for (const answer of answers) {
    const key = answer.initiative?.id ?? '';
    const group = groups.get(key) ?? { initiative: answer.initiative, answers: [] };
    group.answers.push(answer);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface AdviceActions {
  select(id: string): void;
  /** Shows this introduction on the graph. */
  showIntroduction(answer: Advice): void;
}

/** The introduction as a line of names, "Daniel Dietrich → Hivos → …", with a button that shows it. */
function renderIntroduction(answer: Advice, actions: AdviceActions): HTMLElement | null {
  const path = answer.introduction;
  if (!path) return null;
  const steps = path.nodes.map((n, i) => [i ? ' → ' : '', nodeButton({ id: n.id, label: n.label, type: n.type }, actions.select)]).flat();
  return h(
    'div',
    { class: 'introduction' },
    h('span', { class: 'field-title' }, `Who can introduce you (${path.length} step${path.length === 1 ? '' : 's'}): `),
    ...steps,
    ' ',
    h('button', { type: 'button', class: 'link show-introduction', onclick: () => actions.showIntroduction(answer) }, 'Show on the graph'),
  );
}

/** One learning: kind, title, summary, sources, why it answers, and the introduction. */
function renderAnswer(answer: Advice, rank: number, top: number, actions: AdviceActions): HTMLElement {
  const { learning } = answer;
  // Structured citations when the record has them; its plain source strings otherwise.
  const sources = learning.citations.length ? learning.citations.map((c) => renderSource({ ...c, title: c.title ?? c.citation })) : learning.sources.map((s) => renderSource(s));
  const why = answer.reasons.filter((r) => r.kind !== 'INTRODUCTION');
  return h(
    'li',
    { class: 'answer', 'data-learning': learning.id, 'data-rank': rank },
    h('div', { class: 'answer-head' }, h('span', { class: `kind kind-${learning.kind.toLowerCase()}` }, humanise(learning.kind)), ' ', nodeButton({ id: learning.id, label: learning.label, type: 'Learning' }, actions.select)),
    scoreBar(answer.score, top, 'relevance'),
    learning.summary ? h('p', { class: 'summary' }, learning.summary) : null,
    sources.length ? h('div', { class: 'answer-sources' }, h('span', { class: 'field-title' }, 'Sources: '), h('ul', { class: 'sources' }, ...sources.map((s) => h('li', {}, s)))) : h('p', { class: 'meta' }, 'No source recorded.'),
    why.length ? h('ul', { class: 'reasons' }, ...why.map((r) => h('li', {}, r.text))) : null,
    renderIntroduction(answer, actions),
  );
}

/** Every group: the initiative's name as a heading, then its learnings. */
export function renderAdvice(answers: readonly Advice[], actions: AdviceActions): HTMLElement {
  const top = answers[0]?.score ?? 0;
  return h(
    'div',
    { id: 'advice-groups' },
    ...groupByInitiative(answers).map((group, i) =>
      h(
        'section',
        { class: 'advice-group', 'aria-labelledby': `advice-group-${i}`, 'data-initiative': group.initiative?.id ?? '' },
        h('h3', { id: `advice-group-${i}` }, group.initiative ? nodeButton({ ...group.initiative, type: 'Initiative' }, actions.select) : 'No initiative recorded'),
        h('ol', { class: 'ranked' }, ...group.answers.map((answer) => renderAnswer(answer, answers.indexOf(answer), top, actions))),
      ),
    ),
  );
}

/**
 * The Ask panel (issue 20): type a problem in plain words (English or Spanish), optionally say
 * who is asking (a person or an organisation), and see the learnings that answer it, grouped by
 * initiative, with their sources; the best answer's introduction path (who can introduce the
 * person asking) is added to the drawing and highlighted on it.
 */
import { ApiError } from './api.js';
import type { request as apiRequest } from './api.js';
import { type Advice, renderAdvice } from './advice-view.js';
import { h, replaceChildren } from './dom.js';
import { ExplorerAdviceDocument } from './generated/graphql.js';
import type { OverlayInput } from './graph-overlay.js';
import { createNodePicker } from './panel-parts.js';

/** How many learnings the panel asks for. */
const ANSWERS = 10;
const EXAMPLE = 'procurement officials resist change';

export interface AskPanelDeps {
  container: HTMLElement;
  request: typeof apiRequest;
  select(id: string): void;
  highlight: { show(input: OverlayInput): void; clear(): void };
  /** Adds an answer's nodes and relationships to the drawing (they may not be drawn yet). */
  merge(nodes: NonNullable<Advice['introduction']>['nodes'], edges: NonNullable<Advice['introduction']>['edges']): void;
  selected(): { id: string; label: string; type: string | null } | null;
}

export interface AskPanel {
  opened(): void;
  closed(): void;
}

/** What went wrong, in plain words. */
function failureText(error: unknown, from: string | null): string {
  if (error instanceof ApiError && error.code === 'NOT_FOUND') return `There is no person or organisation "${from}": choose the asker with the search box.`;
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return `That question cannot be asked: ${error.message}`;
  return `The answers could not be loaded (${(error as Error).message}). Try again in a moment.`;
}

/** The answers, or in plain words that there are none. */
function renderAnswers(answers: readonly Advice[], problem: string, actions: Parameters<typeof renderAdvice>[1]): HTMLElement[] {
  if (!answers.length) return [h('p', { id: 'advice-none' }, `Nothing in the network answers “${problem}” yet. Try other words, or a shorter description.`)];
  const initiatives = new Set(answers.map((a) => a.initiative?.id ?? '')).size;
  return [h('p', { class: 'meta', id: 'advice-count' }, `${answers.length} learning${answers.length === 1 ? '' : 's'} from ${initiatives} initiative${initiatives === 1 ? '' : 's'}, most relevant first.`), renderAdvice(answers, actions)];
}

/** Builds the panel into `deps.container`. */
export function createAskPanel(deps: AskPanelDeps): AskPanel {
  const result = h('div', { id: 'ask-result', 'aria-live': 'polite' });
  const problem = h('textarea', { id: 'ask-problem', rows: 3, maxlength: 1000, placeholder: `e.g. ${EXAMPLE}` });
  const from = createNodePicker({ id: 'ask-from', title: 'Who is asking? (optional: a person or an organisation)', selected: () => deps.selected(), onChange: () => {} });
  let lastHighlight: OverlayInput | null = null;
  let abort: AbortController | null = null;
  const form = h(
    'form',
    { id: 'ask-form', onsubmit: (event: Event) => (event.preventDefault(), void ask()) },
    h('label', { for: problem.id, class: 'field-title', style: 'display:block' }, 'Your problem, in plain words'),
    problem,
    from.element,
    h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary', id: 'ask-button' }, 'Ask')),
  );
  replaceChildren(deps.container, h('h2', {}, 'Ask: who has met this problem before?'), h('p', { class: 'meta' }, 'Learnings from initiatives that faced it, with their sources; say who is asking to see who can introduce you.'), form, result);

  function showIntroduction(answer: Advice): void {
    const path = answer.introduction;
    if (!path) return;
    deps.merge(path.nodes, path.edges);
    lastHighlight = { nodes: path.nodes.map((n) => n.id), pathEdges: path.edges.map((e) => e.id) };
    deps.highlight.show(lastHighlight);
  }

  async function ask(): Promise<void> {
    const text = problem.value.trim();
    if (!text) return void replaceChildren(result, h('p', { role: 'alert', class: 'error' }, `Describe the problem first, e.g. “${EXAMPLE}”.`));
    abort?.abort();
    abort = new AbortController();
    replaceChildren(result, h('p', { class: 'meta' }, 'Looking for learnings…'));
    const asker = from.value();
    try {
      const data = await deps.request(ExplorerAdviceDocument, { problem: text, first: ANSWERS, from: asker }, abort.signal);
      deps.highlight.clear();
      lastHighlight = null;
      replaceChildren(result, ...renderAnswers(data.advice, text, { select: deps.select, showIntroduction }));
      const introduced = data.advice.find((a) => a.introduction);
      if (introduced) showIntroduction(introduced);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      deps.highlight.clear();
      replaceChildren(result, h('p', { class: 'error', role: 'alert' }, failureText(error, asker)));
    }
  }

  replaceChildren(result, h('p', { class: 'meta' }, 'Type a problem and press Ask.'));
  return {
    opened: () => lastHighlight && deps.highlight.show(lastHighlight),
    closed() {
      abort?.abort();
      deps.highlight.clear();
    },
  };
}

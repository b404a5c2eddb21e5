/**
 * The Peers panel (issue 20): for one initiative (the selected one by default), the initiatives
 * it could learn from or work with, best first, within optional filters (leave out a place such
 * as Africa, levels, themes). Each peer shows its score as a bar and every reason with its
 * evidence as a node one click away; the initiative and its peers stand out on the graph.
 */
import { ApiError } from './api.js';
import { h, replaceChildren } from './dom.js';
import { ExplorerPeersDocument, type ExplorerPeersQuery, type InitiativeScopeFilter } from './generated/graphql.js';
import type { OverlayInput } from './graph-overlay.js';
import { createNodePicker, nodeButton, scoreBar } from './panel-parts.js';
import { createScopeFields, type ScopeOptions } from './scope-fields.js';
import { humanise } from './vocabulary.js';
import type { request as apiRequest } from './api.js';

type Peer = ExplorerPeersQuery['peers'][number];

/** How many peers the panel asks for. */
const PEERS = 10;

export interface PeersPanelDeps {
  container: HTMLElement;
  request: typeof apiRequest;
  /** Selects a node on the graph (camera included). */
  select(id: string): void;
  /** Singles nodes out on the graph, or stops. */
  highlight: { show(input: OverlayInput): void; clear(): void };
  /** The selected node, if any, with its type. */
  selected(): { id: string; label: string; type: string | null } | null;
  /** Places and themes to offer as filters (what the drawing holds). */
  options(): ScopeOptions;
}

export interface PeersPanel {
  /** The panel was opened: take the selected initiative if none is chosen, and ask. */
  opened(): void;
  /** The panel was closed: its highlight goes. */
  closed(): void;
}

/** One peer: its name, level, score bar and reasons, each with its evidence. */
function renderPeer(peer: Peer, top: number, select: (id: string) => void): HTMLElement {
  return h(
    'li',
    { class: 'peer', 'data-peer': peer.initiative.id },
    h('div', { class: 'peer-head' }, nodeButton({ ...peer.initiative, type: 'Initiative' }, select), h('span', { class: 'meta' }, ` · ${humanise(peer.initiative.level)}`)),
    scoreBar(peer.score, top, 'score'),
    h(
      'ul',
      { class: 'reasons' },
      ...peer.reasons.map((reason) =>
        h(
          'li',
          { 'data-kind': reason.kind },
          reason.text,
          // The evidence (a theme, a partner, a learning) is one click away, unless it is the peer itself.
          reason.evidence.id === peer.initiative.id ? null : h('span', { class: 'meta' }, ' · ', nodeButton({ ...reason.evidence, type: reason.evidence.__typename ?? '' }, select)),
        ),
      ),
    ),
  );
}

/** The ranked list, or in plain words that there is none. */
function renderPeers(result: HTMLElement, peers: readonly Peer[], select: (id: string) => void): void {
  if (!peers.length) {
    replaceChildren(result, h('p', {}, 'No peers within these filters. Remove a filter to see more.'));
    return;
  }
  const top = peers[0].score;
  replaceChildren(
    result,
    h('h3', { id: 'peers-list-title' }, `${peers.length} peer${peers.length === 1 ? '' : 's'}, closest first`),
    h('ol', { class: 'ranked', id: 'peers-list', 'aria-labelledby': 'peers-list-title' }, ...peers.map((peer) => renderPeer(peer, top, select))),
  );
}

/** What went wrong, in plain words. */
function failureText(error: unknown, id: string): string {
  if (error instanceof ApiError && error.code === 'NOT_FOUND') return `There is no initiative "${id}": choose one with the search box.`;
  if (error instanceof ApiError && error.code === 'BAD_USER_INPUT') return `The filters were not accepted: ${error.message}`;
  return `The peers could not be loaded (${(error as Error).message}). Try again in a moment.`;
}

/** The panel's title and what it does. */
const INTRODUCTION = () => [
  h('h2', {}, 'Peers: who could this initiative learn from?'),
  h('p', { class: 'meta' }, 'Initiatives that share themes, challenges, partners or funders with it, closest first. Each reason links to what it rests on.'),
];

/** Builds the panel into `deps.container`. */
export function createPeersPanel(deps: PeersPanelDeps): PeersPanel {
  const result = h('div', { id: 'peers-result', 'aria-live': 'polite' });
  let lastHighlight: OverlayInput | null = null;
  let abort: AbortController | null = null;
  const picker = createNodePicker({ id: 'peers-initiative', title: 'Initiative', selected: () => initiativeSelected(), onChange: (id) => (id ? void find() : showEmpty()) });
  const scope = createScopeFields('peers', deps.options);
  const findButton = h('button', { type: 'button', class: 'primary', id: 'find-peers', onclick: () => void find() }, 'Find peers');

  replaceChildren(deps.container, ...INTRODUCTION(), picker.element, scope.element, h('div', { class: 'row' }, findButton), result);

  function initiativeSelected() {
    const node = deps.selected();
    return node && node.type === 'Initiative' ? node : null;
  }

  function showEmpty(): void {
    deps.highlight.clear();
    lastHighlight = null;
    replaceChildren(result, h('p', { class: 'meta' }, 'Choose an initiative (search it, or select one on the graph) to see its peers.'));
  }

  async function find(): Promise<void> {
    const id = picker.value();
    if (!id) return showEmpty();
    abort?.abort();
    abort = new AbortController();
    replaceChildren(result, h('p', { class: 'meta' }, 'Looking for peers…'));
    try {
      const data = await deps.request(ExplorerPeersDocument, { initiativeId: id, first: PEERS, filter: scope.value() as InitiativeScopeFilter }, abort.signal);
      lastHighlight = { nodes: [id, ...data.peers.map((p) => p.initiative.id)] };
      deps.highlight.show(lastHighlight);
      renderPeers(result, data.peers, deps.select);
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      deps.highlight.clear();
      replaceChildren(result, h('p', { class: 'error', role: 'alert' }, failureText(error, id)));
    }
  }

  scope.onChange(() => void find());
  showEmpty();
  return {
    opened() {
      const node = initiativeSelected();
      if (!picker.value() && node) picker.set(node.id, node.label);
      else if (lastHighlight) deps.highlight.show(lastHighlight);
    },
    closed() {
      abort?.abort();
      deps.highlight.clear();
    },
  };
}

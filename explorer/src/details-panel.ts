/**
 * The details panel: the focused node's fields, its sources as links, its relationships grouped
 * by type (each one a button that moves the focus), and for an initiative its peers with the
 * reasons, each with its evidence as a button (details-render.ts), for an organisation its
 * contracting by role (details-contracting.ts). Actions: expand (1–3 hops),
 * use as a path end, close (Escape does it too). A view of the store: after each redraw it shows
 * the view's focus, fetching its details once per focus.
 */
import { ApiError, request } from './api.js';
import type { Controller } from './controller.js';
import { h, replaceChildren } from './dom.js';
import { contractingSection, fetchContracting } from './details-contracting.js';
import type { Details } from './details-fields.js';
import { detailsContent, peersSection, type DetailsContext } from './details-render.js';
import { ExplorerDetailsDocument } from './generated/graphql.js';
import { EMPTY_FILTERS, type ViewStore } from './view-state.js';

interface DetailsPanel extends DetailsContext {
  panel: HTMLElement;
  /** The node shown (or being fetched), and the fetch to abort when the focus moves on. */
  shown: string | null;
  abort: AbortController | null;
}

async function show(p: DetailsPanel, id: string | null): Promise<void> {
  const { panel, controller } = p;
  p.shown = id;
  p.abort?.abort();
  if (!id) {
    panel.hidden = true;
    replaceChildren(panel);
    return;
  }
  panel.hidden = false;
  replaceChildren(panel, h('p', { class: 'meta' }, `Loading ${controller.label(id)}…`));
  const abort = (p.abort = new AbortController());
  try {
    const type = controller.nodeType(id);
    // Peers are the API's most expensive read: the record shows first, its peers when they come.
    // Not aborted when the focus moves on (the server finishes the work anyway): an answer for
    // a node no longer shown is dropped (showPeers), and a failure only takes the placeholder away.
    const withPeers = type === 'Initiative' ? request(ExplorerDetailsDocument, { id, withPeers: true }).catch(() => null) : null;
    const [data, contracting] = await Promise.all([
      request(ExplorerDetailsDocument, { id, withPeers: false }, abort.signal),
      // An organisation's part in contracting processes, in the same moment as its details.
      type === 'Organisation' ? fetchContracting(id, abort.signal) : null,
    ]);
    if (p.shown === id) replaceChildren(panel, ...detailsContent(p, id, data, [contractingSection(p, contracting)]));
    void withPeers?.then((answer) => showPeers(p, id, answer));
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    replaceChildren(panel, h('p', { role: 'alert' }, error instanceof ApiError ? error.message : 'The details could not be loaded.'));
  }
}

/** Puts the peers where the panel of `id` waits for them (nothing when it has none). */
function showPeers(p: DetailsPanel, id: string, data: Details | null): void {
  const placeholder = p.panel.querySelector('#peers-loading');
  if (p.shown !== id || !placeholder) return;
  const section = data && peersSection(p, data);
  if (section) placeholder.replaceWith(section);
  else placeholder.remove();
}

/** A focus the filters hide: say so, and offer to show it (the drawing is not greyed out for it). */
function hiddenNotice({ store, controller }: DetailsPanel, id: string): HTMLElement {
  return h(
    'div',
    { class: 'notice', id: 'hidden-notice', role: 'status' },
    h('p', {}, `${controller.label(id)} is hidden by the current filters.`),
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'button', class: 'primary', id: 'show-hidden', onclick: () => store.updateFilters({ shown: [...store.get().filters.shown, id] }) }, 'Show it anyway'),
      h('button', { type: 'button', id: 'clear-filters-for-hidden', onclick: () => store.update({ filters: EMPTY_FILTERS }) }, 'Clear the filters'),
    ),
  );
}

function syncNotice(p: DetailsPanel): void {
  const focus = p.store.get().focus;
  const current = p.panel.querySelector('#hidden-notice');
  const wanted = focus && p.controller.exposed.focusHidden;
  if (!wanted) return current?.remove();
  if (current) return;
  const header = p.panel.querySelector('header');
  if (header) header.after(hiddenNotice(p, focus));
}

/** Shows the view's focus in `panel` after every redraw; `show` shows a node now. */
export function createDetailsPanel(panel: HTMLElement, store: ViewStore, controller: Controller): { show(id: string | null): Promise<void> } {
  const p: DetailsPanel = { panel, store, controller, shown: null, abort: null };
  // After each redraw (which follows every view change and the first load, so a shared link's focus opens too).
  controller.onRedraw(() => {
    const focus = store.get().focus;
    if (focus !== p.shown) void show(p, focus).then(() => syncNotice(p));
    else syncNotice(p);
  });
  return { show: (id) => show(p, id) };
}

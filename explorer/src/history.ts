/**
 * The view in the browser's history. Every view change rewrites the address (a shared link is
 * always the current view), and the changes a person makes on purpose, choosing a node, a path or
 * an expansion, add a history entry, so Back returns to the previous selection instead of leaving
 * the explorer. Back and Forward put the entry's view back in the store.
 */
import type { Controller } from './controller.js';
import { fromSearch, toSearch } from './url-state.js';
import type { ViewState, ViewStore } from './view-state.js';

/** True when going from `previous` to `view` is a step of its own in the history. */
export function isHistoryStep(view: ViewState, previous: ViewState): boolean {
  return view.focus !== previous.focus || view.pathFrom !== previous.pathFrom || view.pathTo !== previous.pathTo || view.expanded !== previous.expanded;
}

/** Keeps the address and the history in step with `store`; call once, after the store exists. */
export function attachHistory(store: ViewStore, controller: Controller): void {
  let restoring = false;
  store.subscribe((view, previous) => {
    const search = toSearch(view);
    if (restoring || search === window.location.search) return;
    const address = `${window.location.pathname}${search}${window.location.hash}`;
    if (isHistoryStep(view, previous)) window.history.pushState(null, '', address);
    else window.history.replaceState(null, '', address);
  });
  window.addEventListener('popstate', () => {
    // `embed` stays as the page came: an iframe never turns into the full explorer.
    const next = { ...fromSearch(window.location.search), embed: store.get().embed };
    restoring = true;
    try {
      store.update(next);
    } finally {
      restoring = false;
    }
    // A node the drawing does not hold yet (an expansion's) is fetched and framed.
    if (next.focus) void controller.focus(next.focus);
  });
}

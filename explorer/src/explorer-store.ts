/**
 * The explorer's one store, with its state explicit in three parts:
 * - `view`: what a shared link reproduces (focus, selection of path ends and expansions, filters,
 *   colouring, open panel; view-state.ts), which history.ts keeps in the address;
 * - `session`: what is loaded (the network's bounds, each expansion's nodes, the path answer);
 * - `exposed`: what is on show after the last redraw (counts, highlight, errors), which views
 *   render and tests read (`window.__loci.state`).
 * Views subscribe and are notified after every redraw; they change the view through actions.
 */
import type { ExposedState, Session } from './controller.types.js';
import type { ViewStore } from './view-state.js';

export interface ExplorerStore {
  view: ViewStore;
  session: Session;
  exposed: ExposedState;
  /** `listener` runs after every redraw, in subscription order (panels render from the store). */
  subscribe(listener: () => void): void;
  /** Tells every subscriber that the drawing (and `exposed`) changed. */
  notify(): void;
}

function initialExposed(view: ViewStore): ExposedState {
  return {
    ready: false,
    layoutRunning: false,
    layoutIterations: 0,
    view: view.get(),
    highlightedNodes: [],
    highlightedEdges: [],
    path: null,
    hiddenNodes: 0,
    hiddenEdges: 0,
    shownNodes: 0,
    visible: null,
    focusHidden: false,
    placedLabels: null,
    drawnEdges: 0,
    truncated: false,
    betweennessExact: true,
    error: null,
    processesHiddenByDefault: 0,
  };
}

/** Creates the page's one store around its view. */
export function createExplorerStore(view: ViewStore): ExplorerStore {
  const listeners: (() => void)[] = [];
  return {
    view,
    session: { expansions: new Map(), path: null, network: { truncated: false, cappedNodes: [], cap: null, betweenness: null }, processes: { loaded: 0, hiddenByDefault: false, decided: false } },
    exposed: initialExposed(view),
    subscribe: (listener) => void listeners.push(listener),
    notify: () => {
      for (const listener of listeners) listener();
    },
  };
}

/**
 * The view: everything a shared link reproduces (focus, filters, colouring, sizing, path ends,
 * expanded nodes, open panel). One store holds it; panels read it and ask for changes, and
 * subscribers (URL, graph appearance, panels) react. Plain data, so it encodes to the URL.
 */
import type { InitiativeLevel, NodeType, Sector } from './vocabulary.js';

export type ColourBy = 'type' | 'community';
export type SizeBy = 'degree' | 'betweenness';
export type Depth = 1 | 2 | 3;
// 'peers' and 'ask': issue 20's panels (issue20-panels.ts).
export type PanelName = 'filters' | 'path' | 'dashboard' | 'peers' | 'ask';

export interface Filters {
  /** Node types shown; an empty list means every type. */
  types: NodeType[];
  /** Scope to these themes: nodes ABOUT them, the themes, and (with `neighbours`) their direct neighbours. */
  themes: string[];
  /** Scope to these places (countries, regions): nodes LOCATED_IN them or inside, and neighbours. */
  places: string[];
  /** Initiatives of these levels only. */
  levels: InitiativeLevel[];
  /** Organisations and people of these sectors only. */
  sectors: Sector[];
  /** Theme and place filters also show the direct neighbours of what they pick (drawn muted). */
  neighbours: boolean;
  /** Relationships valid at some time in [yearFrom, yearTo] (since/until), nodes dated then or undated; null = open. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Nodes shown whatever the other filters say: a hidden node a person chose to see. */
  shown: string[];
  /** Only what these imported datasets brought (ids); an empty list means every record. */
  datasets: string[];
}

/** A node whose neighbourhood was added to the drawing, and how far out. */
export interface Expansion {
  id: string;
  depth: Depth;
}

export interface ViewState {
  focus: string | null;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  filters: Filters;
  expanded: Expansion[];
  /** Depth used by the next "Expand". */
  depth: Depth;
  pathFrom: string | null;
  pathTo: string | null;
  /**
   * Most nodes the first network holds (the best connected), or null for as many as the server
   * allows (its own cap, MAX_NETWORK_NODES): keeps very large graphs drawable.
   */
  limit: number | null;
  /** Draw synthetic records too (`npm run seed:synthetic`: load tests and demos of large networks). */
  synthetic: boolean;
  panel: PanelName;
  /** `?embed=1`: a bare view for iframes. */
  embed: boolean;
  /** `?dev=1`: developers' controls too (synthetic records); partners never see them. */
  dev: boolean;
  /** `?view=dashboard`: the dashboard alone, for a partner's own site (embeddable). */
  view: 'explorer' | 'dashboard';
}

/** The largest `limit` a link may ask for; the server answers with at most its own cap anyway. */
export const MAX_LIMIT = 100_000;

export const EMPTY_FILTERS: Filters = { types: [], themes: [], places: [], levels: [], sectors: [], neighbours: true, yearFrom: null, yearTo: null, shown: [], datasets: [] };

export const DEFAULT_VIEW: ViewState = {
  focus: null,
  colourBy: 'type',
  sizeBy: 'degree',
  filters: EMPTY_FILTERS,
  expanded: [],
  depth: 1,
  pathFrom: null,
  pathTo: null,
  limit: null,
  synthetic: false,
  panel: 'filters',
  embed: false,
  dev: false,
  view: 'explorer',
};

/** True when any filter is set. */
export function hasFilters(filters: Filters): boolean {
  return (
    filters.types.length > 0 ||
    filters.themes.length > 0 ||
    filters.places.length > 0 ||
    filters.levels.length > 0 ||
    filters.sectors.length > 0 ||
    filters.datasets.length > 0 ||
    filters.yearFrom !== null ||
    filters.yearTo !== null
  );
}

export type Listener = (state: ViewState, previous: ViewState) => void;

/** Holds the view; `update` merges a change and tells every subscriber, in subscription order. */
export interface ViewStore {
  get(): ViewState;
  update(change: Partial<ViewState>): void;
  updateFilters(change: Partial<Filters>): void;
  subscribe(listener: Listener): void;
}

/** Creates the one store of the page. */
export function createViewStore(initial: ViewState): ViewStore {
  let state = initial;
  const listeners: Listener[] = [];
  const store: ViewStore = {
    get: () => state,
    update(change) {
      const previous = state;
      state = { ...state, ...change };
      for (const listener of listeners) listener(state, previous);
    },
    updateFilters(change) {
      store.update({ filters: { ...state.filters, ...change } });
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
  return store;
}

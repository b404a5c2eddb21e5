/**
 * The view in the address bar: `toSearch` writes it as a short query string (defaults left
 * out), `fromSearch` reads it back, ignoring what it does not understand, so any shared link
 * opens. Example: `?focus=hivos&color=community&types=Organisation,Initiative&from=2018&path=daniel-dietrich,ilda&expand=hivos:2`;
 * `synthetic=1` draws the synthetic records too; `dev=1` shows developers' controls.
 */
import { DEFAULT_VIEW, MAX_LIMIT, type Depth, type Expansion, type PanelName, type ViewState } from './view-state.js';
import { INITIATIVE_LEVELS, SECTORS, isNodeType, type InitiativeLevel, type NodeType, type Sector } from './vocabulary.js';

const list = (value: string | null): string[] => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : []);
const year = (value: string | null): number | null => (value && /^\d{4}$/.test(value) ? Number(value) : null);
const toDepth = (value: string | undefined): Depth => (value === '2' ? 2 : value === '3' ? 3 : 1);

/** Reads a view from a query string; unknown or malformed values fall back to the defaults. */
export function fromSearch(search: string): ViewState {
  const p = new URLSearchParams(search);
  const expanded: Expansion[] = list(p.get('expand')).map((item) => {
    const [id, depth] = item.split(':');
    return { id, depth: toDepth(depth) };
  });
  // "path=a,b", "path=a," or "path=,b": either end may be chosen alone.
  const [pathFrom, pathTo] = (p.get('path') ?? '').split(',').map((v) => v.trim() || null);
  const limit = Number(p.get('limit'));
  const panel = p.get('panel');
  return {
    focus: p.get('focus') || null,
    colourBy: p.get('color') === 'community' ? 'community' : 'type',
    sizeBy: p.get('size') === 'betweenness' ? 'betweenness' : 'degree',
    filters: {
      types: list(p.get('types')).filter(isNodeType) as NodeType[],
      themes: list(p.get('themes')),
      places: list(p.get('places')),
      levels: list(p.get('levels')).filter((v): v is InitiativeLevel => (INITIATIVE_LEVELS as readonly string[]).includes(v)),
      sectors: list(p.get('sectors')).filter((v): v is Sector => (SECTORS as readonly string[]).includes(v)),
      neighbours: p.get('neighbours') !== '0',
      yearFrom: year(p.get('from')),
      yearTo: year(p.get('to')),
      shown: list(p.get('show')),
      datasets: list(p.get('datasets')),
    },
    expanded,
    depth: toDepth(p.get('depth') ?? undefined),
    pathFrom: pathFrom ?? null,
    pathTo: pathTo ?? null,
    limit: Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT ? limit : DEFAULT_VIEW.limit,
    synthetic: p.get('synthetic') === '1' || p.get('synthetic') === 'true',
    panel: panel === 'path' || panel === 'dashboard' || panel === 'peers' || panel === 'ask' ? (panel as PanelName) : 'filters',
    embed: p.get('embed') === '1' || p.get('embed') === 'true',
    dev: p.get('dev') === '1' || p.get('dev') === 'true',
    view: p.get('view') === 'dashboard' ? 'dashboard' : 'explorer',
  };
}

/** Writes a view as a query string (with its leading "?", or "" for the default view). */
export function toSearch(view: ViewState): string {
  const p = new URLSearchParams();
  const set = (key: string, value: string | number | null | undefined | false) => {
    if (value !== null && value !== undefined && value !== false && value !== '') p.set(key, String(value));
  };
  const f = view.filters;
  set('focus', view.focus);
  set('color', view.colourBy !== DEFAULT_VIEW.colourBy && view.colourBy);
  set('size', view.sizeBy !== DEFAULT_VIEW.sizeBy && view.sizeBy);
  set('types', f.types.join(','));
  set('themes', f.themes.join(','));
  set('places', f.places.join(','));
  set('levels', f.levels.join(','));
  set('sectors', f.sectors.join(','));
  set('from', f.yearFrom);
  set('to', f.yearTo);
  set('neighbours', !f.neighbours && '0');
  set('show', f.shown.join(','));
  set('datasets', f.datasets.join(','));
  set('expand', view.expanded.map((e) => `${e.id}:${e.depth}`).join(','));
  set('depth', view.depth !== 1 && view.depth);
  if (view.pathFrom || view.pathTo) set('path', `${view.pathFrom ?? ''},${view.pathTo ?? ''}`);
  set('limit', view.limit);
  set('synthetic', view.synthetic && '1');
  set('panel', view.panel !== DEFAULT_VIEW.panel && view.panel);
  set('embed', view.embed && '1');
  set('dev', view.dev && '1');
  set('view', view.view !== DEFAULT_VIEW.view && view.view);
  const text = p.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return text ? `?${text}` : '';
}

/**
 * The map layout (issue 20), beside the force layout: a "Layout" switch in the top bar. On the
 * map, places with coordinates sit at their projected point over the country outlines, other
 * nodes beside their place (geo/map-positions.ts), and nodes with no place in a band on the
 * right, counted on the status line. Back on "force", every node returns where the force layout
 * had put it. Nodes added while the map shows (an expansion, a path) are placed on it too.
 */
import type { request as apiRequest } from './api.js';
import { h } from './dom.js';
import { ExplorerMapPlacesDocument, type ExplorerMapPlacesQuery } from './generated/graphql.js';
import type { LociGraph } from './graph-model.js';
import type { LayoutRunner } from './layout.js';
import type { LociRenderer } from './renderer.js';
import { computeMapPositions, type PlaceRecord } from './geo/map-positions.js';
import { createOutlineLayer } from './geo/outline-layer.js';
import { loadCountryOutlines, type Ring } from './geo/outlines.js';
import { createProjection, project, worldExtent } from './geo/projection.js';

export interface MapLayoutDeps {
  graph: LociGraph;
  renderer: LociRenderer;
  layout: LayoutRunner;
  request: typeof apiRequest;
  /** Where the switch goes (the top bar's view controls). */
  controls: HTMLElement;
  /** Where the map's counts go (the status line). */
  status: HTMLElement;
  /** Frames the whole drawing. */
  fitView(): void;
  /** Places the labels again (the nodes moved). */
  placeLabels(): void;
  /** Says something went wrong, in plain words. */
  fail(message: string): void;
}

/** What tests read from `window.__loci.map`. */
export interface MapState {
  on: boolean;
  onCoordinates: number;
  nearPlace: number;
  inBand: number;
  /** Country outlines drawn in the last frame. */
  outlines: number;
}

/** Every place with its coordinates and parent, a page of 100 at a time. */
async function fetchPlaces(request: typeof apiRequest): Promise<PlaceRecord[]> {
  const places: PlaceRecord[] = [];
  let after: string | null = null;
  do {
    const data: ExplorerMapPlacesQuery = await request(ExplorerMapPlacesDocument, { after });
    for (const { node } of data.places.edges) places.push({ id: node.id, latitude: node.latitude ?? null, longitude: node.longitude ?? null, parentId: node.parent?.id ?? null });
    after = data.places.pageInfo.hasNextPage ? (data.places.pageInfo.endCursor ?? null) : null;
  } while (after);
  return places;
}

/** Sets x and y of the nodes in `positions`: one update for the renderer. */
function moveNodes(graph: LociGraph, positions: Map<string, { x: number; y: number }>): void {
  graph.updateEachNodeAttributes(
    (node, a) => {
      const at = positions.get(node);
      if (at) Object.assign(a, { x: at.x, y: at.y });
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}

/** Creates the switch and the layout behind it. */
export function createMapLayout(deps: MapLayoutDeps): { state: MapState } {
  const { graph, renderer, layout } = deps;
  const state: MapState = { on: false, onCoordinates: 0, nearPlace: 0, inBand: 0, outlines: 0 };
  const projection = createProjection();
  const outlines = createOutlineLayer(renderer);
  const counts = h('span', { id: 'status-map' });
  deps.status.append(' ', counts);
  let data: Promise<{ places: PlaceRecord[]; rings: Ring[] }> | null = null;
  /** Where the force layout had each node, to go back to. */
  let forcePositions = new Map<string, { x: number; y: number }>();
  let replace: ReturnType<typeof setTimeout> | undefined;

  async function place(): Promise<void> {
    data ??= Promise.all([fetchPlaces(deps.request), loadCountryOutlines(projection)]).then(([places, rings]) => ({ places, rings }));
    const { places, rings } = await data;
    if (!state.on) return;
    layout.stop();
    graph.forEachNode((node, a) => forcePositions.has(node) || forcePositions.set(node, { x: a.x, y: a.y }));
    const map = computeMapPositions(graph, places, (lon, lat) => project(projection, lon, lat), worldExtent(projection));
    moveNodes(graph, map.positions);
    renderer.setCustomBBox({ x: [map.extent.minX, map.extent.maxX], y: [map.extent.minY, map.extent.maxY] });
    outlines.show(rings);
    deps.placeLabels();
    Object.assign(state, { onCoordinates: map.onCoordinates, nearPlace: map.nearPlace, inBand: map.inBand, outlines: outlines.drawnRings() });
    counts.textContent = `Map: ${map.onCoordinates} places at their coordinates, ${map.nearPlace} nodes beside their place, ${map.inBand} with no place in the band on the right.`;
  }

  function backToForce(): void {
    renderer.setCustomBBox(null);
    outlines.show(null);
    counts.textContent = '';
    const added = graph.filterNodes((node) => !forcePositions.has(node));
    moveNodes(graph, forcePositions);
    deps.placeLabels();
    const pinned = new Set(forcePositions.keys());
    forcePositions = new Map();
    state.outlines = 0;
    // Nodes that came while the map showed have no force position yet: lay them out around the rest.
    if (added.length) void layout.run({ pin: pinned });
  }

  const select = h('select', { id: 'layout-mode' }, h('option', { value: 'force' }, 'force'), h('option', { value: 'map' }, 'map'));
  select.addEventListener('change', () => {
    state.on = select.value === 'map';
    const shown = state.on ? place() : Promise.resolve(backToForce());
    void shown.then(() => deps.fitView()).catch((error: Error) => deps.fail(`The map could not be drawn: ${error.message}`));
  });
  deps.controls.append(h('label', {}, 'Layout ', select));
  // New nodes on the map (the controller starts a force run for them): placed once the change settles.
  graph.on('nodeAdded', () => {
    if (!state.on) return;
    clearTimeout(replace);
    replace = setTimeout(() => void place(), 0);
  });
  return { state };
}

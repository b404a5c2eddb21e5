/**
 * Where each node sits on the map. Pure: the graph, the places' coordinates and a projection in;
 * positions and counts out.
 * - A place with coordinates: at its projected point.
 * - A place without (a country, a world region): at the middle of its parts that have one
 *   (Mexico between Mexico City and Jalisco), else beside the place it is part of.
 * - Any other node: beside the place it is LOCATED_IN (or PART_OF), on a small spiral around it
 *   so neighbours do not pile up.
 * - The rest (people, themes, learnings... with no place of their own): a band of rows right of
 *   the map, so the map stays readable and nothing is hidden.
 */
import type { LociGraph } from '../graph-model.js';
import type { Extent, Point } from './projection.js';

export interface PlaceRecord {
  id: string;
  latitude: number | null;
  longitude: number | null;
  parentId: string | null;
}

export interface MapPositions {
  positions: Map<string, Point>;
  /** Places at their own coordinates. */
  onCoordinates: number;
  /** Nodes placed through a place (their own, a part or a parent). */
  nearPlace: number;
  /** Nodes with no place, in the side band. */
  inBand: number;
  /** The band's and the map's extent together (the camera frames it). */
  extent: Extent;
}

/** Relationships that tie a node to where it is. */
const PLACING = new Set(['LOCATED_IN', 'PART_OF']);
/** The spiral's step around a place, in graph units (the world is 1,000 wide). */
const SPIRAL_STEP = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** The band: rows this far apart, this many nodes a row. */
const BAND_GAP = 26;
const BAND_COLUMNS = 10;
/** Room right of the band for its labels (graph units). */
const LABEL_ROOM = 160;

/** The k-th point of a sunflower spiral around `centre` (k from 1: the centre is the place's own). */
export function spiral(centre: Point, k: number): Point {
  const radius = SPIRAL_STEP * Math.sqrt(k);
  return { x: centre.x + radius * Math.cos(k * GOLDEN_ANGLE), y: centre.y + radius * Math.sin(k * GOLDEN_ANGLE) };
}

/** Every place's point: its own, else its parts' middle, else its parent's (a few levels deep). */
export function placePoints(places: readonly PlaceRecord[], project: (lon: number, lat: number) => Point | null): { points: Map<string, Point>; own: Set<string> } {
  const points = new Map<string, Point>();
  for (const p of places) {
    const at = p.latitude !== null && p.longitude !== null ? project(p.longitude, p.latitude) : null;
    if (at) points.set(p.id, at);
  }
  const own = new Set(points.keys());
  // City → region → country → world region: four rounds reach the top from the bottom.
  for (let round = 0; round < 4; round++) {
    const sums = new Map<string, { x: number; y: number; n: number }>();
    for (const p of places) {
      const at = points.get(p.id);
      if (!at || !p.parentId || points.has(p.parentId)) continue;
      const sum = sums.get(p.parentId) ?? { x: 0, y: 0, n: 0 };
      sums.set(p.parentId, { x: sum.x + at.x, y: sum.y + at.y, n: sum.n + 1 });
    }
    for (const [id, s] of sums) points.set(id, { x: s.x / s.n, y: s.y / s.n });
  }
  for (let round = 0; round < 4; round++) {
    for (const p of places) if (!points.has(p.id) && p.parentId && points.has(p.parentId)) points.set(p.id, points.get(p.parentId)!);
  }
  return { points, own };
}

/** The place a node is tied to with a known point: itself when it is one, else a LOCATED_IN/PART_OF neighbour. */
function anchorOf(graph: LociGraph, node: string, points: Map<string, Point>): string | null {
  if (points.has(node)) return node;
  let anchor: string | null = null;
  graph.forEachOutEdge(node, (_edge, attributes, _source, target) => {
    if (!anchor && PLACING.has(attributes.relType) && points.has(target)) anchor = target;
  });
  return anchor;
}

/** Positions for every node of `graph` on the map whose extent is `world`. */
export function computeMapPositions(graph: LociGraph, places: readonly PlaceRecord[], project: (lon: number, lat: number) => Point | null, world: Extent): MapPositions {
  const { points, own } = placePoints(places, project);
  const positions = new Map<string, Point>();
  const crowd = new Map<string, number>();
  const band: string[] = [];
  let nearPlace = 0;
  graph.forEachNode((node) => {
    const anchor = anchorOf(graph, node, points);
    if (!anchor) return void band.push(node);
    if (node === anchor && own.has(node)) return void positions.set(node, points.get(node)!);
    const k = (crowd.get(anchor) ?? 0) + 1;
    crowd.set(anchor, k);
    positions.set(node, spiral(points.get(anchor)!, k));
    nearPlace++;
  });
  const left = world.maxX + BAND_GAP * 2;
  band.sort((a, b) => graph.getNodeAttribute(a, 'nodeType').localeCompare(graph.getNodeAttribute(b, 'nodeType')) || a.localeCompare(b));
  band.forEach((node, i) => positions.set(node, { x: left + (i % BAND_COLUMNS) * BAND_GAP, y: world.maxY - Math.floor(i / BAND_COLUMNS) * BAND_GAP }));
  const rows = Math.ceil(band.length / BAND_COLUMNS);
  const extent = { ...world, maxX: band.length ? left + BAND_COLUMNS * BAND_GAP + LABEL_ROOM : world.maxX, minY: Math.min(world.minY, world.maxY - rows * BAND_GAP) };
  return { positions, onCoordinates: [...positions.keys()].filter((id) => own.has(id)).length, nearPlace, inBand: band.length, extent };
}

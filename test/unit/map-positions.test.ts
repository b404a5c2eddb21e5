import { describe, expect, it } from 'vitest';
import { computeMapPositions, placePoints, type PlaceRecord } from '../../explorer/src/geo/map-positions.js';
import { createProjection, project, worldExtent } from '../../explorer/src/geo/projection.js';
import { createGraph, mergeSubgraph, type ApiEdge, type ApiNode } from '../../explorer/src/graph-model.js';

// Where the map layout puts each node (explorer/src/geo/map-positions.ts), on a small LOCI-like
// graph: cities with coordinates, a country and a region without, an organisation located in
// the country, a person with no place.

const node = (id: string, type: string): ApiNode => ({ id, type, label: id, degree: null, betweenness: null, community: null, node: { __typename: type } }) as ApiNode;
let edges = 0;
const edge = (source: string, type: string, target: string): ApiEdge => ({ id: `e${edges++}`, type, source, target, role: null, since: null, until: null }) as ApiEdge;

const places: PlaceRecord[] = [
  { id: 'kampala', latitude: 0.31667, longitude: 32.58333, parentId: 'uganda' },
  { id: 'mexico-city', latitude: 19.433, longitude: -99.133, parentId: 'mexico' },
  { id: 'guadalajara', latitude: 20.67667, longitude: -103.34667, parentId: 'mexico' },
  { id: 'mexico', latitude: null, longitude: null, parentId: 'latin-america' },
  { id: 'latin-america', latitude: null, longitude: null, parentId: null },
  { id: 'uganda', latitude: null, longitude: null, parentId: 'africa' },
  { id: 'africa', latitude: null, longitude: null, parentId: null },
  { id: 'lalitpur', latitude: null, longitude: null, parentId: 'nepal' },
  { id: 'nepal', latitude: null, longitude: null, parentId: null },
];

function sample() {
  const graph = createGraph();
  mergeSubgraph(
    graph,
    ['kampala', 'mexico-city', 'guadalajara', 'mexico', 'uganda', 'lalitpur', 'nepal'].map((id) => node(id, 'Place')).concat([node('ocp-mx', 'Organisation'), node('someone', 'Actor')]),
    [edge('ocp-mx', 'LOCATED_IN', 'mexico'), edge('mexico-city', 'PART_OF', 'mexico'), edge('someone', 'WORKS_AT', 'ocp-mx')],
  );
  return graph;
}

describe('the map layout', () => {
  const projection = createProjection();
  const at = (lon: number, lat: number) => project(projection, lon, lat)!;

  it('puts a place with coordinates at its projected point, east and north as on a map', () => {
    const map = computeMapPositions(sample(), places, at, worldExtent(projection));
    const kampala = map.positions.get('kampala')!;
    expect(kampala).toEqual(at(32.58333, 0.31667));
    // Kampala lies east of Mexico City and south of it: larger x, smaller y (y points up).
    expect(kampala.x).toBeGreaterThan(map.positions.get('mexico-city')!.x);
    expect(kampala.y).toBeLessThan(map.positions.get('mexico-city')!.y);
  });

  it('puts a place without coordinates at the middle of its parts, else beside its parent', () => {
    const { points } = placePoints(places, at);
    const [city, other] = [at(-99.133, 19.433), at(-103.34667, 20.67667)];
    expect(points.get('mexico')).toEqual({ x: (city.x + other.x) / 2, y: (city.y + other.y) / 2 });
    expect(points.get('latin-america')).toEqual(points.get('mexico'));
    expect(points.get('uganda')).toEqual(at(32.58333, 0.31667));
    expect(points.has('lalitpur')).toBe(false);
  });

  it('puts a node beside the place it is located in, and a node without a place in the band right of the map', () => {
    const world = worldExtent(projection);
    const map = computeMapPositions(sample(), places, at, world);
    const mexico = placePoints(places, at).points.get('mexico')!;
    const org = map.positions.get('ocp-mx')!;
    expect(Math.hypot(org.x - mexico.x, org.y - mexico.y)).toBeLessThan(30);
    expect(map.positions.get('someone')!.x).toBeGreaterThan(world.maxX);
    // Lalitpur and Nepal have no coordinates, no parts with any: in the band too.
    expect(map.inBand).toBe(3);
    expect(map.onCoordinates).toBe(3);
    expect(map.extent.maxX).toBeGreaterThan(world.maxX);
  });
});

/**
 * Where a longitude and latitude sit in the drawing: the Natural Earth projection (d3-geo: a
 * compromise that keeps the continents' shapes recognisable), scaled so the world is about
 * WORLD_WIDTH graph units wide, its y flipped because sigma's y axis points up.
 */
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';

/** The world's width in graph units (the force layout's drawings are a few hundred wide). */
export const WORLD_WIDTH = 1_000;

export interface Point {
  x: number;
  y: number;
}

export interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The one projection, centred on 0,0; its screen y points down (d3), the drawing's up. */
export function createProjection(): GeoProjection {
  // Natural Earth 1 at scale 1 is about 5.44 wide.
  return geoNaturalEarth1().scale(WORLD_WIDTH / 5.44).translate([0, 0]);
}

/** Projects a longitude/latitude (decimal degrees) to the drawing's coordinates. */
export function project(projection: GeoProjection, longitude: number, latitude: number): Point | null {
  const at = projection([longitude, latitude]);
  return at ? { x: at[0], y: -at[1] } : null;
}

/** The whole sphere's extent in the drawing's coordinates. */
export function worldExtent(projection: GeoProjection): Extent {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
  return { minX: x0, maxX: x1, minY: -y1, maxY: -y0 };
}

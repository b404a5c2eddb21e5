/**
 * Country outlines from Natural Earth (the `world-atlas` package's 1:110m TopoJSON, bundled as
 * its own chunk and loaded the first time the map is shown: no request leaves the app's origin),
 * projected once into the drawing's coordinates as rings of points. d3-geo's path clips and
 * resamples along the projection (a country across the antimeridian does not streak the map);
 * a small recording context collects what it draws.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A closed outline: x0, y0, x1, y1… in the drawing's coordinates (y up). */
export type Ring = Float64Array;

/** Records d3-geo's path commands as rings (d3's y flipped to the drawing's). */
function createRecorder() {
  const rings: Ring[] = [];
  let current: number[] = [];
  const close = () => {
    if (current.length >= 6) rings.push(Float64Array.from(current));
    current = [];
  };
  return {
    rings,
    context: {
      moveTo(x: number, y: number) {
        close();
        current.push(x, -y);
      },
      lineTo(x: number, y: number) {
        current.push(x, -y);
      },
      closePath: close,
      beginPath() {},
      arc() {},
      done: close,
    },
  };
}

/** Loads the countries and returns their outlines, projected with `projection`. */
export async function loadCountryOutlines(projection: GeoProjection): Promise<Ring[]> {
  const atlas = (await import('world-atlas/countries-110m.json')).default as unknown as Topology<{ countries: GeometryCollection }>;
  const countries = feature(atlas, atlas.objects.countries);
  const recorder = createRecorder();
  geoPath(projection, recorder.context)(countries);
  recorder.context.done();
  return recorder.rings;
}

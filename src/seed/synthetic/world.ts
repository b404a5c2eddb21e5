import type { Random } from './random.js';
import type { BatchBuilder } from './batch.js';
import { THEME_CLUSTERS, WORLD_REGIONS } from './vocabulary.js';

/**
 * The synthetic world the initiatives live in: places (world regions -> countries -> regions ->
 * cities) and clustered themes. Large pools hold indices, not records, so a run of 50,000
 * initiatives keeps only small arrays of numbers in memory.
 */

export interface WorldRegion {
  id: string;
  name: string;
  languages: readonly string[];
  countries: number[];
  /** Events of regional scope held in this world region. */
  events: number[];
  network?: string;
}

export interface Country {
  id: string;
  name: string;
  worldRegion: number;
  globalSouth: boolean;
  /** The theme clusters this country's initiatives lean on (themes cluster by place). */
  clusters: number[];
  regions: number[];
  cities: number[];
  /** The national government body that makes national commitments. */
  agency: string;
  nationalOrgs: string[];
  events: number[];
  network?: string;
  actors: number[];
  commitments: number[];
}

export interface Region {
  id: string;
  name: string;
  country: number;
}

export interface City {
  id: string;
  name: string;
  country: number;
  region: number;
  /** The city government: it makes the city's commitments. */
  government: string;
  orgs: string[];
}

export interface Theme {
  id: string;
  name: string;
  cluster: number;
}

export interface World {
  worldRegions: WorldRegion[];
  countries: Country[];
  regions: Region[];
  cities: City[];
  themes: Theme[];
  /** Theme indices per cluster. */
  clusterThemes: number[][];
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** How many countries a network of `initiatives` spans: about one per 60 initiatives, 3 to 195. */
export function countryCount(initiatives: number): number {
  return clamp(Math.round(initiatives / 60), 3, 195);
}

/** Builds the places and themes, writing their nodes and PART_OF relationships to `out`. */
export function buildWorld(rand: Random, out: BatchBuilder, initiatives: number): World {
  const world: World = { worldRegions: [], countries: [], regions: [], cities: [], themes: [], clusterThemes: [] };
  buildThemes(world, out);
  for (const [i, spec] of WORLD_REGIONS.entries()) {
    const id = out.node('Place', { id: `syn-place-w${i + 1}`, name: `Synthetic ${spec.name}`, kind: 'WORLD_REGION' });
    world.worldRegions.push({ id, name: `Synthetic ${spec.name}`, languages: spec.languages, countries: [], events: [] });
  }
  const countries = countryCount(initiatives);
  // About four initiatives per city: enough to share places, few enough to keep cities many.
  const citiesWanted = Math.max(countries, Math.round(initiatives / 4));
  const regionsPerCountry = 4;
  const citiesPerRegion = Math.max(1, citiesWanted / (countries * regionsPerCountry));
  for (let c = 0; c < countries; c++) {
    // The first countries go one per world region, so every region is represented even when small.
    const wr = c < WORLD_REGIONS.length ? c : rand.weighted(WORLD_REGIONS.map((r) => r.weight));
    addCountry(rand, world, out, wr, regionsPerCountry, citiesPerRegion);
  }
  return world;
}

function buildThemes(world: World, out: BatchBuilder): void {
  for (const [c, cluster] of THEME_CLUSTERS.entries()) {
    world.clusterThemes.push([]);
    for (const name of cluster.themes) {
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const id = out.node('Theme', { id: `syn-theme-${slug}`, name: `Synthetic ${name}`, description: `Synthetic theme in the cluster "${cluster.name}".` });
      world.clusterThemes[c].push(world.themes.length);
      world.themes.push({ id, name, cluster: c });
    }
  }
}

function addCountry(rand: Random, world: World, out: BatchBuilder, wr: number, regionsAvg: number, citiesAvg: number): void {
  const index = world.countries.length;
  const n = index + 1;
  const spec = WORLD_REGIONS[wr];
  const globalSouth = spec.globalSouth ?? rand.chance(0.6);
  const id = out.node('Place', { id: `syn-place-c${n}`, name: `Synthetic Country ${n}`, kind: 'COUNTRY', globalSouth });
  out.rel('PART_OF', id, world.worldRegions[wr].id);
  world.worldRegions[wr].countries.push(index);
  // Each world region favours one cluster (wr mod clusters); each country adds one of its own.
  const clusters = [rand.chance(0.6) ? wr % THEME_CLUSTERS.length : rand.int(0, THEME_CLUSTERS.length - 1), rand.int(0, THEME_CLUSTERS.length - 1)];
  const country: Country = {
    id, name: `Synthetic Country ${n}`, worldRegion: wr, globalSouth, clusters: [...new Set(clusters)],
    regions: [], cities: [], agency: '', nationalOrgs: [], events: [], actors: [], commitments: [],
  };
  world.countries.push(country);
  const regions = rand.int(Math.max(1, regionsAvg - 2), regionsAvg + 2);
  for (let r = 0; r < regions; r++) {
    const rIndex = world.regions.length;
    const regionId = out.node('Place', { id: `syn-place-r${rIndex + 1}`, name: `Synthetic Region ${rIndex + 1}`, kind: rand.chance(0.8) ? 'REGION' : 'COUNTY' });
    out.rel('PART_OF', regionId, id);
    world.regions.push({ id: regionId, name: `Synthetic Region ${rIndex + 1}`, country: index });
    country.regions.push(rIndex);
    const cities = Math.max(1, Math.round(citiesAvg * (0.5 + rand.float())));
    for (let k = 0; k < cities; k++) {
      const cIndex = world.cities.length;
      const cityName = `Synthetic City ${cIndex + 1}`;
      const cityId = out.node('Place', { id: `syn-place-t${cIndex + 1}`, name: cityName, kind: rand.chance(0.85) ? 'CITY' : 'MUNICIPALITY' });
      out.rel('PART_OF', cityId, regionId);
      world.cities.push({ id: cityId, name: cityName, country: index, region: rIndex, government: '', orgs: [] });
      country.cities.push(cIndex);
    }
  }
}

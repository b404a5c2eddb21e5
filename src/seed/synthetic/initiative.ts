import { INITIATIVE_LEVELS, type InitiativeStatus } from '../../model/index.js';
import type { GeneratorContext, InitiativeFrame } from './context.js';
import { pickCivicOrg, pickHub } from './organisations.js';
import { INITIATIVE_NOUNS } from './vocabulary.js';
import { addActors, addApplied, addCommitments, addLearnings } from './contributions.js';

export type { InitiativeFrame } from './context.js';


const LEVEL_WEIGHTS = [75, 13, 8, 3, 1]; // mostly LOCAL, in INITIATIVE_LEVELS order
const STATUSES: readonly InitiativeStatus[] = ['ACTIVE', 'COMPLETED', 'PLANNED', 'DISCONTINUED', 'UNKNOWN'];
const STATUS_WEIGHTS = [55, 20, 5, 12, 8];

/**
 * Adds the next initiative with everything around it: place, themes, networks, coordinator and
 * partners, champions (new and existing people), learnings it made, learnings it applied and
 * commitments it advances.
 */
export function addInitiative(ctx: GeneratorContext): void {
  const frame = frameInitiative(ctx);
  writeInitiative(ctx, frame);
  joinNetworks(ctx, frame);
  addPartners(ctx, frame);
  const champions = addActors(ctx, frame);
  // Applied before its own learnings enter the pool: an initiative applies what others learned.
  addApplied(ctx, frame);
  addLearnings(ctx, frame, champions);
  addCommitments(ctx, frame);
}

function frameInitiative(ctx: GeneratorContext): InitiativeFrame {
  const { rand, world } = ctx;
  const n = ++ctx.growth.initiatives;
  const level = INITIATIVE_LEVELS[rand.weighted(LEVEL_WEIGHTS)];
  const country = rand.skewedIndex(world.countries.length);
  const c = world.countries[country];
  const city = c.cities[rand.skewedIndex(c.cities.length)];
  const placeName = {
    LOCAL: world.cities[city].name,
    SUBNATIONAL: world.regions[world.cities[city].region].name,
    NATIONAL: c.name,
    REGIONAL: world.worldRegions[c.worldRegion].name,
    GLOBAL: 'Synthetic global',
  }[level];
  // Themes cluster by place: most initiatives draw from their country's clusters.
  const primaryCluster = rand.chance(0.75) ? rand.pick(c.clusters) : rand.int(0, world.clusterThemes.length - 1);
  const themes = new Set<number>();
  for (let k = rand.int(2, 4); k > 0; k--) {
    const cluster = rand.chance(0.8) ? primaryCluster : rand.int(0, world.clusterThemes.length - 1);
    themes.add(rand.pick(world.clusterThemes[cluster]));
  }
  const themeList = [...themes];
  const title = `${placeName} ${world.themes[themeList[0]].name} ${rand.pick(INITIATIVE_NOUNS)}`;
  const coordinator =
    level === 'LOCAL' || level === 'SUBNATIONAL'
      ? rand.chance(0.5) ? world.cities[city].government : pickCivicOrg(rand, world, city)
      : level === 'NATIONAL' ? rand.pick([c.agency, ...c.nationalOrgs]) : pickHub(rand, ctx.orgs);
  return { id: `syn-initiative-${n}`, title, level, country, city, placeName, themes: themeList, primaryCluster, startYear: rand.int(2012, 2024), coordinator };
}

function writeInitiative(ctx: GeneratorContext, f: InitiativeFrame): void {
  const { rand, world, out } = ctx;
  const status = STATUSES[rand.weighted(STATUS_WEIGHTS)];
  const ended = status === 'COMPLETED' || status === 'DISCONTINUED';
  out.node('Initiative', {
    id: f.id,
    title: f.title,
    level: f.level,
    status,
    startDate: rand.partialDate(f.startYear),
    ...(ended ? { endDate: String(rand.year(f.startYear + 1)) } : {}),
    summary: `Synthetic ${f.level.toLowerCase()} open contracting initiative on ${f.themes.map((t) => world.themes[t].name).join(', ')}.`,
  });
  const c = world.countries[f.country];
  const place = {
    LOCAL: world.cities[f.city].id,
    SUBNATIONAL: world.regions[world.cities[f.city].region].id,
    NATIONAL: c.id,
    REGIONAL: world.worldRegions[c.worldRegion].id,
    GLOBAL: undefined,
  }[f.level];
  if (place) out.rel('LOCATED_IN', f.id, place);
  for (const t of f.themes) out.rel('ABOUT', f.id, world.themes[t].id);
  out.rel('COORDINATES', f.coordinator, f.id, { since: rand.partialDate(f.startYear) });
}

/** One to three networks: the country's, the world region's, the global one. */
function joinNetworks(ctx: GeneratorContext, f: InitiativeFrame): void {
  const { rand, world, networks, out } = ctx;
  const c = world.countries[f.country];
  const wr = world.worldRegions[c.worldRegion];
  const joined = new Set<string>();
  if (c.network && rand.chance(0.7)) joined.add(c.network);
  if (wr.network && rand.chance(0.5)) joined.add(wr.network);
  if (rand.chance(0.35) || joined.size === 0) joined.add(networks.global);
  for (const network of joined) {
    const from = Math.max(f.startYear, networks.startYear.get(network)!);
    out.rel('MEMBER_OF', f.id, network, { since: rand.partialDate(rand.year(from, from + 4)) });
  }
}

/** The city government implements; hubs fund and support (by Zipf rank); local groups partner. */
function addPartners(ctx: GeneratorContext, f: InitiativeFrame): void {
  const { rand, world, out } = ctx;
  const partners = new Map<string, 'PARTNER' | 'FUNDER' | 'IMPLEMENTER' | 'TECHNICAL_SUPPORT'>();
  const government = world.cities[f.city].government;
  if ((f.level === 'LOCAL' || f.level === 'SUBNATIONAL') && rand.chance(0.8)) partners.set(government, 'IMPLEMENTER');
  for (let k = rand.int(0, 3); k > 0; k--) partners.set(pickHub(rand, ctx.orgs), rand.pick(['FUNDER', 'TECHNICAL_SUPPORT', 'PARTNER'] as const));
  for (let k = rand.int(0, 2); k > 0; k--) partners.set(pickCivicOrg(rand, world, f.city), rand.pick(['PARTNER', 'IMPLEMENTER'] as const));
  partners.delete(f.coordinator);
  for (const [org, role] of partners) {
    const since = rand.year(f.startYear, f.startYear + 2);
    const until = rand.chance(0.2) ? { until: String(rand.year(since + 1, since + 5)) } : {};
    out.rel('PARTNER_IN', org, f.id, { role, since: rand.partialDate(since), ...(since < 2025 ? until : {}) });
  }
}

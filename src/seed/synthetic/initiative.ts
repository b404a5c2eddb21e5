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

function writeInitiative(ctx: GeneratorContext, frame: InitiativeFrame): void {
  const { rand, world, out } = ctx;
  const status = STATUSES[rand.weighted(STATUS_WEIGHTS)];
  const ended = status === 'COMPLETED' || status === 'DISCONTINUED';
  out.node('Initiative', {
    id: frame.id,
    title: frame.title,
    level: frame.level,
    status,
    startDate: rand.partialDate(frame.startYear),
    ...(ended ? { endDate: String(rand.year(frame.startYear + 1)) } : {}),
    summary: `Synthetic ${frame.level.toLowerCase()} open contracting initiative on ${frame.themes.map((t) => world.themes[t].name).join(', ')}.`,
  });
  const c = world.countries[frame.country];
  const place = {
    LOCAL: world.cities[frame.city].id,
    SUBNATIONAL: world.regions[world.cities[frame.city].region].id,
    NATIONAL: c.id,
    REGIONAL: world.worldRegions[c.worldRegion].id,
    GLOBAL: undefined,
  }[frame.level];
  if (place) out.rel('LOCATED_IN', frame.id, place);
  for (const t of frame.themes) out.rel('ABOUT', frame.id, world.themes[t].id);
  out.rel('COORDINATES', frame.coordinator, frame.id, { since: rand.partialDate(frame.startYear) });
}

/** One to three networks: the country's, the world region's, the global one. */
function joinNetworks(ctx: GeneratorContext, frame: InitiativeFrame): void {
  const { rand, world, networks, out } = ctx;
  const c = world.countries[frame.country];
  const wr = world.worldRegions[c.worldRegion];
  const joined = new Set<string>();
  if (c.network && rand.chance(0.7)) joined.add(c.network);
  if (wr.network && rand.chance(0.5)) joined.add(wr.network);
  if (rand.chance(0.35) || joined.size === 0) joined.add(networks.global);
  for (const network of joined) {
    const from = Math.max(frame.startYear, networks.startYear.get(network)!);
    out.rel('MEMBER_OF', frame.id, network, { since: rand.partialDate(rand.year(from, from + 4)) });
  }
}

/** The city government implements; hubs fund and support (by Zipf rank); local groups partner. */
function addPartners(ctx: GeneratorContext, frame: InitiativeFrame): void {
  const { rand, world, out } = ctx;
  const partners = new Map<string, 'PARTNER' | 'FUNDER' | 'IMPLEMENTER' | 'TECHNICAL_SUPPORT'>();
  const government = world.cities[frame.city].government;
  if ((frame.level === 'LOCAL' || frame.level === 'SUBNATIONAL') && rand.chance(0.8)) partners.set(government, 'IMPLEMENTER');
  for (let k = rand.int(0, 3); k > 0; k--) partners.set(pickHub(rand, ctx.orgs), rand.pick(['FUNDER', 'TECHNICAL_SUPPORT', 'PARTNER'] as const));
  for (let k = rand.int(0, 2); k > 0; k--) partners.set(pickCivicOrg(rand, world, frame.city), rand.pick(['PARTNER', 'IMPLEMENTER'] as const));
  partners.delete(frame.coordinator);
  for (const [org, role] of partners) {
    const since = rand.year(frame.startYear, frame.startYear + 2);
    const until = rand.chance(0.2) ? { until: String(rand.year(since + 1, since + 5)) } : {};
    out.rel('PARTNER_IN', org, frame.id, { role, since: rand.partialDate(since), ...(since < 2025 ? until : {}) });
  }
}

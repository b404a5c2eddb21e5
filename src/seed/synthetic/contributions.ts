import { LEARNING_KINDS, COMMITMENT_AMBITIONS, COMMITMENT_STATUSES, type Sector } from '../../model/index.js';
import type { GeneratorContext, InitiativeFrame } from './context.js';
import { pickEventFor } from './events.js';
import { pickCivicOrg, pickHubIndex } from './organisations.js';
import { ACTOR_TITLES, LEARNING_KIND_WEIGHTS, LEARNING_PHRASES } from './vocabulary.js';

/** Most people attend a few events, a few attend dozens (log-uniform up to this). */
const MAX_EVENTS_PER_PERSON = 120;
/** Learnings an initiative applies from others: heavy-tailed up to this. */
const MAX_APPLIED = 60;

/**
 * One to four new people who champion the initiative, work at one or two organisations and
 * attend events; sometimes a person from the same country who already champions another
 * initiative joins. Returns the new people's ids.
 */
export function addActors(ctx: GeneratorContext, frame: InitiativeFrame): string[] {
  const { rand, world, out, growth } = ctx;
  const country = world.countries[frame.country];
  const ids: string[] = [];
  if (country.actors.length > 0 && rand.chance(0.5)) {
    out.rel('CHAMPIONS', `syn-actor-${rand.pick(country.actors)}`, frame.id, { role: 'adviser', since: rand.partialDate(rand.year(frame.startYear)) });
  }
  for (let k = rand.int(1, 4); k > 0; k--) {
    const n = ++growth.actors;
    const [employer, sector] = pickEmployer(ctx, frame);
    const title = rand.pick(ACTOR_TITLES);
    const id = out.node('Actor', { id: `syn-actor-${n}`, name: `Synthetic Person ${n}`, title, sector, public: true });
    ids.push(id);
    country.actors.push(n);
    const joined = rand.year(2005, frame.startYear);
    out.rel('WORKS_AT', id, employer, { role: title, since: rand.partialDate(joined) });
    if (rand.chance(0.35) && joined > 2005) {
      // An earlier job that ended: a dated relationship with both ends.
      const [before] = pickEmployer(ctx, frame);
      const start = rand.year(1995, joined - 1);
      if (before !== employer) out.rel('WORKS_AT', id, before, { role: rand.pick(ACTOR_TITLES), since: String(start), until: String(rand.year(start + 1, joined)) });
    }
    out.rel('CHAMPIONS', id, frame.id, { role: ids.length === 1 ? 'lead' : 'champion', since: rand.partialDate(frame.startYear) });
    const attended = new Set<number>();
    for (let e = rand.heavyCount(MAX_EVENTS_PER_PERSON); e > 0; e--) {
      const event = pickEventFor(rand, world, ctx.events, frame.country);
      if (event !== undefined) attended.add(event);
    }
    for (const event of attended) out.rel('ATTENDED', id, ctx.events.ids[event], rand.chance(0.1) ? { role: 'speaker' } : undefined);
  }
  return ids;
}

function pickEmployer(ctx: GeneratorContext, frame: InitiativeFrame): [string, Sector] {
  const { rand, world } = ctx;
  const city = world.cities[frame.city];
  switch (rand.weighted([40, 25, 15, 20])) {
    case 0:
      return [pickCivicOrg(rand, world, frame.city), 'CIVIL_SOCIETY'];
    case 1:
      return [city.government, 'GOVERNMENT'];
    case 2:
      return [world.countries[frame.country].agency, 'GOVERNMENT'];
    default: {
      const hub = pickHubIndex(rand, ctx.orgs);
      return [ctx.orgs.hubs[hub], ctx.orgs.hubSectors[hub]];
    }
  }
}

/** Learnings of other initiatives this one used, drawn mostly from its theme cluster. */
export function addApplied(ctx: GeneratorContext, frame: InitiativeFrame): void {
  const { rand, out, growth } = ctx;
  const applied = new Set<number>();
  for (let k = rand.heavyCount(MAX_APPLIED); k > 0; k--) {
    const cluster = rand.chance(0.8) ? frame.primaryCluster : rand.int(0, growth.appliedUrn.length - 1);
    const urn = growth.appliedUrn[cluster];
    if (urn.length === 0) continue;
    const learning = urn[rand.int(0, urn.length - 1)];
    if (applied.has(learning)) continue;
    applied.add(learning);
    urn.push(learning);
    const from = Math.max(frame.startYear, growth.learningYears[learning - 1]);
    out.rel('APPLIED', frame.id, `syn-learning-${learning}`, { since: rand.partialDate(rand.year(from, from + 3)) });
  }
}

/** Two to eight learnings of mixed kinds (failures too), written down by its people, some shown at events. */
export function addLearnings(ctx: GeneratorContext, frame: InitiativeFrame, champions: string[]): void {
  const { rand, world, out, growth } = ctx;
  const kindWeights = LEARNING_KINDS.map((k) => LEARNING_KIND_WEIGHTS[k]);
  const languages = world.worldRegions[world.countries[frame.country].worldRegion].languages;
  for (let k = rand.int(2, 8); k > 0; k--) {
    const n = ++growth.learnings;
    const kind = LEARNING_KINDS[rand.weighted(kindWeights)];
    const theme = world.themes[rand.pick(frame.themes)];
    const year = rand.year(frame.startYear, frame.startYear + 6);
    const id = out.node('Learning', {
      id: `syn-learning-${n}`,
      title: `${frame.placeName} ${theme.name}: ${rand.pick(LEARNING_PHRASES[kind])}`,
      kind,
      summary: `Synthetic ${kind.toLowerCase()} from ${frame.title}.`,
      date: rand.partialDate(year),
      language: rand.chance(0.7) ? languages[0] : rand.pick(languages),
    });
    growth.learningYears.push(year);
    growth.appliedUrn[theme.cluster].push(n);
    out.rel('LEARNED', frame.id, id);
    out.rel('ABOUT', id, theme.id);
    if (rand.chance(0.6)) {
      const other = world.themes[rand.pick(world.clusterThemes[theme.cluster])];
      if (other.id !== theme.id) out.rel('ABOUT', id, other.id);
    }
    const authors = new Set<string>();
    if (rand.chance(0.85)) authors.add(rand.pick(champions));
    if (rand.chance(0.45)) authors.add(frame.coordinator);
    for (const author of authors) out.rel('AUTHORED', author, id);
    const shown = new Set<number>();
    for (let e = rand.weighted([50, 35, 15]); e > 0; e--) {
      const event = pickEventFor(rand, world, ctx.events, frame.country);
      if (event !== undefined) shown.add(event);
    }
    for (const event of shown) out.rel('PRESENTED_AT', id, ctx.events.ids[event]);
  }
}

/**
 * Zero to three pledges in OGP action plans, made by the city government (local levels) or the
 * national agency; the initiative advances them, sometimes also an earlier pledge of its country.
 */
export function addCommitments(ctx: GeneratorContext, frame: InitiativeFrame): void {
  const { rand, world, out, growth } = ctx;
  const country = world.countries[frame.country];
  if (country.commitments.length > 0 && rand.chance(0.3)) out.rel('ADVANCES', frame.id, `syn-commitment-${rand.pick(country.commitments)}`);
  const local = frame.level === 'LOCAL' || frame.level === 'SUBNATIONAL';
  const maker = local ? world.cities[frame.city].government : country.agency;
  const planPlace = local ? world.cities[frame.city].name : country.name;
  for (let k = rand.weighted([20, 40, 25, 15]); k > 0; k--) {
    const n = ++growth.commitments;
    const year = rand.year(Math.max(2016, frame.startYear));
    const theme = world.themes[rand.pick(frame.themes)];
    const id = out.node('Commitment', {
      id: `syn-commitment-${n}`,
      title: `${planPlace}: open contracting for ${theme.name}`,
      actionPlan: `${planPlace} OGP ${local ? 'Local' : 'national'} action plan ${year}-${year + 2}`,
      reference: `SYN${String(n).padStart(5, '0')}`,
      status: rand.pick(COMMITMENT_STATUSES),
      ambition: rand.pick(COMMITMENT_AMBITIONS),
      startDate: rand.partialDate(year),
      ...(year + 2 <= 2025 ? { endDate: String(year + 2) } : {}),
    });
    country.commitments.push(n);
    out.rel('MADE', maker, id);
    out.rel('ADVANCES', frame.id, id);
    out.rel('ABOUT', id, theme.id);
    if (rand.chance(0.5)) {
      const other = world.themes[rand.pick(frame.themes)];
      if (other.id !== theme.id) out.rel('ABOUT', id, other.id);
    }
  }
}

import type { Random } from './random.js';
import type { BatchBuilder } from './batch.js';
import type { World } from './world.js';
import { pickHub, type Organisations } from './organisations.js';

/**
 * Network initiatives, the LOCI-like mechanisms local initiatives join: one global network, one
 * per world region and one per third country. They take the first initiative ids.
 */
export interface Networks {
  global: string;
  /** How many initiatives the networks used up (the next initiative is number count + 1). */
  count: number;
  /** Start year of each network, so MEMBER_OF never starts before the network does. */
  startYear: Map<string, number>;
}

/**
 * Builds the network initiatives (at most a fifth of `initiatives`) with their coordinator,
 * partners, themes, place and MEMBER_OF the global network; sets each region's and country's network.
 */
export function buildNetworks(rand: Random, world: World, orgs: Organisations, out: BatchBuilder, initiatives: number): Networks {
  const networks: Networks = { global: '', count: 0, startYear: new Map() };
  // Networks are a small share of the initiatives, even in a small run.
  const budget = Math.max(1, Math.floor(initiatives / 5));
  const add = (title: string, level: 'GLOBAL' | 'REGIONAL' | 'NATIONAL', coordinator: string, place?: string): string => {
    networks.count += 1;
    const year = rand.int(2012, 2019);
    const id = out.node('Initiative', {
      id: `syn-initiative-${networks.count}`,
      title,
      level,
      status: 'ACTIVE',
      startDate: rand.partialDate(year),
      summary: `Synthetic ${level.toLowerCase()} linking and learning network of local open contracting initiatives.`,
    });
    networks.startYear.set(id, year);
    out.rel('COORDINATES', coordinator, id, { since: String(year) });
    const partners = new Set<string>();
    for (let k = rand.int(2, 5); k > 0; k--) partners.add(pickHub(rand, orgs));
    partners.delete(coordinator);
    for (const p of partners) out.rel('PARTNER_IN', p, id, { role: rand.pick(['PARTNER', 'FUNDER', 'TECHNICAL_SUPPORT'] as const), since: rand.partialDate(rand.year(year)) });
    const cluster = world.clusterThemes[rand.int(0, world.clusterThemes.length - 1)];
    for (const t of new Set([rand.pick(cluster), rand.pick(cluster)])) out.rel('ABOUT', id, world.themes[t].id);
    if (place) out.rel('LOCATED_IN', id, place);
    if (networks.global && id !== networks.global) out.rel('MEMBER_OF', id, networks.global, { since: String(rand.year(Math.max(year, networks.startYear.get(networks.global)!))) });
    return id;
  };

  networks.global = add('Synthetic Global Local Open Contracting Network', 'GLOBAL', orgs.hubs[0]);
  for (const wr of world.worldRegions) {
    if (wr.countries.length === 0 || networks.count >= budget) continue;
    wr.network = add(`${wr.name} Open Contracting Network`, 'REGIONAL', pickHub(rand, orgs), wr.id);
  }
  for (const [c, country] of world.countries.entries()) {
    if (c % 3 !== 0 || networks.count >= budget) continue;
    country.network = add(`${country.name} Local Open Contracting Network`, 'NATIONAL', rand.pick(country.nationalOrgs), country.id);
  }
  return networks;
}

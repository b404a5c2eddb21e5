import type { OrganisationKind, Sector } from '../../model/index.js';
import type { Random } from './random.js';
import type { BatchBuilder } from './batch.js';
import type { World } from './world.js';
import { HUB_KINDS, LOCAL_ORG_KINDS } from './vocabulary.js';

/**
 * Organisations: a few global hubs (networks, funders, banks) that everyone partners with, a
 * national procurement agency and a few national NGOs per country, and per city its government
 * plus a long tail of small local organisations. Degrees come out heavy-tailed because hubs are
 * drawn by Zipf rank wherever an organisation is chosen.
 */
export interface Organisations {
  /** Hub ids, most popular first: draw with `rand.zipfIndex(hubs.length)`. */
  hubs: string[];
  /** The sector of each hub, by position in `hubs`. */
  hubSectors: Sector[];
}

/** How many global hubs a network of `initiatives` has: 8, plus one per 500 initiatives. */
export function hubCount(initiatives: number): number {
  return 8 + Math.round(initiatives / 500);
}

/** Builds every organisation with its LOCATED_IN (headquarters); fills in each country's and city's organisations. */
export function buildOrganisations(rand: Random, world: World, out: BatchBuilder, initiatives: number): Organisations {
  let n = 0;
  const org = (name: string, kind: OrganisationKind, sector: Sector, place: string, acronym?: string): string => {
    n += 1;
    const id = out.node('Organisation', {
      id: `syn-org-${n}`,
      name,
      kind,
      sector,
      ...(acronym ? { acronym } : {}),
      description: `Synthetic organisation for scale tests (${kind.toLowerCase()}).`,
    });
    out.rel('LOCATED_IN', id, place);
    return id;
  };

  const hubs: string[] = [];
  const hubSectors: Sector[] = [];
  for (let h = 0; h < hubCount(initiatives); h++) {
    const spec = HUB_KINDS[h % HUB_KINDS.length];
    hubSectors.push(spec.sector);
    const city = world.cities[rand.int(0, world.cities.length - 1)];
    hubs.push(org(`Synthetic ${spec.noun} ${h + 1}`, spec.kind, spec.sector, city.id, `SYN${h + 1}`));
  }
  for (const country of world.countries) {
    const capital = world.cities[country.cities[0]];
    country.agency = org(`${country.name} Public Procurement Agency`, 'GOVERNMENT', 'GOVERNMENT', country.id);
    const national = rand.int(1, 3);
    for (let k = 0; k < national; k++) {
      const label = k === 0 ? 'Open Contracting Coalition' : k === 1 ? 'Transparency Chapter' : 'Institute of Public Policy';
      country.nationalOrgs.push(org(`${country.name} ${label}`, k === 2 ? 'UNIVERSITY' : 'NGO', k === 2 ? 'ACADEMIC' : 'CIVIL_SOCIETY', capital.id));
    }
  }
  for (const city of world.cities) {
    city.government = org(`${city.name} City Council`, 'GOVERNMENT', 'GOVERNMENT', city.id);
    // Most cities have one or two local organisations; a few have many (a long tail).
    const locals = rand.weighted([30, 30, 20, 12, 5, 3]);
    for (let k = 0; k < locals; k++) {
      const spec = LOCAL_ORG_KINDS[rand.weighted(LOCAL_ORG_KINDS.map((s) => s.weight))];
      city.orgs.push(org(`${city.name} ${spec.noun}${k > 0 ? ` ${k + 1}` : ''}`, spec.kind, spec.sector, city.id));
    }
  }
  return { hubs, hubSectors };
}

/** A hub drawn by Zipf rank: hub 0 is chosen most, the last hub least. */
export function pickHub(rand: Random, orgs: Organisations): string {
  return orgs.hubs[pickHubIndex(rand, orgs)];
}

/** The position in `orgs.hubs` of a hub drawn as pickHub draws it. */
export function pickHubIndex(rand: Random, orgs: Organisations): number {
  return rand.zipfIndex(orgs.hubs.length);
}

/** A local or national organisation of a city's country (never a government body). */
export function pickCivicOrg(rand: Random, world: World, cityIndex: number): string {
  const city = world.cities[cityIndex];
  const country = world.countries[city.country];
  if (city.orgs.length > 0 && rand.chance(0.7)) return rand.pick(city.orgs);
  return rand.pick(country.nationalOrgs);
}

import type { EventKind } from '../../model/index.js';
import type { Random } from './random.js';
import type { BatchBuilder } from './batch.js';
import type { World } from './world.js';
import { pickCivicOrg, pickHub, type Organisations } from './organisations.js';

/**
 * Events in three pools: global (summits, conferences, webinars), per world region (regional
 * workshops and trainings) and per country (local workshops, trainings, meetings). People attend
 * mostly their country's events; within a pool, popularity follows Zipf rank.
 */
export interface Events {
  ids: string[];
  years: number[];
  global: number[];
}

/** About four events per ten initiatives, at least five. */
export function eventCount(initiatives: number): number {
  return Math.max(5, Math.round(initiatives * 0.4));
}

/** Builds the events with LOCATED_IN (not webinars), ORGANISED and organisations' ATTENDED; fills the pools. */
export function buildEvents(rand: Random, world: World, orgs: Organisations, out: BatchBuilder, initiatives: number): Events {
  const events: Events = { ids: [], years: [], global: [] };
  for (let e = 0; e < eventCount(initiatives); e++) {
    const year = rand.int(2015, 2025);
    const scope = rand.weighted([5, 15, 15, 65]);
    const theme = world.themes[rand.int(0, world.themes.length - 1)].name;
    const index = events.ids.length;
    const event = (name: string, kind: EventKind, place?: string, days = 0): string => {
      const startDate = rand.partialDate(year, 'day');
      const endDate = days > 0 ? `${startDate.slice(0, 8)}${String(Number(startDate.slice(8)) + days).padStart(2, '0')}` : undefined;
      const id = out.node('Event', { id: `syn-event-${index + 1}`, name, kind, startDate, ...(endDate ? { endDate } : {}) });
      if (place) out.rel('LOCATED_IN', id, place);
      events.ids.push(id);
      events.years.push(year);
      return id;
    };
    const attendees = new Set<string>();
    const organisers = new Set<string>();
    if (scope === 0) {
      const city = world.cities[rand.int(0, world.cities.length - 1)];
      event(`Synthetic global summit on ${theme} ${year}`, rand.chance(0.5) ? 'SUMMIT' : 'CONFERENCE', city.id, rand.int(1, 2));
      organisers.add(pickHub(rand, orgs)).add(pickHub(rand, orgs));
      for (let k = rand.heavyCount(40); k > 0; k--) attendees.add(rand.chance(0.5) ? pickHub(rand, orgs) : rand.pick(world.countries[rand.int(0, world.countries.length - 1)].nationalOrgs));
      events.global.push(index);
    } else if (scope === 1) {
      event(`Synthetic webinar: ${theme} (${year})`, 'WEBINAR');
      organisers.add(pickHub(rand, orgs));
      for (let k = rand.int(0, 2); k > 0; k--) attendees.add(pickHub(rand, orgs));
      events.global.push(index);
    } else if (scope === 2) {
      const country = world.countries[rand.int(0, world.countries.length - 1)];
      const wr = world.worldRegions[country.worldRegion];
      const kind = rand.chance(0.5) ? 'WORKSHOP' : 'TRAINING';
      event(`${wr.name} regional ${kind.toLowerCase()} on ${theme} ${year}`, kind, world.cities[country.cities[0]].id, rand.int(0, 2));
      organisers.add(pickHub(rand, orgs)).add(rand.chance(0.5) ? country.agency : rand.pick(country.nationalOrgs));
      for (let k = rand.int(2, 10); k > 0; k--) attendees.add(rand.pick(world.countries[rand.pick(wr.countries)].nationalOrgs));
      wr.events.push(index);
    } else {
      const country = world.countries[rand.skewedIndex(world.countries.length)];
      const cityIndex = country.cities[rand.skewedIndex(country.cities.length)];
      const city = world.cities[cityIndex];
      const kind = rand.pick(['WORKSHOP', 'TRAINING', 'MEETING'] as const);
      event(`${city.name} ${theme} ${kind.toLowerCase()} ${year}`, kind, city.id);
      organisers.add(rand.chance(0.5) ? city.government : pickCivicOrg(rand, world, cityIndex));
      if (rand.chance(0.3)) organisers.add(rand.pick(country.nationalOrgs));
      for (let k = rand.int(1, 4); k > 0; k--) attendees.add(pickCivicOrg(rand, world, cityIndex));
      country.events.push(index);
    }
    const id = events.ids[index];
    for (const org of organisers) out.rel('ORGANISED', org, id);
    for (const org of attendees) out.rel('ATTENDED', org, id);
  }
  return events;
}

/**
 * An event a person from `country` might attend: mostly their country's, sometimes their world
 * region's, sometimes a global one; popular events (low rank) more often. Undefined when
 * no pool has events.
 */
export function pickEventFor(rand: Random, world: World, events: Events, countryIndex: number): number | undefined {
  const country = world.countries[countryIndex];
  const pools = [country.events, world.worldRegions[country.worldRegion].events, events.global];
  const first = rand.weighted([55, 25, 20]);
  for (let i = 0; i < pools.length; i++) {
    const pool = pools[(first + i) % pools.length];
    if (pool.length > 0) return pool[rand.skewedIndex(pool.length)];
  }
  return undefined;
}

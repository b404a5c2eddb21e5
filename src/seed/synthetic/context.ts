import type { InitiativeLevel } from '../../model/index.js';
import type { Random } from './random.js';
import type { BatchBuilder } from './batch.js';
import type { World } from './world.js';
import type { Organisations } from './organisations.js';
import type { Events } from './events.js';
import type { Networks } from './networks.js';

/**
 * What the initiative generator reads (the fixed world) and grows (counters and pools that later
 * initiatives draw from). Pools hold numbers, so memory grows by a few bytes per record.
 */
export interface GeneratorContext {
  rand: Random;
  out: BatchBuilder;
  world: World;
  orgs: Organisations;
  events: Events;
  networks: Networks;
  growth: Growth;
}

export interface Growth {
  initiatives: number;
  actors: number;
  learnings: number;
  commitments: number;
  /** Year of each learning, by learning number - 1 (APPLIED never starts before the learning). */
  learningYears: number[];
  /**
   * Learnings per theme cluster as a preferential-attachment urn: a learning enters once when it
   * is made and once more each time it is applied, so popular learnings get applied more.
   */
  appliedUrn: number[][];
}

/** Empty pools; initiative numbering continues after the `initiativesSoFar` networks. */
export function createGrowth(initiativesSoFar: number, clusters: number): Growth {
  return {
    initiatives: initiativesSoFar,
    actors: 0,
    learnings: 0,
    commitments: 0,
    learningYears: [],
    appliedUrn: Array.from({ length: clusters }, () => []),
  };
}

/** Where an initiative sits and what it is about: what its learnings and commitments inherit. */
export interface InitiativeFrame {
  id: string;
  title: string;
  level: InitiativeLevel;
  country: number;
  city: number;
  /** The name of the place at the initiative's level ("Synthetic City 12", "Synthetic Country 3"). */
  placeName: string;
  themes: number[];
  primaryCluster: number;
  startYear: number;
  coordinator: string;
}

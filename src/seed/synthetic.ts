import type { ValidNode, ValidRelationship } from './validate.js';
import { Random } from './synthetic/random.js';
import { BatchBuilder, type SyntheticBatch } from './synthetic/batch.js';
import { buildWorld } from './synthetic/world.js';
import { buildOrganisations } from './synthetic/organisations.js';
import { buildEvents } from './synthetic/events.js';
import { buildNetworks } from './synthetic/networks.js';
import { createGrowth, type GeneratorContext } from './synthetic/context.js';
import { addInitiative } from './synthetic/initiative.js';

export { SYNTHETIC_ID_PREFIX, SYNTHETIC_SOURCES, type SyntheticBatch } from './synthetic/batch.js';

export const MIN_INITIATIVES = 20;
export const MAX_INITIATIVES = 1_000_000;
export const DEFAULT_SEED = 1;
/** Initiatives per batch: about 50,000 records, small enough to hold, large enough to write fast. */
export const DEFAULT_BATCH_INITIATIVES = 500;

export interface SyntheticOptions {
  /** How many Initiative nodes to make (network initiatives included), MIN_INITIATIVES to MAX_INITIATIVES. */
  initiatives: number;
  /** PRNG seed, a whole number 0 to 2^31 - 1; the same seed (and count) gives the same network. */
  seed?: number;
  /** Initiatives per yielded batch (after the first). */
  batchInitiatives?: number;
}

export interface SyntheticNetwork {
  nodes: ValidNode[];
  relationships: ValidRelationship[];
}

/**
 * Generates a synthetic LOCI network lazily, in batches: first the world (places, themes,
 * organisations, events, network initiatives), then `batchInitiatives` initiatives at a time
 * with their people, learnings and commitments. Each batch refers only to nodes of itself or of
 * earlier batches, so a writer can write batches in order and hold one at a time: memory stays
 * flat however large `initiatives` is.
 *
 * Deterministic: a pure-rand PRNG seeded with `seed`, no clock. Every id starts with `syn-`; every
 * record has `synthetic: true` and `sources: ['synthetic']` (one shared frozen array). Records
 * satisfy the model's schemas and relationship whitelist, with at most one relationship of a
 * type between two nodes. Throws RangeError on bad options.
 */
export function* generateSyntheticBatches(options: SyntheticOptions): Generator<SyntheticBatch> {
  const { initiatives, seed = DEFAULT_SEED, batchInitiatives = DEFAULT_BATCH_INITIATIVES } = options;
  assertWholeNumber('initiatives', initiatives, MIN_INITIATIVES, MAX_INITIATIVES);
  assertWholeNumber('seed', seed, 0, 2 ** 31 - 1);
  assertWholeNumber('batchInitiatives', batchInitiatives, 1, MAX_INITIATIVES);

  const rand = new Random(seed);
  const out = new BatchBuilder();
  const world = buildWorld(rand, out, initiatives);
  const orgs = buildOrganisations(rand, world, out, initiatives);
  const events = buildEvents(rand, world, orgs, out, initiatives);
  const networks = buildNetworks(rand, world, orgs, out, initiatives);
  yield out.take(networks.count);

  const ctx: GeneratorContext = { rand, out, world, orgs, events, networks, growth: createGrowth(networks.count, world.clusterThemes.length) };
  let inBatch = 0;
  while (ctx.growth.initiatives < initiatives) {
    addInitiative(ctx);
    if (++inBatch === batchInitiatives) {
      yield out.take(ctx.growth.initiatives);
      inBatch = 0;
    }
  }
  if (inBatch > 0) yield out.take(ctx.growth.initiatives);
}

/**
 * The whole synthetic network in memory (see generateSyntheticBatches for the guarantees). For
 * tests and small runs: at 10,000 initiatives it holds about a million relationship objects;
 * large imports should stream the batches instead.
 */
export function generateSyntheticNetwork(options: SyntheticOptions): SyntheticNetwork {
  const network: SyntheticNetwork = { nodes: [], relationships: [] };
  for (const batch of generateSyntheticBatches(options)) {
    for (const node of batch.nodes) network.nodes.push(node);
    for (const rel of batch.relationships) network.relationships.push(rel);
  }
  return network;
}

function assertWholeNumber(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { Executor } from './executor.js';
import { migrate } from './migrations.js';
import { Preparation } from './preparation.js';

/**
 * What seeds an empty graph (src/seed/import.ts, handed in by the composition root: the database
 * layer knows nothing of the seed files above it).
 */
export interface Seeder {
  isGraphEmpty(executor: Executor): Promise<boolean>;
  /** Imports the seed folder; its result is logged. */
  importSeeds(executor: Executor): Promise<object>;
}

export interface PrepareOptions {
  /** Seeds an empty graph when seeding is on (config.seedOnStart); without it nothing is seeded. */
  seeder?: Seeder;
  /** Told each step as it starts (`migrating`, `seeding`) and `ready` at the end; `/ready` reads it. */
  preparation?: Preparation;
  /**
   * Import the seed folder even when the graph is not empty (the import merges on ids). For a
   * test that must watch a seed import run against the shared test graph; the server never sets it.
   */
  seedNonEmptyGraph?: boolean;
}

/**
 * Applies pending migrations, then seeds the LOCI data when the graph is empty (and seeding is
 * on); `preparation` follows along and says `ready` only when both are done.
 */
export async function prepareDatabase(driver: Driver, config: Readonly<Config>, logger: Logger, options: PrepareOptions = {}): Promise<void> {
  const { preparation = new Preparation(), seeder } = options;
  const executor = new Executor(driver, config.neo4j.database, 300_000);
  preparation.enter('migrating');
  const applied = await migrate(executor);
  if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
  if (seeder && config.seedOnStart && (options.seedNonEmptyGraph || (await seeder.isGraphEmpty(executor)))) {
    preparation.enter('seeding');
    const result = await seeder.importSeeds(executor);
    logger.info(result, 'database seeded');
  }
  preparation.enter('ready');
}

/**
 * Runs prepareDatabase until it succeeds, retrying every `intervalMs` while the database is
 * unreachable: the API starts (and answers SERVICE_UNAVAILABLE) even when Neo4j is down, and
 * catches up by itself once it is back. Resolves when prepared or when `signal` aborts.
 */
export async function prepareDatabaseWhenReachable(
  driver: Driver,
  config: Readonly<Config>,
  logger: Logger,
  { intervalMs = 5_000, signal, ...options }: PrepareOptions & { intervalMs?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  for (let attempt = 1; !signal?.aborted; attempt++) {
    try {
      await prepareDatabase(driver, config, logger, options);
      return true;
    } catch (error) {
      logger.warn({ err: error, attempt }, 'database not ready; retrying');
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
  return false;
}

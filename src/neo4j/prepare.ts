import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { SEEDS_DIR } from '../paths.js';
import { importSeeds, isGraphEmpty } from '../seed/import.js';
import { Executor } from './executor.js';
import { migrate } from './migrations.js';
import { Preparation } from './preparation.js';

export interface PrepareOptions {
  /** Told each step as it starts (`migrating`, `seeding`) and `ready` at the end; `/ready` reads it. */
  preparation?: Preparation;
  /** The seed folder imported into an empty graph (default `seeds/`). */
  seedsDir?: string;
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
  const { preparation = new Preparation(), seedsDir = SEEDS_DIR } = options;
  const executor = new Executor(driver, config.neo4j.database, 300_000);
  preparation.enter('migrating');
  const applied = await migrate(executor);
  if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
  if (config.seedOnStart && (options.seedNonEmptyGraph || (await isGraphEmpty(executor)))) {
    preparation.enter('seeding');
    const result = await importSeeds(executor, seedsDir);
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

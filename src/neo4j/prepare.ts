import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { SEEDS_DIR } from '../paths.js';
import { importSeeds, isGraphEmpty } from '../seed/import.js';
import { Executor } from './executor.js';
import { migrate } from './migrations.js';

/** Applies pending migrations, then seeds the LOCI data when the graph is empty (and seeding is on). */
export async function prepareDatabase(driver: Driver, config: Readonly<Config>, logger: Logger): Promise<void> {
  const executor = new Executor(driver, config.neo4j.database, 300_000);
  const applied = await migrate(executor);
  if (applied.length > 0) logger.info({ applied }, 'database migrations applied');
  if (config.seedOnStart && (await isGraphEmpty(executor))) {
    const result = await importSeeds(executor, SEEDS_DIR);
    logger.info(result, 'empty database seeded with the LOCI data');
  }
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
  { intervalMs = 5_000, signal }: { intervalMs?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  for (let attempt = 1; !signal?.aborted; attempt++) {
    try {
      await prepareDatabase(driver, config, logger);
      return true;
    } catch (error) {
      logger.warn({ err: error, attempt }, 'database not ready; retrying');
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
  return false;
}

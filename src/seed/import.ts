import type { Executor } from '../neo4j/executor.js';
import { readSeedBundle, type SeedBundle, type SeedProblem } from './bundle.js';
import { createExistingLookup, isGraphEmpty } from './graph-lookup.repository.js';
import { validateBundle, formatProblem } from './validate.js';
import { writeRecords, type WriteProgress } from './write.repository.js';

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(`Seed data has ${problems.length} problem(s); nothing was written:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'SeedValidationError';
  }
}

export interface ImportResult {
  nodes: number;
  relationships: number;
}

/**
 * Validates a whole bundle, then writes it in one transaction: either every record lands or
 * none does (a failure mid-way, even the database going away, leaves the graph as it was).
 * Throws SeedValidationError listing every problem when the bundle is invalid.
 */
export async function importBundle(executor: Executor, bundle: SeedBundle, onProgress?: WriteProgress): Promise<ImportResult> {
  const valid = await validateBundle(bundle, createExistingLookup(executor));
  if (valid.problems.length > 0) throw new SeedValidationError(valid.problems);
  return executor.write((tx) => writeRecords(tx, valid.nodes, valid.relationships, onProgress));
}

/** Reads `target` (a folder or file of seed YAML/JSON) and imports it; see importBundle. */
export async function importSeeds(executor: Executor, target: string, onProgress?: WriteProgress): Promise<ImportResult> {
  return importBundle(executor, await readSeedBundle(target), onProgress);
}

/** The seeder neo4j/prepare.ts runs on an empty graph: the seed folder `seedsDir`. */
export function seederOf(seedsDir: string): { isGraphEmpty: typeof isGraphEmpty; importSeeds: (executor: Executor) => Promise<ImportResult> } {
  return { isGraphEmpty, importSeeds: (executor) => importSeeds(executor, seedsDir) };
}

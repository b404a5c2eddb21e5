import { ENTITY_LABEL, NODE_TYPES, type NodeType } from '../model/index.js';
import type { Executor } from '../neo4j/executor.js';
import { readSeedBundle, type SeedBundle, type SeedProblem } from './bundle.js';
import { validateBundle, formatProblem, type ExistingLookup } from './validate.js';
import { writeRecords, type WriteProgress } from './write.js';

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

/** Looks up which of `ids` exist in the graph, with their node type: one round trip. */
export function createExistingLookup(executor: Executor): ExistingLookup {
  return async (ids) => {
    const rows = await executor.read(
      `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) RETURN n.id AS id, [l IN labels(n) WHERE l IN $types][0] AS type`,
      { ids, types: NODE_TYPES },
    );
    return new Map(rows.map((r) => [r.id as string, r.type as NodeType]));
  };
}

/** True when the graph holds no LOCI node yet (used to seed a fresh database on start). */
export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const rows = await executor.read(`MATCH (n:${ENTITY_LABEL}) RETURN count(n) > 0 AS any LIMIT 1`);
  return rows[0]?.any !== true;
}

/** The seeder neo4j/prepare.ts runs on an empty graph: the seed folder `seedsDir`. */
export function seederOf(seedsDir: string): { isGraphEmpty: typeof isGraphEmpty; importSeeds: (executor: Executor) => Promise<ImportResult> } {
  return { isGraphEmpty, importSeeds: (executor) => importSeeds(executor, seedsDir) };
}

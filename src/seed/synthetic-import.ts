import type { Executor } from '../neo4j/executor.js';
import { generateSyntheticBatches, type SyntheticOptions } from './synthetic.js';
import { countSyntheticNodes, removeSynthetic, writeBatch, type SyntheticCounts } from './synthetic/write.repository.js';

/** Rows per write transaction: large enough to amortise a commit, small enough for a 512 MB Neo4j heap. */
export const DEFAULT_ROWS_PER_TRANSACTION = 10_000;
/** Write transactions in flight at once: two keep a second Neo4j core busy; deadlocks on hubs are retried by the driver. */
export const DEFAULT_CONCURRENCY = 2;

export interface SyntheticProgress {
  initiativesDone: number;
  initiatives: number;
  nodes: number;
  relationships: number;
}

export interface SyntheticImportOptions extends SyntheticOptions {
  /** Rows per write transaction; bounded so a million relationships never share one transaction. */
  rowsPerTransaction?: number;
  /** Write transactions in flight at once; more helps only when Neo4j has idle cores. */
  concurrency?: number;
  onProgress?: (progress: SyntheticProgress) => void;
  /** Aborting stops the import; what was written is then removed, as for any failure. */
  signal?: AbortSignal;
}

export type { SyntheticCounts } from './synthetic/write.repository.js';
export { countSynthetic, countSyntheticNodes, removeSynthetic } from './synthetic/write.repository.js';

/** The graph already holds synthetic nodes: remove them first, so a failed import can clean up exactly its own. */
export class SyntheticDataPresentError extends Error {
  constructor(readonly present: number) {
    super(`The graph already holds ${present} synthetic nodes; remove them first (npm run seed:synthetic -- --remove)`);
    this.name = 'SyntheticDataPresentError';
  }
}

/** An import failed; `cleaned` says whether its partial data was removed (the graph is as before). */
export class SyntheticImportError extends Error {
  constructor(message: string, readonly cleaned: boolean, options: { cause: unknown }) {
    super(message, options);
    this.name = 'SyntheticImportError';
  }
}

/**
 * Generates the synthetic network (see generateSyntheticBatches) and writes it batch by batch:
 * nodes before the relationships that join them, in transactions of at most
 * `rowsPerTransaction` rows. Refuses (SyntheticDataPresentError) when synthetic nodes exist, so
 * that on any failure, abort included, removing every synthetic node restores the graph exactly;
 * it does that and throws SyntheticImportError saying whether the clean-up worked.
 */
export async function importSynthetic(executor: Executor, options: SyntheticImportOptions): Promise<SyntheticCounts> {
  const present = await countSyntheticNodes(executor);
  if (present > 0) throw new SyntheticDataPresentError(present);
  const written: SyntheticCounts = { nodes: 0, relationships: 0 };
  const write = {
    rows: options.rowsPerTransaction ?? DEFAULT_ROWS_PER_TRANSACTION,
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    signal: options.signal,
  };
  try {
    for (const batch of generateSyntheticBatches(options)) {
      options.signal?.throwIfAborted();
      await writeBatch(executor, batch.nodes, batch.relationships, write);
      written.nodes += batch.nodes.length;
      written.relationships += batch.relationships.length;
      options.onProgress?.({ initiativesDone: batch.initiativesDone, initiatives: options.initiatives, ...written });
    }
    return written;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const what = `the synthetic import failed (${reason}) after writing ${written.nodes} nodes and ${written.relationships} relationships in whole batches`;
    try {
      await removeSynthetic(executor);
    } catch (cleanupError) {
      throw new SyntheticImportError(`${what}, and removing them failed too (${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)}); run --remove when the database is back`, false, { cause: error });
    }
    throw new SyntheticImportError(`${what}; every synthetic node was removed, the graph is as before`, true, { cause: error });
  }
}

import os from 'node:os';
import path from 'node:path';
import { slugify } from '../model/index.js';
import type { Executor, WriteTransaction } from '../neo4j/executor.js';
import { readDataset, removeDatasetIn, writeDataset, type RemoveResult } from './dataset.repository.js';
import { writeAuditEntry } from '../graph/audit.repository.js';
import { detectFormat, expandInputs, type Format } from './files.js';
import type { Run } from './graph-state.repository.js';
import type { Ambiguity, Merge } from './match.js';
import { collectOcds, type Collected } from './ocds/collect.js';
import { planOcds } from './ocds/plan-ocds.js';
import type { Counts, ImportPlan } from './plan.js';
import { ImportRefusedError, ImportUsageError, type Problem } from './problems.js';
import { mergeRestore } from './write.repository.js';
import { writePlan } from './write.repository.js';

export interface ImportOptions {
  inputs: string[];
  format?: string;
  /** The dataset's name (its id is the name's slug); by default the file names. */
  dataset?: string;
  initiative?: string;
  place?: string;
  encoding?: string;
  dryRun?: boolean;
  /** Who imports: recorded on the Dataset (default: the OS user). */
  importedBy?: string;
  /** Called after each release or record read (progress). */
  onRead?: () => void;
}

/** What an import did or would do: what `--json` prints. */
export interface ImportReport {
  dataset: { id: string; name: string };
  written: boolean;
  plan: Record<string, Counts>;
  merges: Merge[];
  ambiguous: Ambiguity[];
  warnings: Problem[];
  errors: Problem[];
}

function datasetName(opts: ImportOptions, files: string[]): string {
  if (opts.dataset?.trim()) return opts.dataset.trim();
  return files.map((f) => path.basename(f)).join(', ').slice(0, 200);
}

function report(id: string, name: string, written: boolean, plan: ImportPlan | null, errors: Problem[], warnings: Problem[]): ImportReport {
  return { dataset: { id, name }, written, plan: plan?.counts ?? {}, merges: plan?.merges ?? [], ambiguous: plan?.ambiguities ?? [], warnings: plan?.warnings ?? warnings, errors };
}

const changes = (plan: ImportPlan) => plan.nodes.some((n) => n.kind !== 'unchanged') || plan.relationships.some((r) => r.kind !== 'unchanged');

/**
 * read -> validate -> match -> plan -> write. Reading and validating need no database; a refused
 * input (any error) writes nothing. The plan is made again inside the write transaction, from
 * what that transaction reads, so the write matches the graph it lands on. Re-importing the same
 * data finds everything unchanged and writes nothing, the Dataset node included.
 * Throws ImportUsageError for a wrong command line.
 */
export async function importFiles(executor: Executor, opts: ImportOptions): Promise<ImportReport> {
  const files = await expandInputs(opts.inputs);
  const format = detectFormat(files, opts.format);
  if (format !== 'ocds') throw new ImportUsageError(`--format ${format}: this importer reads OCDS only so far (spreadsheets, GraphML and GEXF are not built yet)`);
  const name = datasetName(opts, files);
  const id = slugify(name);
  if (!id) throw new ImportUsageError(`--dataset ${JSON.stringify(name)}: the name needs letters or digits`);
  const collected = await collectOcds(files, opts.encoding, opts.onRead);
  if (collected.errors.length > 0) return report(id, name, false, null, collected.errors, collected.warnings);
  const planOpts = { datasetId: id, initiative: opts.initiative, place: opts.place };
  try {
    if (opts.dryRun) return report(id, name, false, await planOcds((c, p) => executor.read(c, p), collected, planOpts), [], []);
    const plan = await executor.write(async (tx) => {
      const run: Run = (c, p) => tx.run(c, p);
      const planned = await planOcds(run, collected, planOpts);
      const earlier = await readDataset(run, id);
      if (earlier && !changes(planned)) return { planned, written: false };
      await writePlan(tx, planned);
      const facts = datasetFacts(id, name, format, collected, planned, opts);
      await writeDataset(tx, facts, mergeRestore(earlier?.restore ?? null, planned));
      // Audited in the same transaction, so the change feed (and its subscribers) hear of it.
      await writeAuditEntry(tx, { actor: facts.importedBy, role: null, org: null, requestId: null, action: 'IMPORT', nodeType: 'Dataset', nodeId: id, after: { name, format, counts: facts.counts } });
      return { planned, written: true };
    });
    return report(id, name, plan.written, plan.planned, [], []);
  } catch (error) {
    if (error instanceof ImportRefusedError) return report(id, name, false, null, [error.problem], collected.warnings);
    throw error;
  }
}

function datasetFacts(id: string, name: string, format: Format, collected: Collected, plan: ImportPlan, opts: ImportOptions) {
  const first = collected.packages[0];
  return {
    id,
    name,
    format,
    publisher: first?.publisher?.name ?? null,
    uris: [...new Set(collected.packages.map((p) => p.uri).filter((u): u is string => Boolean(u)))].sort(),
    licence: collected.packages.find((p) => p.license)?.license ?? null,
    files: collected.files,
    importedBy: opts.importedBy ?? os.userInfo().username,
    counts: plan.counts,
  };
}

/** Takes a dataset out (see removeDatasetIn); ImportRefusedError when there is no such dataset. */
export async function removeDataset(executor: Executor, id: string): Promise<RemoveResult> {
  return executor.write(async (tx: WriteTransaction) => {
    const dataset = await readDataset((c, p) => tx.run(c, p), id);
    if (!dataset) throw new ImportRefusedError({ file: '--remove', at: null, field: 'remove', message: `no dataset has the id "${id}"` });
    const removed = await removeDatasetIn(tx, id, dataset.restore);
    await writeAuditEntry(tx, { actor: os.userInfo().username, role: null, org: null, requestId: null, action: 'DELETE', nodeType: 'Dataset', nodeId: id });
    return removed;
  });
}

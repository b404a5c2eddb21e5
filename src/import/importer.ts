import os from 'node:os';
import path from 'node:path';
import { slugify } from '../model/index.js';
import type { Executor, WriteTransaction } from '../neo4j/executor.js';
import { readDataset, removeDatasetIn, writeDataset, type RemoveResult } from './dataset.repository.js';
import { writeAuditEntry } from '../graph/audit.repository.js';
import { detectFormat, expandInputs, type Format } from './files.js';
import type { Run } from './graph-state.repository.js';
import { prepareInput, type PreparedInput } from './inputs.js';
import type { Ambiguity, Merge } from './match.js';
import type { Counts, ImportPlan } from './plan.js';
import { ImportRefusedError, ImportUsageError, type Problem } from './problems.js';
import type { Defaults } from './sheets/sheet-nodes.js';
import { mergeRestore, writePlan, type RestoreImage, type WriteProgress } from './write.repository.js';
import { ROWS_PER_TRANSACTION, findIncompleteImports, markImportComplete, markImportIncomplete, rollBackIncompleteImport, sliceWrites, writesOf } from './write.repository.js';

export interface ImportOptions {
  inputs: string[];
  format?: string;
  /** The dataset's name (its id is the name's slug); by default the file names. */
  dataset?: string;
  initiative?: string;
  place?: string;
  encoding?: string;
  /** OCDS: contact point names become non-public Actors who WORK_AT their party (never e-mail or telephone). */
  contacts?: boolean;
  /** Spreadsheets, GraphML, GEXF: values for fields the files do not carry, per node type. */
  defaults?: Defaults;
  dryRun?: boolean;
  /** Who imports: recorded on the Dataset (default: the OS user). */
  importedBy?: string;
  /** Called after each release, record or row read (progress). */
  onRead?: () => void;
  /** Called as the write goes: rows written so far of all the plan's changes (of each slice's, when sliced). */
  onWrite?: WriteProgress;
  /** A first import writing more rows than this is written in slices of this many (ROWS_PER_TRANSACTION). */
  rowsPerTransaction?: number;
  /** Called before each slice of a sliced import is written, with its index and the number of slices (progress). */
  onSlice?: (index: number, slices: number) => void;
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
 * read -> validate -> match -> plan -> write, for every format (inputs.ts reads each). Reading
 * and validating need no database; a refused input (any error) writes nothing. The plan is made
 * again inside the write transaction, from what that transaction reads, so the write matches the
 * graph it lands on. Re-importing the same data finds everything unchanged and writes nothing,
 * the Dataset node included. A first import writing more than `rowsPerTransaction` rows is
 * written in slices behind an `incomplete` marker (write.repository.ts); one that broke is taken
 * out before the next import or removal. Throws ImportUsageError for a wrong command line.
 */
export async function importFiles(executor: Executor, opts: ImportOptions): Promise<ImportReport> {
  const files = await expandInputs(opts.inputs);
  const format = await detectFormat(files, opts.format);
  const name = datasetName(opts, files);
  const id = slugify(name);
  if (!id) throw new ImportUsageError(`--dataset ${JSON.stringify(name)}: the name needs letters or digits`);
  const input = await prepareInput(format, files, { ...opts, datasetId: id });
  if (input.errors.length > 0) return report(id, name, false, null, input.errors, input.warnings);
  try {
    if (opts.dryRun) {
      const { plan, errors } = await input.plan((c, p) => executor.read(c, p));
      return report(id, name, false, plan, errors, []);
    }
    await rollBackIncompleteImports(executor);
    const rows = opts.rowsPerTransaction ?? ROWS_PER_TRANSACTION;
    const facts = (planned: ImportPlan) => datasetFacts(id, name, format, input, planned, opts);
    const outcome = await executor.write(async (tx) => {
      const run: Run = (c, p) => tx.run(c, p);
      const { plan: planned, errors } = await input.plan(run);
      const earlier = await readDataset(run, id);
      // A refused plan writes nothing: the transaction commits no change.
      if (errors.length > 0 || (earlier && !changes(planned))) return { planned, errors, written: false, sliced: false };
      // A first import too large for one transaction: its marker now, its slices after (write.repository.ts).
      if (!earlier && writesOf(planned) > rows) {
        await markImportIncomplete(tx, id, mergeRestore(null, planned));
        return { planned, errors, written: false, sliced: true };
      }
      await writePlan(tx, planned, opts.onWrite);
      await finishImport(tx, facts(planned), mergeRestore(earlier?.restore ?? null, planned));
      return { planned, errors, written: true, sliced: false };
    });
    if (!outcome.sliced) return report(id, name, outcome.written, outcome.planned, outcome.errors, []);
    const slices = sliceWrites(outcome.planned, rows);
    for (const [i, slice] of slices.entries()) {
      opts.onSlice?.(i, slices.length);
      await executor.write((tx) => writePlan(tx, { ...outcome.planned, ...slice }, opts.onWrite));
    }
    await executor.write((tx) => finishImport(tx, facts(outcome.planned), mergeRestore(null, outcome.planned)));
    return report(id, name, true, outcome.planned, [], []);
  } catch (error) {
    if (error instanceof ImportRefusedError) return report(id, name, false, null, [error.problem], input.warnings);
    throw error;
  }
}

/** Writes the Dataset node and the audit entry, and ends a sliced import's marker: the import's last step. */
async function finishImport(tx: WriteTransaction, facts: ReturnType<typeof datasetFacts>, restore: RestoreImage): Promise<void> {
  await writeDataset(tx, facts, restore);
  await markImportComplete(tx, facts.id);
  // Audited in the same transaction, so the change feed (and its subscribers) hear of it.
  await writeAuditEntry(tx, { actor: facts.importedBy, role: null, org: null, requestId: null, action: 'IMPORT', nodeType: 'Dataset', nodeId: facts.id, after: { name: facts.name, format: facts.format, counts: facts.counts } });
}

/** Takes out what sliced imports that never finished wrote (a crash, Ctrl-C), before anything else is imported or removed. */
async function rollBackIncompleteImports(executor: Executor): Promise<void> {
  for (const broken of await findIncompleteImports((c, p) => executor.read(c, p))) await rollBackIncompleteImport(executor, broken.id, broken.restore);
}

function datasetFacts(id: string, name: string, format: Format, input: PreparedInput, plan: ImportPlan, opts: ImportOptions) {
  return { id, name, format, ...input.provenance, files: input.files, importedBy: opts.importedBy ?? os.userInfo().username, counts: plan.counts };
}

/** Takes a dataset out (see removeDatasetIn); ImportRefusedError when there is no such dataset. */
export async function removeDataset(executor: Executor, id: string): Promise<RemoveResult> {
  await rollBackIncompleteImports(executor);
  return executor.write(async (tx: WriteTransaction) => {
    const dataset = await readDataset((c, p) => tx.run(c, p), id);
    if (!dataset) throw new ImportRefusedError({ file: '--remove', at: null, field: 'remove', message: `no dataset has the id "${id}"` });
    const removed = await removeDatasetIn(tx, id, dataset.restore);
    await writeAuditEntry(tx, { actor: os.userInfo().username, role: null, org: null, requestId: null, action: 'DELETE', nodeType: 'Dataset', nodeId: id });
    return removed;
  });
}

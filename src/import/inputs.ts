import type { Format } from './files.js';
import type { Run } from './graph-state.repository.js';
import { collectOcds } from './ocds/collect.js';
import { planOcds } from './ocds/plan-ocds.js';
import type { ImportPlan } from './plan.js';
import type { Problem } from './problems.js';
import { collectSheets } from './sheets/collect.js';
import { planSheets } from './sheets/plan-sheets.js';
import type { Defaults } from './sheets/sheet-nodes.js';
import type { FileFacts } from './source.js';

/** What the importer needs of an input, whatever its format: read once, planned against any graph state. */
export interface PreparedInput {
  files: FileFacts[];
  /** Problems found reading it (no database needed): with any, nothing is planned or written. */
  errors: Problem[];
  warnings: Problem[];
  /** Provenance the Dataset records, when the format says it (OCDS packages do). */
  provenance: { publisher: string | null; uris: string[]; licence: string | null };
  /** The plan against the graph `run` reads, and the problems only the graph reveals (unknown ids, wrong end types). */
  plan(run: Run): Promise<{ plan: ImportPlan; errors: Problem[] }>;
}

export interface InputOptions {
  datasetId: string;
  encoding?: string;
  initiative?: string;
  place?: string;
  contacts?: boolean;
  defaults?: Defaults;
  onRead?: () => void;
}

/**
 * Reads the files of one format: OCDS through src/import/ocds, spreadsheets (CSV, XLSX), GraphML
 * and GEXF through src/import/sheets. One pipeline after this: the same plan, write and removal.
 */
export async function prepareInput(format: Format, files: string[], opts: InputOptions): Promise<PreparedInput> {
  if (format === 'ocds') {
    const collected = await collectOcds(files, opts.encoding, opts.onRead);
    const first = collected.packages[0];
    return {
      files: collected.files,
      errors: collected.errors,
      warnings: collected.warnings,
      provenance: {
        publisher: first?.publisher?.name ?? null,
        uris: [...new Set(collected.packages.map((p) => p.uri).filter((u): u is string => Boolean(u)))].sort(),
        licence: collected.packages.find((p) => p.license)?.license ?? null,
      },
      plan: async (run) => ({ plan: await planOcds(run, collected, opts), errors: [] }),
    };
  }
  const collected = await collectSheets(files, format, opts.encoding, opts.onRead);
  return {
    files: collected.files,
    errors: collected.errors,
    warnings: collected.warnings,
    provenance: { publisher: null, uris: [], licence: null },
    plan: (run) => planSheets(run, collected, { datasetId: opts.datasetId, defaults: opts.defaults ?? {} }),
  };
}

import type { Run } from '../graph-state.repository.js';
import { diffNodes, diffRelationships, type Counts, type ImportPlan } from '../plan.js';
import type { Problem } from '../problems.js';
import type { CollectedSheets } from './collect.js';
import { resolveNodes, type Defaults } from './sheet-nodes.js';
import { resolveRelationships } from './sheet-relationships.js';

export interface SheetPlanOptions {
  datasetId: string;
  defaults: Defaults;
}

/**
 * The plan of a spreadsheet, GraphML or GEXF import against the graph as `run` reads it: the same
 * ImportPlan as OCDS's, so --dry-run, --json, the write and --remove are one pipeline. `errors`
 * lists every element or connection the model refuses (file, row, field): with any, nothing is
 * to be written.
 */
export async function planSheets(run: Run, collected: CollectedSheets, opts: SheetPlanOptions): Promise<{ plan: ImportPlan; errors: Problem[] }> {
  const errors: Problem[] = [];
  const resolved = await resolveNodes(run, collected.elements, opts.datasetId, opts.defaults, errors);
  const { relationships, stored } = await resolveRelationships(run, collected.connections, resolved.byRef, opts.datasetId, errors);
  const counts: Record<string, Counts> = {};
  const plan: ImportPlan = {
    nodes: diffNodes(resolved.nodes, resolved.stored, opts.datasetId, counts),
    relationships: diffRelationships(relationships, stored, opts.datasetId, counts),
    counts,
    merges: resolved.merges,
    ambiguities: resolved.ambiguities,
    warnings: [...collected.warnings],
  };
  return { plan, errors };
}

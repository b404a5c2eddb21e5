import type { ImportReport } from './importer.js';
import { describeProblem } from './problems.js';

/** Warnings listed in the human summary; --json lists all. */
const SHOWN_WARNINGS = 10;

/** The plan as a person reads it (what --dry-run prints without --json). */
export function summarise(report: ImportReport, dryRun: boolean): string {
  const lines: string[] = [];
  const state = report.errors.length > 0 ? 'refused: nothing written' : dryRun ? 'dry run: nothing written' : report.written ? 'written' : 'nothing to change: nothing written';
  lines.push(`dataset "${report.dataset.name}" (id ${report.dataset.id}): ${state}`);
  for (const [type, c] of Object.entries(report.plan)) {
    lines.push(`  ${type.padEnd(22)} ${c.created} new, ${c.matched} matched (${c.updated} changed, ${c.unchanged} unchanged)`);
  }
  if (report.merges.length > 0) lines.push(`merges (${report.merges.length}):`);
  for (const m of report.merges) lines.push(`  ${m.id} "${m.name}" <- "${m.matched}" by ${m.rule} (${m.detail})`);
  for (const a of report.ambiguous) lines.push(`ambiguous, not merged: "${a.name}" could be ${a.candidates.join(' or ')} (by ${a.rule})`);
  if (report.warnings.length > 0) lines.push(`warnings (${report.warnings.length}${report.warnings.length > SHOWN_WARNINGS ? `, first ${SHOWN_WARNINGS}` : ''}):`);
  for (const w of report.warnings.slice(0, SHOWN_WARNINGS)) lines.push(`  ${describeProblem(w)}`);
  if (report.errors.length > 0) lines.push(`errors (${report.errors.length}):`);
  for (const e of report.errors) lines.push(`  ${describeProblem(e)}`);
  return lines.join('\n');
}

/**
 * Contracting processes are their own node type, but an imported portal brings them by the
 * thousand and they would bury the network of reformers. When the loaded network holds more than
 * PROCESSES_SHOWN_UP_TO of them, they start hidden (a type filter, so one tick shows them) and
 * the status line says so. Decided once per page: a person who shows them keeps them shown.
 */
import type { ControllerContext } from './controller.context.js';
import { NODE_TYPES } from './vocabulary.js';

/** "More than a few hundred": past this many, processes start hidden. */
export const PROCESSES_SHOWN_UP_TO = 300;

/** Hides the processes by default when the network just loaded holds too many and the view asks for no type filter. */
export function hideProcessesWhenMany(ctx: ControllerContext): void {
  const processes = ctx.state.session.processes;
  processes.loaded = ctx.graph.filterNodes((_n, a) => a.nodeType === 'ContractingProcess').length;
  if (processes.decided || processes.loaded === 0) return;
  processes.decided = true;
  if (processes.loaded <= PROCESSES_SHOWN_UP_TO || ctx.store.get().filters.types.length) return;
  processes.hiddenByDefault = true;
  ctx.store.updateFilters({ types: NODE_TYPES.filter((t) => t !== 'ContractingProcess') });
}

/** How many processes the default hides now (0 once a person shows them, or when it did not apply). */
export function processesHiddenByDefault(ctx: ControllerContext): number {
  const { processes } = ctx.state.session;
  const types = ctx.store.get().filters.types;
  return processes.hiddenByDefault && types.length > 0 && !types.includes('ContractingProcess') ? processes.loaded : 0;
}

/** The status line's note for them, or "" when none is hidden by default. */
export function describeHiddenProcesses(count: number): string {
  if (!count) return '';
  return ` ${count.toLocaleString('en')} contracting processes are hidden (more than ${PROCESSES_SHOWN_UP_TO} loaded): tick them under Filters → Node types to draw them.`;
}

/**
 * The performance tricks that can be turned off to measure what each one saves (docs/PERFORMANCE.md
 * lists them, with the environment variable of each: config.ts reads them into `config.performance`).
 * Process-wide, like the tricks themselves: createServer sets them once from the config.
 */
export interface ExecutionSwitches {
  /** Operations run through graphql-jit (GRAPHQL_JIT); off: graphql-js `execute`. */
  jit: boolean;
  /** Resolvers' selection-derived plans are memoised per operation (SELECTION_MEMO); off: computed per call. */
  selectionMemo: boolean;
  /** Statements start without the driver's caller stack trace (SKIP_CALLER_STACKS); off: the driver captures it. */
  skipCallerStacks: boolean;
}

const switches: ExecutionSwitches = { jit: true, selectionMemo: true, skipCallerStacks: true };

/** The switches as set last (all on by default). */
export function executionSwitches(): Readonly<ExecutionSwitches> {
  return switches;
}

/** Sets the switches given; the others keep their values. */
export function configureExecution(changes: Partial<ExecutionSwitches>): void {
  Object.assign(switches, changes);
}

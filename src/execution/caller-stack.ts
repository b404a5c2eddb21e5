import { executionSwitches } from './switches.js';

const noStackTrace = () => '';

/**
 * Runs `start` (which must create its driver Result synchronously) without the stack trace the
 * driver captures for every Result, to put on an error if one comes. Formatting that trace was
 * 5% of the server's CPU per node-by-id answer (measured with --cpu-prof), for frames of this
 * executor and the loaders above it; a failed read's error keeps its Neo4j code and message.
 * Node formats even an empty trace at some cost, so the formatter is swapped out too.
 *
 * Invariant: `Error.stackTraceLimit` and `Error.prepareStackTrace` are process-wide, so `start`
 * must be synchronous (nothing else runs while they are changed) and both are put back in
 * `finally`, thrown or not. SKIP_CALLER_STACKS=false turns it off.
 */
export function runWithoutCallerStack<T>(start: () => T): T {
  if (!executionSwitches().skipCallerStacks) return start();
  const { stackTraceLimit, prepareStackTrace } = Error;
  Error.stackTraceLimit = 0;
  Error.prepareStackTrace = noStackTrace;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    Error.prepareStackTrace = prepareStackTrace;
  }
}

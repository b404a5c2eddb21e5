// Execution's performance seam: the only module of src/execution others import. What runs an
// operation (graphql-jit behind Apollo's gateway interface), what resolvers memoise per operation
// (the selection memo), what a statement skips (the driver's caller stack), the switches that
// turn each off, and the deep freeze that enforces the memos' invariant. docs/PERFORMANCE.md maps
// each trick to its measurement, invariant, test and switch.
export { jitGateway } from './jit-gateway.js';
export { memoBySelection, selectionUsesVariables } from './selection-memo.js';
export { runWithoutCallerStack } from './caller-stack.js';
export { configureExecution, executionSwitches, type ExecutionSwitches } from './switches.js';
export { freezeDeep } from './freeze.js';

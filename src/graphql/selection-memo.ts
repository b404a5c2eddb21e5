// The selection memo lives in src/execution with the other execution tricks. This re-export keeps
// the importers that are being rewritten in parallel (node-resolver.factory.ts, relations.ts)
// unchanged; once they import '../execution/index.js' it can go.
export { memoBySelection, selectionUsesVariables } from '../execution/index.js';

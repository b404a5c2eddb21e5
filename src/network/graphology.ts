import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

export { MultiDirectedGraph, UndirectedGraph } from 'graphology';

/**
 * These packages are CommonJS with `export default` typings. Under NodeNext, TypeScript types a
 * default import as the whole module (`{ default }`) while Node hands over `module.exports`
 * itself; this reads whichever is there, so the types and the runtime agree.
 */
function cjsDefault<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}

export const louvain = cjsDefault(louvainModule);
export const betweennessCentrality = cjsDefault(betweennessModule);
export const pagerank = cjsDefault(pagerankModule);

import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { findDatasetsOfNodes, type DatasetRow } from './dataset.repository.js';

/**
 * The request's loader of `Node.datasets`, made on first use and kept with the request's context
 * (a WeakMap: it goes when the context goes). Keyed by node id, so it needs no property of the
 * node as read (a projected row may lack `datasetIds`): all nodes asked in one tick cost one
 * round trip. Never shared between requests, as every loader of src/graph/loaders.ts.
 */
const loaders = new WeakMap<Context, DataLoader<string, DatasetRow[]>>();

export function datasetsByNodeId(ctx: Context): DataLoader<string, DatasetRow[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, DatasetRow[]>((ids) => findDatasetsOfNodes(ctx.executor, ids), { maxBatchSize: 1_000 });
    loaders.set(ctx, loader);
  }
  return loader;
}

import { advice } from './advice.operation.js';
import { entities } from './entities.operation.js';
import { filteredPage } from './filtered-page.operation.js';
import { list } from './list.operation.js';
import { neighbourhood } from './neighbourhood.operation.js';
import { nodeById } from './node-by-id.operation.js';
import type { Operation } from './operation.js';
import { peers } from './peers.operation.js';
import { search } from './search.operation.js';
import { shortestPath } from './shortest-path.operation.js';

/** The benchmark's operations, in the order they are run and reported. */
export const OPERATIONS: readonly Operation[] = [nodeById, list, filteredPage, search, neighbourhood, shortestPath, entities, peers, advice];

export type { Fixtures, GraphqlRequest, Operation, SystemName } from './operation.js';

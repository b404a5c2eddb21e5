import type { FloorQuery } from './cypher.js';
import { NETWORK_QUERIES } from './network.queries.js';
import { NODE_QUERIES } from './node.queries.js';

/** The floor query of every benchmark operation, by operation name. */
export const FLOOR_QUERIES: Record<string, FloorQuery> = { ...NODE_QUERIES, ...NETWORK_QUERIES };

import DataLoader from 'dataloader';
import type { Executor } from '../neo4j/executor.js';
import { findNodesByIds, type NodeRow } from './node.repository.js';
import { findNodeAndRelated, findRelatedGroups, type RelatedKey, type RelatedPage } from './relationship.repository.js';
import { groupBy } from '../seed/write.js';
import { FULL_PROJECTION, projectionKey } from './projection.js';

export interface Loaders {
  /** Any node by id; `null` for an unknown id. */
  nodeById: DataLoader<string, NodeRow | null>;
  /**
   * One relationship field of one parent, one page long, read as the key's projection asks:
   * its nodes hold only the projected properties unless the projection is full.
   */
  related: DataLoader<RelatedKey, RelatedPage, string>;
  /**
   * Any node by id (as nodeById) together with relationship pages its fields are about to ask
   * for, in one round trip; both caches are primed, so those fields cost nothing more.
   */
  nodeWithRelated(id: string, keys: readonly RelatedKey[]): Promise<NodeRow | null>;
  /** Empties every cache: call after a write so later fields in the request see it. */
  clearAll(): void;
}

const keyOf = (k: RelatedKey) => `${k.field}|${k.first}|${projectionKey(k.projection ?? FULL_PROJECTION)}`;

/** Whether a page's nodes hold every property, so by-id lookups may be served from them. */
const isWhole = (k: RelatedKey) => (k.projection ?? FULL_PROJECTION).node === null;

/** Keys grouped by field, page size and projection, in a stable order: the same fields make the same statement (one cached plan). */
function groupKeys(keys: readonly RelatedKey[]): RelatedKey[][] {
  return [...groupBy([...keys], keyOf)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g);
}

/**
 * Creates the loaders of one request. Create one set per request and never share it: the cache
 * would leak data across users and hold stale rows. All loads of one tick become one round trip
 * for all relationship fields together (nodes: one), whatever the number of parents and fields.
 */
export function createLoaders(executor: Executor): Loaders {
  const nodeById = new DataLoader<string, NodeRow | null>((ids) => findNodesByIds(executor, ids), { maxBatchSize: 1_000 });
  const related = new DataLoader<RelatedKey, RelatedPage, string>(
    async (keys) => {
      const pages = new Map<RelatedKey, RelatedPage>();
      const groups = groupKeys(keys);
      // Every field asked in this tick, in one statement.
      const results = await findRelatedGroups(executor, groups);
      groups.forEach((group, g) => group.forEach((key, i) => pages.set(key, results[g][i])));
      // Related nodes read whole make later by-id lookups of them free; projected ones cannot.
      for (const [key, page] of pages) if (isWhole(key)) for (const item of page.items) nodeById.prime(item.node.id, item.node);
      return keys.map((k) => pages.get(k)!);
    },
    { cacheKeyFn: (k) => `${keyOf(k)}|${k.after ?? ''}|${k.id}`, maxBatchSize: 1_000 },
  );
  return {
    nodeById,
    related,
    async nodeWithRelated(id, keys) {
      const groups = groupKeys(keys);
      const { node, pages } = await findNodeAndRelated(executor, id, groups);
      nodeById.prime(id, node);
      groups.forEach((group, g) =>
        group.forEach((key, i) => {
          related.prime(key, pages[g][i]);
          if (isWhole(key)) for (const item of pages[g][i].items) nodeById.prime(item.node.id, item.node);
        }),
      );
      return node;
    },
    clearAll() {
      nodeById.clearAll();
      related.clearAll();
    },
  };
}

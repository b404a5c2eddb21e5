import DataLoader from 'dataloader';
import type { Executor } from '../neo4j/executor.js';
import type { NodeRow } from './node.repository.js';
import { findNodeAndRelated, findRelatedGroups, type RelatedKey, type RelatedPage } from './relationship.repository.js';
import type { Prefetched, RelatedPlan } from './related.cypher.js';
import { groupBy } from '../util/collections.js';
import { FULL_PROJECTION, projectionKey } from './projection.js';
import { findNodesByIds, type TypedSelection } from './nodes-by-id.repository.js';
import { findActorsOwnedBy } from '../auth/ownership.repository.js';

export interface Loaders {
  /** Any node by id; `null` for an unknown id. */
  nodeById: DataLoader<string, NodeRow | null>;
  /**
   * Any node by id holding only the properties `selection` lists for its type (as a federation
   * `_entities` call selects them); through nodeById when it asks for whole nodes. Ids loaded in
   * one tick with the same selection share one round trip.
   */
  nodeByIdSelected(id: string, selection: TypedSelection): Promise<NodeRow | null>;
  /**
   * One relationship field of one parent, one page long, read as the key's projection asks:
   * its nodes hold only the projected properties unless the projection is full.
   */
  related: DataLoader<RelatedKey, RelatedPage, string>;
  /**
   * Any node by id (as nodeById) together with the relationship fields below it that its
   * selection is about to ask for (nested ones included), in one round trip; the caches are
   * primed, so those fields cost nothing more. The node holds `properties` only (all of them
   * when null); only a whole node primes nodeById.
   */
  nodeWithRelated(id: string, plans: readonly RelatedPlan[], properties: readonly string[] | null): Promise<NodeRow | null>;
  /**
   * The page of `key`: at once (no promise) when a statement of this request already read it
   * ahead (primeRelated), else through `related`. A list's fields then complete synchronously,
   * without a promise per parent and per field.
   */
  relatedPage(key: RelatedKey): RelatedPage | Promise<RelatedPage>;
  /**
   * Whether organisation `org` owns the person `id` (Actor.email is shown to its editors): the
   * persons asked in one tick cost one round trip. False for an unknown id.
   */
  actorOwnedBy(org: string, id: string): Promise<boolean>;
  /** Keeps pages read ahead (by a root query's statement) for relatedPage and `related`. */
  primeRelated(prefetched: readonly Prefetched[]): void;
  /** Empties every cache: call after a write so later fields in the request see it. */
  clearAll(): void;
}

/** Keys of one group read the same page of the same field the same way. */
const groupOf = (k: RelatedKey) => `${k.field}|${k.first}|${k.after ?? ''}|${projectionKey(k.projection ?? FULL_PROJECTION)}`;

const cacheKeyOf = (k: RelatedKey) => `${groupOf(k)}|${k.id}`;

/** Whether two keys are of one group (groupOf), without building its string. */
function sameGroup(a: RelatedKey, b: RelatedKey): boolean {
  if (a.field !== b.field || a.first !== b.first || (a.after ?? null) !== (b.after ?? null)) return false;
  const [pa, pb] = [a.projection ?? FULL_PROJECTION, b.projection ?? FULL_PROJECTION];
  return pa === pb || projectionKey(pa) === projectionKey(pb);
}

/** Whether a page's nodes hold every property, so by-id lookups may be served from them. */
const isWhole = (k: RelatedKey) => (k.projection ?? FULL_PROJECTION).node === null;

/** Keys grouped by field, page and projection, in a stable order: the same fields make the same statement (one cached plan). */
function groupKeys(keys: readonly RelatedKey[]): RelatedKey[][] {
  return [...groupBy([...keys], groupOf)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g);
}

/** Relationship pages: every field asked in one tick, in one statement; whole nodes read are primed by id. */
function createRelatedLoader(executor: Executor, primeNodes: (key: RelatedKey, page: RelatedPage) => void) {
  return new DataLoader<RelatedKey, RelatedPage, string>(
    async (keys) => {
      const pages = new Map<RelatedKey, RelatedPage>();
      const groups = groupKeys(keys);
      const results = await findRelatedGroups(executor, groups);
      groups.forEach((group, g) => group.forEach((key, i) => pages.set(key, results[g][i])));
      for (const [key, page] of pages) primeNodes(key, page);
      return keys.map((k) => pages.get(k)!);
    },
    { cacheKeyFn: cacheKeyOf, maxBatchSize: 1_000 },
  );
}

/** Nodes by id reading only a selection's properties: one statement per distinct selection. */
function createSelectedLoader(executor: Executor) {
  return new DataLoader<{ id: string; selection: TypedSelection }, NodeRow | null, string>(
    async (keys) => {
      const rows = new Map<string, NodeRow | null>();
      for (const [key, group] of groupBy([...keys], (k) => k.selection.key)) {
        const found = await findNodesByIds(executor, group.map((k) => k.id), group[0].selection.byType);
        group.forEach((k, i) => rows.set(`${key}|${k.id}`, found[i]));
      }
      return keys.map((k) => rows.get(`${k.selection.key}|${k.id}`) ?? null);
    },
    { cacheKeyFn: (k) => `${k.selection.key}|${k.id}`, maxBatchSize: 1_000 },
  );
}

/** Whether actors belong to an organisation (the write policy asks): one statement per organisation. */
function createActorOwnedLoader(executor: Executor) {
  return new DataLoader<{ org: string; id: string }, boolean, string>(
    async (keys) => {
      const owned = new Map<string, boolean>();
      // One organisation per request in practice (the editor's), so one statement.
      for (const [org, group] of groupBy([...keys], (k) => k.org)) {
        const found = await findActorsOwnedBy(executor, org, group.map((k) => k.id));
        group.forEach((k, i) => owned.set(`${org}|${k.id}`, found[i]));
      }
      return keys.map((k) => owned.get(`${k.org}|${k.id}`) ?? false);
    },
    { cacheKeyFn: (k) => `${k.org}|${k.id}`, maxBatchSize: 1_000 },
  );
}

/**
 * Creates the loaders of one request. Create one set per request and never share it: the cache
 * would leak data across users and hold stale rows. All loads of one tick become one round trip
 * for all relationship fields together (nodes: one), whatever the number of parents and fields.
 */
export function createLoaders(executor: Executor): Loaders {
  const nodeById = new DataLoader<string, NodeRow | null>((ids) => findNodesByIds(executor, ids), { maxBatchSize: 1_000 });
  // Related nodes read whole make later by-id lookups of them free; projected ones cannot.
  const primeNodes = (key: RelatedKey, page: RelatedPage) => {
    if (isWhole(key)) for (const item of page.items) nodeById.prime(item.node.id, item.node);
  };
  const related = createRelatedLoader(executor, primeNodes);
  const selected = createSelectedLoader(executor);
  // Pages read ahead, by parent id (a parent has a page per field asked); cleared with the
  // loaders. By id, not by cacheKeyOf: a list of 50 reads about a thousand pages ahead, and
  // building a key string for each, twice, cost more than finding its page.
  const readAhead = new Map<string, Prefetched[]>();
  const primeRelated = (prefetched: readonly Prefetched[]) => {
    for (const entry of prefetched) {
      const pages = readAhead.get(entry.key.id);
      if (pages) pages.push(entry);
      else readAhead.set(entry.key.id, [entry]);
      primeNodes(entry.key, entry.page);
    }
  };
  const actorOwned = createActorOwnedLoader(executor);
  const readAheadPage = (key: RelatedKey) => readAhead.get(key.id)?.find((entry) => sameGroup(entry.key, key))?.page;
  return {
    nodeById,
    nodeByIdSelected: (id, selection) => (selection.whole ? nodeById.load(id) : selected.load({ id, selection })),
    related,
    async nodeWithRelated(id, plans, properties) {
      const { node, prefetched } = await findNodeAndRelated(executor, id, plans, properties);
      if (!properties) nodeById.prime(id, node);
      primeRelated(prefetched);
      return node;
    },
    relatedPage: (key) => readAheadPage(key) ?? related.load(key),
    actorOwnedBy: (org, id) => actorOwned.load({ org, id }),
    primeRelated,
    clearAll() {
      nodeById.clearAll();
      selected.clearAll();
      related.clearAll();
      actorOwned.clearAll();
      readAhead.clear();
    },
  };
}

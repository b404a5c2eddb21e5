import { LRUCache } from 'lru-cache';
import { currentGraphVersion } from '../neo4j/graph-version.js';

/**
 * A short-lived cache of results derived from the whole graph (networks, export files), keyed by
 * what was asked and by the graph version (../neo4j/graph-version.ts) read before computing:
 * a write through this process makes every entry computed before it unreachable at once, and an
 * entry computed while a write committed is filed under the version before that write, so it is
 * never served after it. Entries also expire after `ttlMs`, which bounds how long a write by
 * another process (CLI seeding, another replica) goes unseen.
 *
 * Concurrent requests for one key share one computation (the entry is its promise); a failed
 * computation is dropped, so errors are never served from the cache. At most `maxEntries` are
 * kept, least recently used out first. `ttlMs` 0 turns caching (and sharing) off.
 */
export class VersionedCache<T extends object> {
  private readonly entries: LRUCache<string, Promise<T>> | null;

  constructor(ttlMs: number, maxEntries: number) {
    this.entries = ttlMs > 0 ? new LRUCache<string, Promise<T>>({ max: maxEntries, ttl: ttlMs }) : null;
  }

  /** The value of `key` at the current graph version: from the cache, or `compute()` (then cached). */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.entries) return compute();
    const versioned = `${currentGraphVersion()}\u0000${key}`;
    const hit = this.entries.get(versioned);
    if (hit) return hit;
    const value = compute();
    this.entries.set(versioned, value);
    value.catch(() => {
      if (this.entries?.get(versioned) === value) this.entries.delete(versioned);
    });
    return value;
  }

  /** Forgets everything (a server's stop, or a write the version counter cannot see). */
  clear(): void {
    this.entries?.clear();
  }
}

/**
 * A filter as a cache key: fields in name order, null and undefined left out, list values sorted
 * and without repeats (every list of a network filter is a set: `[A, B]` selects what `[B, A, A]`
 * does). Two filters that select the same network get the same key.
 */
export function filterKey(filter: object): string {
  const fields = Object.entries(filter)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => [k, Array.isArray(v) ? [...new Set(v.map(String))].sort() : v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(fields);
}

/**
 * The version of the graph as this process knows it: a counter that every write through an
 * Executor bumps when it settles (committed or not: a lost commit acknowledgement must not leave
 * a stale version). Caches of derived results (network, /export) key their entries by it, so a
 * write of this process makes every earlier entry unreachable at once.
 *
 * One per process, shared by every server and executor in it. Writes of other processes (the
 * seeding CLI, other replicas) do not bump it: caches keyed by it also expire their entries
 * after a short TTL (NETWORK_CACHE_TTL_MS).
 */
let version = 0;

/** The current version; read it before computing something to be cached under it. */
export function currentGraphVersion(): number {
  return version;
}

/** Marks the graph as changed. Called by Executor.write; call it after any other kind of write. */
export function bumpGraphVersion(): void {
  version += 1;
}

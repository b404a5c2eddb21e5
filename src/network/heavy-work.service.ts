import type { Config } from '../config.js';
import type { Deadline } from '../neo4j/deadline.js';
import type { Executor } from '../neo4j/executor.js';
import { HeavyWorkLimiter } from './heavy-work.js';
import { MetricsWorker } from './metrics-worker.js';
import type { NetworkFilterValues } from './network-filter.cypher.js';
import { buildNetwork } from './network.service.js';
import type { NetworkSubgraph } from './subgraph.js';
import { VersionedCache, filterKey } from './versioned-cache.js';

/** A rendered /export download and its validator. */
export interface ExportFile {
  body: string;
  etag: string;
}

/**
 * Networks (and export files) kept at most: a whole network at the default caps is a few MB, and
 * the requests worth sharing are the few filters dashboards and the explorer repeat.
 */
const CACHED_ENTRIES = 32;

/** What bounds heavy work in one server: the limiter, the caches and the metrics worker. */
export interface HeavyWork {
  limiter: HeavyWorkLimiter;
  networks: VersionedCache<NetworkSubgraph>;
  exports: VersionedCache<ExportFile>;
  metrics: MetricsWorker;
  /** Ends the metrics worker and empties the caches. */
  close(): Promise<void>;
}

/** Creates the heavy-work bounds of one server from config.heavy. Close it when the server stops. */
export function createHeavyWork(config: Readonly<Config>): HeavyWork {
  const networks = new VersionedCache<NetworkSubgraph>(config.heavy.cacheTtlMs, CACHED_ENTRIES);
  const exports = new VersionedCache<ExportFile>(config.heavy.cacheTtlMs, CACHED_ENTRIES);
  const metrics = new MetricsWorker();
  return {
    limiter: new HeavyWorkLimiter(config.heavy),
    networks,
    exports,
    metrics,
    async close() {
      networks.clear();
      exports.clear();
      await metrics.close();
    },
  };
}

/** What loadNetwork needs of a request. */
export interface HeavyRequest {
  config: Readonly<Config>;
  executor: Executor;
  heavy: HeavyWork;
  deadline?: Deadline;
}

/**
 * The network of `filter` (see buildNetwork), from the cache when this filter was measured at
 * the current graph version within NETWORK_CACHE_TTL_MS (no database round trip), else built
 * under the heavy-work limiter with its metrics in the worker thread. `field` names the asking
 * field in a SERVER_BUSY refusal. The answer is shared: callers must not change it.
 */
export function loadNetwork(request: HeavyRequest, field: string, filter: NetworkFilterValues, prefix: string): Promise<NetworkSubgraph> {
  const { config, executor, heavy, deadline } = request;
  // The prefix is part of the key only because errors name fields with it; errors are not cached.
  return heavy.networks.get(`${prefix}|${filterKey(filter)}`, () =>
    heavy.limiter.run(field, () => buildNetwork(executor, filter, prefix, config.network, heavy.metrics.measure), deadline),
  );
}

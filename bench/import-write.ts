import { rmSync } from 'node:fs';
import path from 'node:path';
import { importFiles } from '../src/import/importer.js';
import { createDriver } from '../src/neo4j/driver.js';
import { Executor } from '../src/neo4j/executor.js';
import { loadLocalNeo4j } from '../src/neo4j/local.js';
import { migrate } from '../src/neo4j/migrations.js';
import { REPO_ROOT } from '../src/paths.js';
import { RssSampler } from './process-stats.js';

/** The write case's own Neo4j: a data folder wiped before and after, never a user's database. */
const DATA_DIR = '.data/neo4j-bench-import';

export interface WriteSettings {
  port: number;
  heap: string;
  pageCache: string;
  log: (message: string) => void;
}

/**
 * The write case of `npm run bench:import`: the whole `npm run import` of `file` (read, plan in
 * the write transaction, write, Dataset node, audit entry) into an empty, migrated Neo4j of its
 * own (100,000 releases are written in slices: importer.ts). Timed from the import's start to its
 * last commit; the peak RSS is this process's (the importer
 * in it), Neo4j's is sampled beside it.
 */
export async function benchWrite(file: string, releases: number, s: WriteSettings) {
  const local = await loadLocalNeo4j();
  const wipe = () => rmSync(path.join(REPO_ROOT, DATA_DIR), { recursive: true, force: true });
  await local.stopLocalNeo4j({ dataDir: DATA_DIR }).catch(() => undefined);
  wipe();
  const neo4j = await local.startLocalNeo4j({ port: s.port, dataDir: DATA_DIR, heap: s.heap, pageCache: s.pageCache, log: s.log });
  const driver = createDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
  const sampler = new RssSampler({ neo4j: neo4j.pid });
  try {
    const executor = new Executor(driver, 'neo4j', 3_600_000);
    await migrate(executor);
    const started = performance.now();
    const report = await importFiles(executor, { inputs: [file], dataset: 'bench-synthetic', importedBy: 'bench' });
    const seconds = (performance.now() - started) / 1000;
    if (report.errors.length > 0 || !report.written) throw new Error(`the import wrote nothing: ${JSON.stringify(report.errors.slice(0, 3))}`);
    const [graph] = await executor.read('MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
    return {
      case: 'write',
      releases,
      nodes: graph.nodes as number,
      relationships: graph.relationships as number,
      totalSeconds: Number(seconds.toFixed(1)),
      releasesPerSecond: Math.round(releases / seconds),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      neo4jPeakRssMb: Math.round(sampler.peaks().neo4j ?? 0),
      neo4jHeap: s.heap,
    };
  } finally {
    sampler.stop();
    await driver.close();
    await local.stopLocalNeo4j({ dataDir: DATA_DIR });
    wipe();
  }
}

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDriver } from '../src/neo4j/driver.js';
import { Executor } from '../src/neo4j/executor.js';
import { loadLocalNeo4j } from '../src/neo4j/local.js';
import { REPO_ROOT } from '../src/paths.js';

export interface DatabaseSettings {
  /** Bolt port of the benchmark's own Neo4j. */
  port: number;
  heap: string;
  pageCache: string;
  /** Synthetic generator seed. */
  seed: number;
  /** Regenerate the graph even when a complete one of this size is kept. */
  fresh: boolean;
  log: (message: string) => void;
}

/** How a server process reaches the benchmark's Neo4j: its URI and its own random password. */
export interface Neo4jEnv extends Record<string, string> {
  NEO4J_URI: string;
  NEO4J_USER: string;
  NEO4J_PASSWORD: string;
}

export interface BenchDatabase {
  uri: string;
  /** The environment variables that point a server or a CLI at this Neo4j. */
  neo4jEnv: Neo4jEnv;
  /** The Neo4j process (its CPU time is measured). */
  pid: number;
  executor: Executor;
  graph: { nodes: number; relationships: number };
  neo4jVersion: string;
  /** Closes the driver and stops this Neo4j. */
  stop(): Promise<void>;
}

/** Written into a data folder once its graph is complete: what it holds. */
interface GraphMarker {
  initiatives: number;
  seed: number;
  /** Fingerprint of the seed files and the generator's code that made it (see sourcesFingerprint). */
  sources: string;
  nodes: number;
  relationships: number;
}

const DATA_PREFIX = '.data/neo4j-bench-';
const dataDirOf = (initiatives: number) => `${DATA_PREFIX}${initiatives}`;
const markerOf = (dataDir: string) => path.join(REPO_ROOT, dataDir, 'bench-graph.json');

/**
 * Starts the benchmark's Neo4j on the graph of `initiatives` synthetic initiatives (plus the real
 * LOCI seeds). Each size keeps its own data folder (.data/neo4j-bench-<N>): a complete graph of
 * the same size and seed is reused; anything else is wiped and generated afresh with the
 * project's own commands (seed, then seed:synthetic). Another size's benchmark Neo4j on the
 * same port is stopped first.
 */
export async function openBenchDatabase(initiatives: number, s: DatabaseSettings): Promise<BenchDatabase> {
  const local = await loadLocalNeo4j();
  const dataDir = dataDirOf(initiatives);
  // Another size's Neo4j on the same port would refuse this one the port.
  for (const dir of readdirSync(path.join(REPO_ROOT, '.data')).map((d) => `.data/${d}`)) {
    if (dir.startsWith(DATA_PREFIX) && dir !== dataDir && portOf(dir) === s.port) await local.stopLocalNeo4j({ dataDir: dir });
  }
  const marker = readMarker(dataDir);
  const sources = sourcesFingerprint();
  const reuse = !s.fresh && marker?.initiatives === initiatives && marker.seed === s.seed && marker.sources === sources;
  if (!reuse) rmSync(path.join(REPO_ROOT, dataDir), { recursive: true, force: true });
  const { uri, pid, user, password } = await local.startLocalNeo4j({ port: s.port, dataDir, heap: s.heap, pageCache: s.pageCache, log: s.log });
  const neo4jEnv: Neo4jEnv = { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  const driver = createDriver({ uri, user, password });
  const executor = new Executor(driver, 'neo4j', 600_000);
  if (reuse) {
    s.log(`reusing the graph of ${initiatives} initiatives in ${dataDir}`);
  } else {
    s.log(`generating the graph of ${initiatives} initiatives (seed ${s.seed}) into ${dataDir}`);
    await runCli('dist/src/cli/seed.js', [], neo4jEnv, s.log);
    await runCli('dist/src/cli/synthetic.js', ['--initiatives', String(initiatives), '--seed', String(s.seed)], neo4jEnv, s.log);
  }
  const graph = await countGraph(executor);
  if (!reuse) writeFileSync(markerOf(dataDir), JSON.stringify({ initiatives, seed: s.seed, sources, ...graph } satisfies GraphMarker, null, 2));
  const [component] = await executor.read('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
  return {
    uri,
    neo4jEnv,
    pid,
    executor,
    graph,
    neo4jVersion: `${component.name} ${component.version} ${component.edition}`,
    async stop() {
      await driver.close();
      await local.stopLocalNeo4j({ dataDir });
    },
  };
}

/**
 * A hash of what the graph is made from: the seed files and the synthetic generator's sources.
 * A kept graph made by other versions of them is regenerated, so every size holds what
 * `npm run seed` and `npm run seed:synthetic` make today.
 */
function sourcesFingerprint(): string {
  const hash = createHash('sha256');
  const files = (dir: string): string[] =>
    readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(REPO_ROOT, path.join(e.parentPath, e.name)));
  const inputs = [...files('seeds'), ...files('src/seed/synthetic'), 'src/seed/synthetic.ts', 'src/seed/synthetic-import.ts', 'src/seed/write.repository.ts'].sort();
  for (const file of inputs) hash.update(file).update(readFileSync(path.join(REPO_ROOT, file)));
  return hash.digest('hex').slice(0, 16);
}

/** The Bolt port a data folder's Neo4j was started on, from its pid file; null when none. */
function portOf(dataDir: string): number | null {
  const file = path.join(REPO_ROOT, dataDir, 'neo4j.pid');
  return existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { port?: number }).port ?? null) : null;
}

function readMarker(dataDir: string): GraphMarker | null {
  const file = markerOf(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GraphMarker) : null;
}

/** Graph entities and all relationships (from Neo4j's count store: instant at any size). */
async function countGraph(executor: Executor) {
  const [nodes] = await executor.read('MATCH (n:Entity) RETURN count(n) AS n');
  const [relationships] = await executor.read('MATCH ()-[r]->() RETURN count(r) AS n');
  return { nodes: nodes.n as number, relationships: relationships.n as number };
}

/** Runs one of the project's compiled CLIs against the Neo4j of `neo4jEnv`; throws when it fails. */
function runCli(entry: string, args: string[], neo4jEnv: Neo4jEnv, log: (message: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, entry), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...neo4jEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = (chunk: Buffer) => chunk.toString().split(/\r?\n/).filter(Boolean).forEach((line) => log(`  ${line}`));
    child.stdout.on('data', output);
    child.stderr.on('data', output);
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${entry} ${args.join(' ')} exited with ${code}`))));
  });
}

import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../src/paths.js';
import { openBenchDatabase, type BenchDatabase } from './database.js';
import { checkSameAnswer } from './equivalence.js';
import { findFixtures } from './fixtures.js';
import { runInterleaved, warmUpDatabase, type LoadSettings, type LoadTarget } from './load.js';
import { describeMachine } from './machine.js';
import { RssSampler } from './process-stats.js';
import { OPERATIONS, type Fixtures, type Operation, type SystemName } from './operations/index.js';
import { ratiosOf, toMarkdown, toSystemFigures, type BenchResults, type OperationResult, type SizeResult } from './report.js';
import { toHttpRequest } from './requests.js';
import { SYSTEM_LABELS, startSystem, type RunningSystem } from './systems.js';

/*
 * `npm run bench [-- options]`: LOCI Graph against @neo4j/graphql and the hand-written driver
 * floor, on synthetic graphs of several sizes. See bench/README.md.
 */

const USAGE = `usage: npm run bench -- [--quick] [--sizes 1000,10000] [--only op,op] [--fresh] [--connections N] [--duration S] [--rounds N] [--warmup S] [--db-warmup-rounds N] [--seed S] [--out bench/results/latest] [--baseline path/to/other/build/src/main.js] [--port 7720] [--prepare-only]`;

function readSettings() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      only: { type: 'string' },
      fresh: { type: 'boolean', default: false },
      connections: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      'db-warmup-rounds': { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench/results/latest' },
      baseline: { type: 'string' },
      port: { type: 'string', default: '7720' },
      'prepare-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick!;
  const num = (raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`not a positive number: ${raw}\n${USAGE}`);
    return n;
  };
  const sizes = values.sizes ? values.sizes.split(',').map((s) => num(s, 0)) : quick ? [1_000] : [1_000, 10_000, 50_000];
  const only = values.only?.split(',');
  const unknown = only?.filter((name) => !OPERATIONS.some((op) => op.name === name));
  if (unknown?.length) throw new Error(`unknown operations: ${unknown.join(', ')} (known: ${OPERATIONS.map((o) => o.name).join(', ')})`);
  const load: LoadSettings = {
    connections: num(values.connections, 10),
    durationSeconds: num(values.duration, quick ? 2 : 5),
    rounds: num(values.rounds, quick ? 2 : 3),
    warmupSeconds: num(values.warmup, quick ? 1 : 3),
    dbWarmupRounds: num(values['db-warmup-rounds'], quick ? 4 : 8),
  };
  return {
    quick,
    sizes,
    only,
    fresh: values.fresh!,
    seed: num(values.seed, 1),
    out: values.out!,
    baseline: values.baseline,
    port: num(values.port, 7720),
    prepareOnly: values['prepare-only']!,
    load,
  };
}

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Operations whose answers differed ("size/operation"): the run then ends with exit code 1. */
const failures: string[] = [];

/** Starts each system twice, one at a time, and keeps the second (see benchSize). */
async function startSystems(db: BenchDatabase, fixtures: Fixtures, baseline: string | undefined): Promise<RunningSystem[]> {
  // One at a time, so no start-up competes with another for the CPU. Each is started twice and
  // its start-up is the second: a first start reads the modules from disk, and the system
  // started first read more of them cold (LOCI: 2.1 s, then 0.9 s).
  const names: SystemName[] = baseline ? ['loci', 'lociBaseline', 'neo4jGraphql', 'driver'] : ['loci', 'neo4jGraphql', 'driver'];
  const logDir = path.join(REPO_ROOT, 'bench/results/tmp/logs');
  const systems: RunningSystem[] = [];
  for (const name of names) {
    const cold = await startSystem(name, db.neo4jEnv, fixtures, logDir, baseline);
    await cold.stop();
    const system = await startSystem(name, db.neo4jEnv, fixtures, logDir, baseline);
    log(`${SYSTEM_LABELS[name]} answered ${system.startupMs.toFixed(0)} ms after its process started (first start: ${cold.startupMs.toFixed(0)} ms)`);
    systems.push(system);
  }
  return systems;
}

interface OperationRun {
  initiatives: number;
  settings: ReturnType<typeof readSettings>;
  systems: RunningSystem[];
  fixtures: Fixtures;
  dbPid: number;
  sampler: RssSampler;
  targetsOf: (op: Operation) => LoadTarget[];
}

/** Checks one operation gives the same answer everywhere, then drives it interleaved; not timed when answers differ. */
async function benchOperation(op: Operation, run: OperationRun): Promise<OperationResult> {
  const { settings, sampler } = run;
  const urls = Object.fromEntries(run.systems.map((s) => [s.name, s.url]));
  let answers;
  try {
    answers = await checkSameAnswer(op, urls, run.fixtures);
  } catch (error) {
    // Not timed: figures for different answers would compare different work.
    const problem = error instanceof Error ? error.message : String(error);
    log(`${op.name}: NOT TIMED: ${problem}`);
    failures.push(`${run.initiatives}/${op.name}`);
    return { name: op.name, description: op.description, notTimed: problem, loci: null, neo4jGraphql: null, driver: null, ratios: { lociVsNeo4jGraphqlRps: null, driverVsLociP50: null } };
  }
  log(`${op.name}: same answer from ${Object.entries(answers).filter(([, a]) => a).map(([s]) => SYSTEM_LABELS[s as SystemName]).join(', ')}`);
  sampler.takeWindow();
  const load = await runInterleaved(run.targetsOf(op), run.dbPid, settings.load, (t, phase) => log(`${op.name}: ${SYSTEM_LABELS[t.system]} ${phase}`));
  const rss = sampler.takeWindow();
  const figures = (system: SystemName) => (load[system] ? toSystemFigures(load[system]!, answers[system]!.roundTrips, rss[system] ?? null) : null);
  const loci = figures('loci')!;
  const neo4jGraphql = figures('neo4jGraphql');
  const driver = figures('driver');
  const all = [loci, neo4jGraphql, driver, ...(settings.baseline ? [figures('lociBaseline')] : [])];
  log(`${op.name}: rps ${all.map((f) => f?.rps ?? '—').join(' / ')}; p50 ${all.map((f) => f?.p50 ?? '—').join(' / ')} ms; CPU ms/answer server ${all.map((f) => f?.serverCpuMs ?? '—').join(' / ')}, Neo4j ${all.map((f) => f?.dbCpuMs ?? '—').join(' / ')}`);
  return {
    name: op.name,
    description: op.description,
    loci,
    neo4jGraphql,
    ...(op.neo4jGraphql ? {} : { neo4jGraphqlUnsupported: op.unsupported }),
    driver,
    ...(settings.baseline ? { lociBaseline: figures('lociBaseline')! } : {}),
    ratios: ratiosOf(loci, neo4jGraphql, driver),
  };
}

async function benchSize(initiatives: number, settings: ReturnType<typeof readSettings>): Promise<SizeResult> {
  const db = await openBenchDatabase(initiatives, { port: settings.port, heap: '2g', pageCache: '1g', seed: settings.seed, fresh: settings.fresh, log });
  let systems: RunningSystem[] = [];
  try {
    const fixtures = await findFixtures(db.executor);
    log(`graph: ${db.graph.nodes} nodes, ${db.graph.relationships} relationships; fixtures ${JSON.stringify({ ...fixtures, representations: fixtures.representations.length })}`);
    systems = await startSystems(db, fixtures, settings.baseline);
    const sampler = new RssSampler(Object.fromEntries(systems.map((s) => [s.name, s.pid])));
    const selected = OPERATIONS.filter((o) => !settings.only || settings.only.includes(o.name));
    const targetsOf = (op: Operation): LoadTarget[] =>
      systems.flatMap((s) => {
        const request = toHttpRequest(s.name, op, fixtures);
        return request ? [{ system: s.name, url: s.url, request, pid: s.pid }] : [];
      });
    const dbWarmup = await warmUpDatabase(selected.flatMap(targetsOf), db.pid, settings.load.connections, 1, settings.load.dbWarmupRounds, (round) => log(`database warm-up, round ${round}`));
    log(`database warm-up: ${dbWarmup.rounds} rounds, ${dbWarmup.seconds.toFixed(0)} s; Neo4j CPU per answer against the first round ${dbWarmup.dbCpuVsFirstRound.map((r) => r.toFixed(2)).join(' → ')}`);
    try {
      const operations: OperationResult[] = [];
      const run: OperationRun = { initiatives, settings, systems, fixtures, dbPid: db.pid, sampler, targetsOf };
      for (const op of selected) operations.push(await benchOperation(op, run));
      const peaks = sampler.peaks();
      return {
        machine: describeMachine(db.neo4jVersion),
        date: new Date().toISOString(),
        initiatives,
        graph: db.graph,
        fixtures,
        startupMs: Object.fromEntries(systems.map((s) => [s.name, Math.round(s.startupMs)])),
        dbWarmup: { rounds: dbWarmup.rounds, seconds: Math.round(dbWarmup.seconds), dbCpuVsFirstRound: dbWarmup.dbCpuVsFirstRound.map((r) => Number(r.toFixed(2))) },
        peakRssMb: Object.fromEntries(Object.entries(peaks).map(([name, mb]) => [name, Math.round(mb)])),
        operations,
      };
    } finally {
      sampler.stop();
    }
  } finally {
    for (const system of systems) await system.stop();
    await db.stop();
  }
}

async function main() {
  const settings = readSettings();
  const machineAtStart = describeMachine('');
  const started = performance.now();
  const sizes: SizeResult[] = [];
  if (settings.prepareOnly) {
    for (const initiatives of settings.sizes) await (await openBenchDatabase(initiatives, { port: settings.port, heap: '2g', pageCache: '1g', seed: settings.seed, fresh: settings.fresh, log })).stop();
    return;
  }
  for (const initiatives of settings.sizes) {
    log(`=== ${initiatives} initiatives ===`);
    sizes.push(await benchSize(initiatives, settings));
  }
  const results: BenchResults = {
    machine: { ...machineAtStart, neo4j: sizes[0]?.machine.neo4j ?? '' },
    date: new Date().toISOString(),
    settings: { ...settings.load, quick: settings.quick, seed: settings.seed },
    sizes,
  };
  const markdown = toMarkdown(results);
  const out = path.resolve(REPO_ROOT, settings.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(`${out}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${out}.md`, markdown);
  console.log(markdown);
  log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min; wrote ${path.relative(REPO_ROOT, out)}.md and .json`);
  if (failures.length) {
    console.error(`answers differed, so these were not timed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

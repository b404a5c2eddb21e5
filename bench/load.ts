import autocannon from 'autocannon';
import type { SystemName } from './operations/index.js';
import { readCpuMs } from './process-stats.js';
import type { HttpRequest } from './requests.js';

export interface LoadSettings {
  /** Concurrent connections, the same for every system. */
  connections: number;
  /** Seconds one timed window lasts, about (it sends a fixed number of requests, see runInterleaved). */
  durationSeconds: number;
  /** Timed windows per system: A, B, C, A, B, C... */
  rounds: number;
  /** Seconds of untimed load per system before the first round, about. */
  warmupSeconds: number;
  /** Most rounds of the database warm-up (warmUpDatabase) before any operation is timed. */
  dbWarmupRounds: number;
}

/** One system's figures for one operation, over all its timed windows. */
export interface LoadFigures {
  /** Successful answers per second. */
  rps: number;
  /** Latency percentiles in ms, from every answer's own time (sub-millisecond resolution). */
  p50: number;
  p99: number;
  requests: number;
  /** Failures: connection errors and timeouts, non-2xx answers, and 200 answers carrying GraphQL errors. */
  errors: number;
  /** CPU ms per answer of the server process, and of Neo4j while this system alone was driven. */
  serverCpuMs: number;
  dbCpuMs: number;
}

export interface LoadTarget {
  system: SystemName;
  url: string;
  request: HttpRequest;
  /** The server's process, for its CPU time. */
  pid: number;
}

interface Window {
  latencies: number[];
  seconds: number;
  errors: number;
  serverCpuMs: number;
  dbCpuMs: number;
}

/** A 200 answer with GraphQL errors is a failure too; the floor reports failures as HTTP 500. */
const hasNoErrors = (body: string) => !body.includes('"errors":[');

/**
 * Sends `amount` requests to one target over `connections` connections with autocannon and
 * waits for every answer, so no request of this window is still running when the next one
 * (another system's) starts. Records every answer's time and the CPU that the server and Neo4j
 * (`dbPid`) used meanwhile.
 */
function drive(target: LoadTarget, dbPid: number, connections: number, amount: number): Promise<Window> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const cpu = () => [readCpuMs(target.pid) ?? NaN, readCpuMs(dbPid) ?? NaN];
    const [server0, db0] = cpu();
    const started = performance.now();
    // autocannon notices the last answer only at its next once-a-second tick: the window ends
    // at the last answer, not then.
    let lastAnswerAt = started;
    const instance = autocannon(
      {
        url: target.url + target.request.path,
        method: 'POST',
        headers: target.request.headers,
        body: target.request.body,
        connections,
        amount,
        timeout: 60,
        verifyBody: hasNoErrors,
      },
      (error, result) => {
        if (error) return reject(error);
        const [server1, db1] = cpu();
        resolve({
          latencies,
          seconds: (lastAnswerAt - started) / 1000,
          errors: result.errors + result.non2xx + result.mismatches,
          serverCpuMs: server1 - server0,
          dbCpuMs: db1 - db0,
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      lastAnswerAt = performance.now();
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** What warmUpDatabase did: its rounds, and each round's Neo4j CPU per answer relative to the first (median over targets). */
export interface DatabaseWarmup {
  rounds: number;
  seconds: number;
  dbCpuVsFirstRound: number[];
}

/** Median of a non-empty list. */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Neo4j runs Cypher on the JVM, which compiles its hot paths only after seconds of load: a
 * freshly started Neo4j answered LOCI's node-by-id in 2.3 ms of CPU, and in 0.27 ms after about
 * half a minute of load. Timing before that would measure the warm-up, and the operations timed
 * first would pay most of it. So before timing, every target (each operation of each system) is
 * driven for about `secondsPerTarget`, round after round, until a round no longer makes Neo4j's
 * CPU per answer fall by 5% (median over targets), after at least two rounds and at most `maxRounds`.
 */
export async function warmUpDatabase(targets: LoadTarget[], dbPid: number, connections: number, secondsPerTarget: number, maxRounds: number, onRound: (round: number) => void = () => undefined): Promise<DatabaseWarmup> {
  const started = performance.now();
  const amounts = new Map<LoadTarget, number>();
  for (const target of targets) amounts.set(target, amountFor(await drive(target, dbPid, connections, 2 * connections), secondsPerTarget, connections));
  const perRound: Map<LoadTarget, number>[] = [];
  for (let round = 1; round <= maxRounds; round++) {
    onRound(round);
    const cpu = new Map<LoadTarget, number>();
    for (const target of targets) {
      const window = await drive(target, dbPid, connections, amounts.get(target)!);
      cpu.set(target, window.dbCpuMs / Math.max(1, window.latencies.length));
    }
    perRound.push(cpu);
    if (round >= 2 && median(targets.map((t) => perRound[round - 2].get(t)! / cpu.get(t)!)) < 1.05) break;
  }
  return {
    rounds: perRound.length,
    seconds: (performance.now() - started) / 1000,
    dbCpuVsFirstRound: perRound.map((cpu) => median(targets.map((t) => cpu.get(t)! / perRound[0].get(t)!))),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Requests that keep one target busy for about `seconds` at the rate `window` showed; at least two per connection. */
const amountFor = (window: Window, seconds: number, connections: number) =>
  Math.max(2 * connections, Math.round((window.latencies.length / window.seconds) * seconds));

/**
 * Loads the targets of one operation in turn. Warm-up per target: two requests per connection,
 * then about `warmupSeconds` of requests at the rate those showed. Then `rounds` timed windows
 * per target, round-robin (A, B, C, A, B, C...), each a fixed number of requests sized from the
 * warm-up to last about `durationSeconds`; drift in the machine's load falls on all alike.
 * `onWindow` is called before each window (for logging).
 */
export async function runInterleaved(targets: LoadTarget[], dbPid: number, settings: LoadSettings, onWindow: (target: LoadTarget, phase: string) => void = () => undefined) {
  const { connections } = settings;
  const amounts = new Map<SystemName, number>();
  for (const target of targets) {
    onWindow(target, 'warm-up');
    const probe = await drive(target, dbPid, connections, 2 * connections);
    const warm = await drive(target, dbPid, connections, amountFor(probe, settings.warmupSeconds, connections));
    amounts.set(target.system, amountFor(warm, settings.durationSeconds, connections));
  }
  const windows = new Map<SystemName, Window[]>(targets.map((t) => [t.system, []]));
  for (let round = 1; round <= settings.rounds; round++) {
    for (const target of targets) {
      onWindow(target, `round ${round}/${settings.rounds} (${amounts.get(target.system)} requests)`);
      windows.get(target.system)!.push(await drive(target, dbPid, connections, amounts.get(target.system)!));
    }
  }
  const figures: Partial<Record<SystemName, LoadFigures>> = {};
  for (const [system, list] of windows) {
    const latencies = list.flatMap((w) => w.latencies).sort((a, b) => a - b);
    const sum = (pick: (w: Window) => number) => list.reduce((s, w) => s + pick(w), 0);
    figures[system] = {
      rps: latencies.length / sum((w) => w.seconds),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      requests: latencies.length,
      errors: sum((w) => w.errors),
      serverCpuMs: sum((w) => w.serverCpuMs) / latencies.length,
      dbCpuMs: sum((w) => w.dbCpuMs) / latencies.length,
    };
  }
  return figures;
}

import type { DatabaseWarmup, LoadFigures, LoadSettings } from './load.js';
import type { MachineInfo } from './machine.js';
import type { Fixtures, SystemName } from './operations/index.js';

/** One system's figures for one operation; null where no answer came back in time to measure. */
export interface SystemFigures extends Omit<LoadFigures, 'p50' | 'p99' | 'serverCpuMs' | 'dbCpuMs'> {
  p50: number | null;
  p99: number | null;
  serverCpuMs: number | null;
  dbCpuMs: number | null;
  /** Database statements per request (measured on one request, outside the timed load). */
  roundTrips: number;
  /** Peak RSS of the server process while this operation ran, MB. */
  peakRssMb: number | null;
}

export interface OperationResult {
  name: string;
  description: string;
  /** Null only when the operation was not timed (see notTimed). */
  loci: SystemFigures | null;
  neo4jGraphql: SystemFigures | null;
  /** Why the operation was not timed: the systems' answers differed (the first difference). */
  notTimed?: string;
  /** Why @neo4j/graphql has no figures, when it has none. */
  neo4jGraphqlUnsupported?: string;
  driver: SystemFigures | null;
  /** The baseline build of LOCI Graph, when the run had one (`--baseline`). */
  lociBaseline?: SystemFigures;
  /** LOCI rps / @neo4j/graphql rps (target >= 1) and driver p50 / LOCI p50 (target >= 1/1.5). */
  ratios: { lociVsNeo4jGraphqlRps: number | null; driverVsLociP50: number | null };
}

/** The results of one graph size: the shape issue 9 asks for, plus start-up and memory. */
export interface SizeResult {
  machine: MachineInfo;
  date: string;
  initiatives: number;
  graph: { nodes: number; relationships: number };
  fixtures: Fixtures;
  /** Process start to first answer read from the database, ms. */
  startupMs: Partial<Record<SystemName, number>>;
  /** Peak RSS of each server process over the whole size, MB. */
  peakRssMb: Partial<Record<SystemName, number>>;
  /** The untimed load that warmed Neo4j's JVM before any operation was timed (see warmUpDatabase). */
  dbWarmup: DatabaseWarmup;
  operations: OperationResult[];
}

export interface BenchResults {
  machine: MachineInfo;
  date: string;
  settings: LoadSettings & { quick: boolean; seed: number };
  sizes: SizeResult[];
}

const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

/** Rounded figures for the JSON file. */
export function toSystemFigures(load: LoadFigures, roundTrips: number, peakRssMb: number | null): SystemFigures {
  return {
    rps: round(load.rps)!,
    p50: round(load.p50, 2),
    p99: round(load.p99, 2),
    requests: load.requests,
    errors: load.errors,
    serverCpuMs: round(load.serverCpuMs, 2),
    dbCpuMs: round(load.dbCpuMs, 2),
    roundTrips,
    peakRssMb: peakRssMb === null ? null : round(peakRssMb, 0),
  };
}

export function ratiosOf(loci: SystemFigures, neo: SystemFigures | null, driver: SystemFigures | null): OperationResult['ratios'] {
  return {
    lociVsNeo4jGraphqlRps: neo && neo.rps > 0 ? round(loci.rps / neo.rps, 2) : null,
    // Three decimals: the target is 1/1.5 = 0.667, and a ratio of 0.665 rounded to 0.67 would pass it.
    driverVsLociP50: driver?.p50 && loci.p50 ? round(driver.p50 / loci.p50, 3) : null,
  };
}

const ms = (n: number | null) => (n === null || !Number.isFinite(n) ? 'n/a' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const rate = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));
const cell = (f: SystemFigures | null, pick: (f: SystemFigures) => string) => (f ? pick(f) : '—');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function sizeTable(size: SizeResult): string {
  const lines = [
    `### ${size.initiatives.toLocaleString('en')} initiatives: ${size.graph.nodes.toLocaleString('en')} nodes, ${size.graph.relationships.toLocaleString('en')} relationships`,
    '',
    '| operation | rps LOCI | rps @neo4j/graphql | rps driver | p50 / p99 ms LOCI | p50 / p99 ms @neo4j/graphql | p50 / p99 ms driver | round trips L / N / D | LOCI ÷ @neo4j/graphql rps | driver ÷ LOCI p50 |',
    '|---|---:|---:|---:|---:|---:|---:|:-:|---:|---:|',
  ];
  for (const op of size.operations) {
    if (!op.loci) {
      lines.push(`| ${op.name} | not timed: the answers differ (below) | | | | | | | | |`);
      continue;
    }
    const loci = op.loci;
    const { lociVsNeo4jGraphqlRps: vsNeo, driverVsLociP50: vsDriver } = op.ratios;
    lines.push(
      [
        '',
        op.name,
        rate(loci.rps),
        cell(op.neo4jGraphql, (f) => rate(f.rps)),
        cell(op.driver, (f) => rate(f.rps)),
        `${ms(loci.p50)} / ${ms(loci.p99)}`,
        cell(op.neo4jGraphql, (f) => `${ms(f.p50)} / ${ms(f.p99)}`),
        cell(op.driver, (f) => `${ms(f.p50)} / ${ms(f.p99)}`),
        `${loci.roundTrips} / ${cell(op.neo4jGraphql, (f) => String(f.roundTrips))} / ${cell(op.driver, (f) => String(f.roundTrips))}`,
        vsNeo === null ? '—' : `${vsNeo.toFixed(2)} ${mark(vsNeo >= 1)}`,
        vsDriver === null ? '—' : `${vsDriver.toFixed(3)} ${mark(vsDriver >= 1 / 1.5)}`,
        '',
      ].join(' | ').trim(),
    );
  }
  lines.push(
    '',
    '| operation | server CPU ms / answer L / N / D | Neo4j CPU ms / answer L / N / D | server peak RSS MB L / N / D |',
    '|---|:-:|:-:|:-:|',
    ...size.operations.map((op) => {
      const three = (pick: (f: SystemFigures) => number | null): string => [op.loci, op.neo4jGraphql, op.driver].map((f) => (f && pick(f) !== null ? ms(pick(f)!) : '—')).join(' / ');
      return `| ${op.name} | ${three((f) => f.serverCpuMs)} | ${three((f) => f.dbCpuMs)} | ${three((f) => f.peakRssMb)} |`;
    }),
  );
  const errors = size.operations.flatMap((op) =>
    (['loci', 'neo4jGraphql', 'driver'] as const).filter((s) => (op[s]?.errors ?? 0) > 0).map((s) => `${op.name}/${s}: ${op[s]!.errors}`),
  );
  lines.push(
    '',
    `Database warm-up before timing: ${size.dbWarmup.rounds} rounds (${size.dbWarmup.seconds} s) of every operation on every system; Neo4j CPU per answer, against the first round: ${size.dbWarmup.dbCpuVsFirstRound.join(' → ')}.`,
    `Start-up (process start to first answer, the second of two starts): ${perSystem(size.startupMs, 'ms')}.`,
    `Peak RSS: ${perSystem(size.peakRssMb, 'MB')}.`,
    `Failed requests: ${errors.length ? errors.join(', ') : 'none'}.`,
  );
  if (size.operations.some((op) => op.lociBaseline)) lines.push('', beforeAfterTable(size));
  const notTimed = size.operations.filter((op) => op.notTimed);
  if (notTimed.length) lines.push('', ...notTimed.map((op) => `- **${op.name}** was not timed: ${op.notTimed}`));
  const unsupported = size.operations.filter((op) => op.neo4jGraphqlUnsupported);
  if (unsupported.length) lines.push('', ...unsupported.map((op) => `- @neo4j/graphql cannot express **${op.name}**: ${op.neo4jGraphqlUnsupported}.`));
  return lines.join('\n');
}

const LABELS: Record<SystemName, string> = { loci: 'LOCI Graph', lociBaseline: 'LOCI Graph (baseline)', neo4jGraphql: '@neo4j/graphql', driver: 'driver floor' };

function perSystem(values: Partial<Record<SystemName, number>>, unit: string): string {
  return (Object.entries(values) as [SystemName, number][]).map(([s, v]) => `${LABELS[s]} ${v.toFixed(0)} ${unit}`).join(', ');
}

/** LOCI Graph's baseline build against the current one, measured side by side in the same run. */
function beforeAfterTable(size: SizeResult): string {
  const arrow = (before: number | null, after: number | null, format: (n: number | null) => string) => `${format(before)} → ${format(after)}`;
  return [
    'LOCI Graph before → after (baseline build and current build, interleaved in the same run):',
    '',
    '| operation | rps | p50 ms | p99 ms | round trips | server CPU ms / answer | Neo4j CPU ms / answer |',
    '|---|:-:|:-:|:-:|:-:|:-:|:-:|',
    ...size.operations
      .filter((op) => op.lociBaseline && op.loci)
      .map((op) => {
        const [b, a] = [op.lociBaseline!, op.loci!];
        return `| ${op.name} | ${arrow(b.rps, a.rps, (n) => rate(n ?? 0))} | ${arrow(b.p50, a.p50, ms)} | ${arrow(b.p99, a.p99, ms)} | ${b.roundTrips} → ${a.roundTrips} | ${arrow(b.serverCpuMs, a.serverCpuMs, ms)} | ${arrow(b.dbCpuMs, a.dbCpuMs, ms)} |`;
      }),
  ].join('\n');
}

/** The Markdown report: settings, machine, then one table per graph size. */
export function toMarkdown(results: BenchResults): string {
  const m = results.machine;
  const s = results.settings;
  return [
    '# LOCI Graph benchmark',
    '',
    `${results.date}, ${s.quick ? 'quick run' : 'full run'} (\`npm run bench${s.quick ? ' -- --quick' : ''}\`). Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; ${m.neo4j}; load average ${m.loadAverageAtStart} at start.`,
    '',
    `Each operation is first checked to give the same answer from every system, then driven over loopback with autocannon at ${s.connections} connections. Before any of them is timed, every operation of every system runs untimed, about 1 s each, round after round, until Neo4j's CPU per answer stops falling (its JVM compiles its hot paths only under load; at most ${s.dbWarmupRounds} rounds). Then per operation: a warm-up of about ${s.warmupSeconds} s per system, then ${s.rounds} rounds per system, interleaved (LOCI, @neo4j/graphql, driver, LOCI, ...), each a fixed number of requests sized from the warm-up to last about ${s.durationSeconds} s; every request of a window is answered before the next window starts. rps counts successful answers; p50/p99 are over every answer of all rounds. Round trips are database statements per request. CPU ms per answer is the CPU time the server process, and Neo4j, used while that system alone was driven, divided by its answers: unlike latency, it does not grow when other work on the machine competes for the cores. Targets: LOCI ÷ @neo4j/graphql rps ≥ 1; driver ÷ LOCI p50 ≥ 0.67 (LOCI p50 within 1.5× the floor). — means the system cannot express the operation.`,
    '',
    ...results.sizes.flatMap((size) => [sizeTable(size), '']),
  ].join('\n');
}

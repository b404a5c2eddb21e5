import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { REPO_ROOT } from '../src/paths.js';
import type { Fixtures, SystemName } from './operations/index.js';
import { OPERATIONS } from './operations/index.js';
import { toHttpRequest } from './requests.js';
import type { Neo4jEnv } from './database.js';

/** A server of the benchmark, running in its own process. */
export interface RunningSystem {
  name: SystemName;
  url: string;
  pid: number;
  /** From spawning the process to its first answer read from the database. */
  startupMs: number;
  stop(): Promise<void>;
}

export const SYSTEM_LABELS: Record<SystemName, string> = { loci: 'LOCI Graph', neo4jGraphql: '@neo4j/graphql', driver: 'driver floor', lociBaseline: 'LOCI Graph (baseline)' };

/**
 * Each system's compiled entry point (scripts/run-bench.mjs compiles them to dist/) and
 * environment. The baseline is another build of LOCI Graph, at `baselineEntry`.
 */
function commandOf(name: SystemName, neo4jEnv: Neo4jEnv, port: number, baselineEntry?: string): { entry: string; env: Record<string, string> } {
  const base = { ...neo4jEnv, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' };
  switch (name) {
    case 'loci':
    case 'lociBaseline':
      // Production mode (it needs a JWT secret), no seeding (migrations are already applied). Two
      // departures from a deployment, both to match the other two servers: the per-IP rate limit
      // is off (one load generator on one IP would hit it at once) and per-request log lines are
      // off (LOG_LEVEL=warn; the other two write none).
      return {
        entry: name === 'loci' ? 'dist/src/main.js' : baselineEntry!,
        env: { ...base, SEED_ON_START: 'false', JWT_SECRET: randomBytes(24).toString('hex'), LOG_LEVEL: 'warn', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_PER_SUBJECT: '0' },
      };
    case 'neo4jGraphql':
      return { entry: 'dist/bench/neo4j-graphql/main.js', env: base };
    case 'driver':
      return { entry: 'dist/bench/driver-floor/main.js', env: base };
  }
}

/**
 * The Node flags `npm start` runs LOCI Graph with (package.json's start script): every server of
 * the benchmark gets them, so none is tuned alone.
 */
function serverNodeFlags(): string[] {
  const start = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  return start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts one system in a new Node process and waits for its first answer to the node-by-id
 * operation (which reads the database), polling every 10 ms: that wait is its start-up time.
 * Output goes to `logDir/<name>.log`. `baselineEntry`: the compiled main.js of the baseline build. Throws when it exits or does not answer within `timeoutMs`.
 */
export async function startSystem(name: SystemName, neo4jEnv: Neo4jEnv, f: Fixtures, logDir: string, baselineEntry?: string, timeoutMs = 120_000): Promise<RunningSystem> {
  const port = await freePort();
  const { entry, env } = commandOf(name, neo4jEnv, port, baselineEntry);
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${name}.log`));
  const started = performance.now();
  const child = spawn(process.execPath, [...serverNodeFlags(), path.resolve(REPO_ROOT, entry)], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  const probe = toHttpRequest(name, OPERATIONS[0], f)!;
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`${SYSTEM_LABELS[name]} exited during start-up (see ${path.join(logDir, `${name}.log`)})`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`${SYSTEM_LABELS[name]} did not answer within ${timeoutMs} ms`);
    }
    if (await answers(url, probe)) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const startupMs = performance.now() - started;
  return { name, url, pid: child.pid!, startupMs, stop: () => stopChild(child) };
}

async function answers(url: string, probe: { path: string; headers: Record<string, string>; body: string }): Promise<boolean> {
  try {
    const res = await fetch(url + probe.path, { method: 'POST', headers: probe.headers, body: probe.body });
    if (!res.ok) return false;
    const body = (await res.json()) as { errors?: unknown } | null;
    return !body?.errors;
  } catch {
    return false;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

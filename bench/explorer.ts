import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../src/paths.js';
// The browser tests' own launcher (Debian's Chromium, WebGL on SwiftShader) and page helpers.
import { ensureExplorerBuilt, launchBrowser, waitForExplorer } from '../test/helpers/browser.js';
import { openBenchDatabase, type Neo4jEnv } from './database.js';
import { describeMachine } from './machine.js';
import { freePort } from './systems.js';

/*
 * `npm run bench:explorer [-- options]`: how the network explorer (/explore) copes with a large
 * network, measured in headless Chromium against the real server: the LOCI seeds alone (176
 * nodes) and the seeds plus a synthetic network of more than 5,000 nodes, loaded side by side
 * in alternating rounds of one run, so the ratios between them hold on a noisy machine.
 * Chromium here has no GPU: WebGL runs on SwiftShader (the CPU), so frame rates are a floor.
 */

const USAGE = 'usage: npm run bench:explorer -- [--initiatives 480] [--rounds 3] [--fresh] [--port 7721] [--out bench/results/explorer]';
const VIEWPORT = { width: 1440, height: 900 };
/** The page's requestAnimationFrame, for code run in the page (this file is compiled without the DOM library). */
declare const requestAnimationFrame: (callback: (now: number) => void) => number;

interface SceneFigures {
  nodes: number;
  relationships: number;
  /** Relationships the renderer draws once laid out (a large network draws a budget of them). */
  drawnRelationships: number;
  /** The ExplorerNetwork request, sent to answered (server: load, measure, serialise). */
  networkMs: number;
  /** Page opened to network drawn (state.ready). */
  readyMs: number;
  /** Frames the main thread delivers in the 3 s after drawing, while ForceAtlas2 runs in its worker. */
  fpsDuringLayout: number;
  worstFrameMs: number;
  /** Drawing ready to layout stopped (converged or out of its time budget). */
  layoutMs: number;
  /** Frames drawn per second while the camera zooms in and out (3 s). */
  fpsZooming: number;
  /** Hiding every Theme, to the next frame drawn. */
  filterMs: number;
  /** JavaScript heap of the page once laid out. */
  heapMb: number;
}

const SCENES = [
  { name: 'seeds', address: '/explore/' },
  { name: 'large', address: '/explore/?synthetic=1' },
] as const;

function readSettings() {
  const { values } = parseArgs({
    options: {
      initiatives: { type: 'string', default: '480' },
      rounds: { type: 'string', default: '3' },
      fresh: { type: 'boolean', default: false },
      port: { type: 'string', default: '7721' },
      out: { type: 'string', default: 'bench/results/explorer' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const num = (raw: string) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`not a positive whole number: ${raw}\n${USAGE}`);
    return n;
  };
  return { initiatives: num(values.initiatives!), rounds: num(values.rounds!), fresh: values.fresh!, port: num(values.port!), out: values.out! };
}

const log = (message: string) => console.error(`[bench:explorer] ${message}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The real server (compiled by scripts/run-bench.mjs), as a deployment runs it, on a free port. */
async function startServer(neo4jEnv: Neo4jEnv): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'src', 'main.js')], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...neo4jEnv, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_IP: '0', SEED_ON_START: 'false', NODE_ENV: 'development' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 120_000; await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null) throw new Error('the server exited during start-up');
    const ok = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
    if (ok) return { url, child };
  }
  child.kill('SIGKILL');
  throw new Error('the server did not become ready within 120 s');
}

/** In the page: frames per second and the worst frame over three seconds (the layout runs meanwhile). */
function framesForThreeSeconds(): Promise<{ fps: number; worst: number }> {
  return new Promise((resolve) => {
    let frames = 0;
    let worst = 0;
    let last = performance.now();
    const start = last;
    const tick = (now: number) => {
      frames++;
      worst = Math.max(worst, now - last);
      last = now;
      if (now - start < 3_000) requestAnimationFrame(tick);
      else resolve({ fps: (frames * 1000) / (now - start), worst });
    };
    requestAnimationFrame(tick);
  });
}

/** In the page: frames per second while the camera zooms in and back out (1.5 s each). */
async function framesWhileZooming(): Promise<number> {
  const { renderer } = (globalThis as any).__loci;
  let frames = 0;
  const count = () => frames++;
  renderer.on('afterRender', count);
  const t0 = performance.now();
  await renderer.getCamera().animate({ ratio: 0.3 }, { duration: 1_500 });
  await renderer.getCamera().animate({ ratio: 1 }, { duration: 1_500 });
  renderer.off('afterRender', count);
  return (frames * 1000) / (performance.now() - t0);
}

/** Opens one scene in a fresh page and measures it. */
async function measureScene(browser: Browser, url: string): Promise<SceneFigures> {
  const page: Page = await browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let sent = 0;
  let answered = 0;
  page.on('request', (r) => {
    if (r.postData()?.includes('query ExplorerNetwork')) sent = performance.now();
  });
  page.on('requestfinished', (r) => {
    if (r.postData()?.includes('query ExplorerNetwork')) answered = performance.now();
  });
  const started = performance.now();
  await page.goto(url);
  await waitForExplorer(page, 180_000);
  const readyMs = performance.now() - started;
  const duringLayout = await page.evaluate(framesForThreeSeconds);
  await page.waitForFunction(() => (globalThis as any).__loci.state.layoutRunning === false, undefined, { timeout: 180_000 });
  const layoutMs = performance.now() - started - readyMs;
  const fpsZooming = await page.evaluate(framesWhileZooming);
  const drawnRelationships = await page.evaluate(() => (globalThis as any).__loci.drawing.size as number);
  const filterMs = await page.evaluate(async () => {
    const t0 = performance.now();
    (globalThis as any).__loci.store.updateFilters({ types: ['Organisation', 'Actor', 'Initiative', 'Commitment', 'Learning', 'Event', 'Place'] });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  });
  const { nodes, relationships, heap } = await page.evaluate(() => {
    const { graph } = (globalThis as any).__loci;
    return { nodes: graph.order as number, relationships: graph.size as number, heap: ((performance as any).memory?.usedJSHeapSize ?? 0) as number };
  });
  await page.close();
  if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
  return {
    nodes,
    relationships,
    drawnRelationships,
    networkMs: answered - sent,
    readyMs,
    fpsDuringLayout: duringLayout.fps,
    worstFrameMs: duringLayout.worst,
    layoutMs,
    fpsZooming,
    filterMs,
    heapMb: heap / 2 ** 20,
  };
}

function summarise(rounds: SceneFigures[]): SceneFigures {
  const keys = Object.keys(rounds[0]) as (keyof SceneFigures)[];
  return Object.fromEntries(keys.map((k) => [k, round(median(rounds.map((r) => r[k])))])) as unknown as SceneFigures;
}

function toMarkdown(results: { machine: ReturnType<typeof describeMachine>; date: string; rounds: number; scenes: Record<string, SceneFigures> }): string {
  const { seeds, large } = results.scenes;
  const rows: [string, keyof SceneFigures, string][] = [
    ['nodes drawn', 'nodes', ''],
    ['relationships loaded', 'relationships', ''],
    ['relationships drawn (level of detail)', 'drawnRelationships', ''],
    ['network request (server) ms', 'networkMs', 'lower is better'],
    ['page opened → network drawn ms', 'readyMs', 'lower is better'],
    ['fps while the layout runs (worker)', 'fpsDuringLayout', 'higher is better'],
    ['worst frame while the layout runs ms', 'worstFrameMs', 'lower is better'],
    ['layout until stopped ms', 'layoutMs', 'lower is better'],
    ['fps while zooming', 'fpsZooming', 'higher is better'],
    ['filter applied → drawn ms', 'filterMs', 'lower is better'],
    ['page JS heap MB', 'heapMb', 'lower is better'],
  ];
  const m = results.machine;
  return [
    '# Network explorer benchmark',
    '',
    `${results.date}, \`npm run bench:explorer\`. Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.os}; Node ${m.node}; ${m.neo4j}; load average ${m.loadAverageAtStart} at start.`,
    `Headless Debian Chromium with WebGL on SwiftShader (no GPU: drawing runs on the CPU, so frame rates are a floor). Viewport ${VIEWPORT.width}×${VIEWPORT.height}.`,
    `Each scene opened ${results.rounds} times, alternating (seeds, large, seeds, ...); medians. Large = the LOCI seeds plus \`npm run seed:synthetic\`, drawn whole (\`/explore/?synthetic=1\`).`,
    '',
    '| measure | seeds | large | large ÷ seeds | |',
    '|---|---:|---:|---:|---|',
    ...rows.map(([label, key, note]) => `| ${label} | ${seeds[key].toLocaleString('en')} | ${large[key].toLocaleString('en')} | ${seeds[key] ? round(large[key] / seeds[key], 2) : '—'} | ${note} |`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const s = readSettings();
  // Built afresh: a stale build would measure old code.
  log('building the explorer');
  ensureExplorerBuilt({ force: true });
  const db = await openBenchDatabase(s.initiatives, { port: s.port, heap: '1g', pageCache: '512m', seed: 1, fresh: s.fresh, log });
  let server: { url: string; child: ChildProcess } | null = null;
  let browser: Browser | null = null;
  try {
    log(`graph: ${db.graph.nodes.toLocaleString('en')} nodes, ${db.graph.relationships.toLocaleString('en')} relationships`);
    server = await startServer(db.neo4jEnv);
    browser = await launchBrowser();
    const machine = describeMachine(db.neo4jVersion);
    const figures: Record<string, SceneFigures[]> = { seeds: [], large: [] };
    for (let r = 1; r <= s.rounds; r++) {
      for (const scene of SCENES) {
        const f = await measureScene(browser, `${server.url}${scene.address}`);
        figures[scene.name].push(f);
        log(`round ${r} ${scene.name}: ${f.nodes} nodes, ready ${Math.round(f.readyMs)} ms, ${f.fpsDuringLayout.toFixed(1)} fps in layout, ${f.fpsZooming.toFixed(1)} fps zooming`);
      }
    }
    const results = { machine, date: new Date().toISOString(), rounds: s.rounds, initiatives: s.initiatives, scenes: { seeds: summarise(figures.seeds), large: summarise(figures.large) }, all: figures };
    const out = path.resolve(REPO_ROOT, s.out);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(`${out}.json`, JSON.stringify(results, null, 2));
    writeFileSync(`${out}.md`, toMarkdown(results));
    console.log(toMarkdown(results));
    log(`written: ${path.relative(REPO_ROOT, out)}.md and .json`);
  } finally {
    await browser?.close();
    if (server) {
      server.child.kill('SIGTERM');
      await new Promise((r) => server!.child.once('exit', r));
    }
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

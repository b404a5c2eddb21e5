import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchPlan } from './import-plan.js';
import { benchWrite } from './import-write.js';
import { writeSyntheticOcds } from './ocds-synthetic.js';
import { benchSpreadsheet } from './import-sheets.js';

/**
 * `npm run bench:import [-- --releases 100000] [--heap 512m]`: the OCDS importer on deterministic
 * synthetic OCDS (bench/ocds-synthetic.ts), in two cases, each in a process of its own so each
 * peak RSS is that case's alone (the whole process, as the OS counts it): read+plan
 * (import-plan.ts: no database) and write (import-write.ts: the whole import into an empty Neo4j
 * of the benchmark's own, by default with `npm run db:start`'s 512 MB heap). Prints each case's
 * rate in releases per second and peak RSS, and the machine's load average, as one JSON object.
 * `--case spreadsheet [--rows 10000]` measures the spreadsheet door instead (import-sheets.ts).
 */
const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '100000' },
    case: { type: 'string' },
    file: { type: 'string' },
    port: { type: 'string', default: '7797' },
    heap: { type: 'string', default: '512m' },
    'page-cache': { type: 'string', default: '128m' },
    rows: { type: 'string', default: '10000' },
  },
});
const releases = Number(values.releases);
const log = (message: string) => console.error(message);

/** Runs one case in a child process (this file, compiled) and returns the JSON it prints. */
function runCase(name: 'plan' | 'write', file: string): Promise<Record<string, unknown>> {
  const args = [fileURLToPath(import.meta.url), '--case', name, '--file', file, '--releases', String(releases), '--port', values.port!, '--heap', values.heap!, '--page-cache', values['page-cache']!];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench:import --case ${name} exited with ${code}`))));
  });
}

if (values.case === 'spreadsheet') {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'loci-import-bench-'));
  try {
    await benchSpreadsheet(dir, Number(values.rows));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
} else if (values.case) {
  if (!values.file) throw new Error('--case needs --file');
  const result = values.case === 'write' ? await benchWrite(values.file, releases, { port: Number(values.port), heap: values.heap!, pageCache: values['page-cache']!, log }) : await benchPlan(values.file, releases);
  console.log(JSON.stringify(result));
} else {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'loci-import-bench-'));
  const file = path.join(dir, 'synthetic.jsonl.gz');
  try {
    await writeSyntheticOcds(file, { releases, buyers: Math.max(10, Math.round(releases / 500)), suppliers: Math.max(10, Math.round(releases / 10)) });
    const loadBefore = os.loadavg().map((l) => Number(l.toFixed(2)));
    log(`read+plan of ${releases} releases...`);
    const plan = await runCase('plan', file);
    log(`write of ${releases} releases into the benchmark's own Neo4j...`);
    const write = await runCase('write', file);
    const loadAfter = os.loadavg().map((l) => Number(l.toFixed(2)));
    console.log(JSON.stringify({ releases, cores: os.cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, cases: [plan, write] }, null, 2));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

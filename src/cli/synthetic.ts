import { parseArgs } from 'node:util';
import { migrate } from '../neo4j/migrations.js';
import { DEFAULT_SEED, MAX_INITIATIVES, MIN_INITIATIVES } from '../seed/synthetic.js';
import { importSynthetic, removeSynthetic } from '../seed/synthetic-import.js';
import { createProgressReporter } from '../seed/synthetic/progress.js';
import { runWithDatabase } from './database.js';

/**
 * `npm run seed:synthetic -- --initiatives N [--seed S]`: generates and imports a synthetic
 * network for scale tests; `--remove` deletes all synthetic data. Bad arguments exit with 2.
 */
const USAGE = 'usage: npm run seed:synthetic -- --initiatives N [--seed S]  |  npm run seed:synthetic -- --remove';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) fail(`--${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}

function readArgs(): { remove: true } | { remove: false; initiatives: number; seed: number } {
  let values;
  try {
    ({ values } = parseArgs({ options: { initiatives: { type: 'string' }, seed: { type: 'string' }, remove: { type: 'boolean' } } }));
  } catch (error) {
    // parseArgs names the flag: "Unknown option '--x'", "Option '--seed <value>' argument missing".
    fail((error as Error).message);
  }
  if (values.remove) {
    if (values.initiatives !== undefined || values.seed !== undefined) fail('--remove takes no --initiatives or --seed');
    return { remove: true };
  }
  if (values.initiatives === undefined) fail('--initiatives is required');
  return {
    remove: false,
    initiatives: wholeNumber('initiatives', values.initiatives, MIN_INITIATIVES, MAX_INITIATIVES),
    seed: values.seed === undefined ? DEFAULT_SEED : wholeNumber('seed', values.seed, 0, 2 ** 31 - 1),
  };
}

const args = readArgs();
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

await runWithDatabase(async (executor) => {
  await migrate(executor);
  const started = performance.now();
  if (args.remove) {
    const removed = await removeSynthetic(executor);
    console.log(`removed ${removed.nodes} synthetic nodes and ${removed.relationships} relationships in ${seconds(started)} s`);
    return;
  }
  // Ctrl-C stops the import, which then removes what it wrote.
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort(new Error('interrupted (SIGINT)')));
  const progress = createProgressReporter(args.initiatives);
  let written;
  try {
    written = await importSynthetic(executor, { ...args, onProgress: (p) => progress.update(p), signal: abort.signal });
  } finally {
    progress.stop();
  }
  console.log(`imported ${written.nodes} synthetic nodes and ${written.relationships} relationships (${args.initiatives} initiatives, seed ${args.seed}) in ${seconds(started)} s`);
});

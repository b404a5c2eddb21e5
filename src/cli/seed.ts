import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { migrate } from '../neo4j/migrations.js';
import { SEEDS_DIR } from '../paths.js';
import { importSeeds } from '../seed/import.js';
import { runWithDatabase } from './database.js';

/** `npm run seed [-- path]`: validates, then imports seed files (default seeds/) in one transaction. */
const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const target = positionals[0] ? path.resolve(positionals[0]) : SEEDS_DIR;

await runWithDatabase(async (executor) => {
  await migrate(executor);
  const started = performance.now();
  // A bar only where a person watches a terminal; logs and CI get the summary line alone.
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ clearOnComplete: true }, cliProgress.Presets.shades_classic) : undefined;
  let barStarted = false;
  const result = await importSeeds(executor, target, (done, total) => {
    if (!bar) return;
    if (!barStarted) {
      bar.start(total, 0);
      barStarted = true;
    }
    bar.update(done);
  });
  bar?.stop();
  console.log(`imported ${result.nodes} nodes and ${result.relationships} relationships from ${path.relative(process.cwd(), target) || '.'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

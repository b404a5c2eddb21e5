import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { importFiles, removeDataset, type ImportReport } from '../import/importer.js';
import { ImportRefusedError, ImportUsageError } from '../import/problems.js';
import { summarise } from '../import/summary.js';
import { migrate } from '../neo4j/migrations.js';
import { runWithDatabase } from './database.js';

const USAGE = `usage: npm run import -- [--format ocds|csv|xlsx|graphml|gexf] [--dataset NAME] [--initiative ID] [--place ID]
                         [--encoding LABEL] [--dry-run] [--json] FILE|FOLDER...
       npm run import -- --remove DATASET_ID [--json]`;

/**
 * `npm run import`: brings OCDS files into the graph as one Dataset (src/import/), or takes one
 * out. Exit codes: 0 written (or a clean dry run), 1 input refused (nothing written), 2 usage.
 */
function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        dataset: { type: 'string' },
        initiative: { type: 'string' },
        place: { type: 'string' },
        encoding: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        remove: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const { values, positionals } = parse();
if (values.remove === undefined && positionals.length === 0) {
  console.error(`no file to import\n${USAGE}`);
  process.exit(2);
}

/** A bar only where a person watches a terminal; --json and logs get none. */
function progress(): { tick: () => void; stop: () => void } {
  if (values.json || !process.stderr.isTTY) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar({ format: 'reading {value} releases and records | {rate}/s', clearOnComplete: true }, cliProgress.Presets.shades_classic);
  const started = performance.now();
  let n = 0;
  bar.start(0, 0, { rate: 0 });
  return {
    tick: () => {
      n++;
      if (n % 100 === 0) bar.update(n, { rate: Math.round(n / ((performance.now() - started) / 1000)) });
    },
    stop: () => bar.stop(),
  };
}

function print(report: ImportReport): void {
  console.log(values.json ? JSON.stringify(report, null, 2) : summarise(report, values['dry-run']!));
  process.exitCode = report.errors.length > 0 ? 1 : 0;
}

await runWithDatabase(async (executor) => {
  await migrate(executor);
  try {
    if (values.remove !== undefined) {
      const result = await removeDataset(executor, values.remove);
      console.log(values.json ? JSON.stringify({ removed: values.remove, ...result }) : `removed dataset ${values.remove}: ${result.deletedNodes} nodes and ${result.deletedRelationships} relationships deleted, ${result.restoredNodes} nodes and ${result.restoredRelationships} relationships restored`);
      return;
    }
    const bar = progress();
    const report = await importFiles(executor, {
      inputs: positionals,
      format: values.format,
      dataset: values.dataset,
      initiative: values.initiative,
      place: values.place,
      encoding: values.encoding,
      dryRun: values['dry-run'],
      onRead: bar.tick,
    }).finally(bar.stop);
    print(report);
  } catch (error) {
    if (error instanceof ImportUsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof ImportRefusedError) {
      console.error(error.message);
      process.exitCode = 1;
    } else throw error;
  }
});

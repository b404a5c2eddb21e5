import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { parseDefaults } from '../import/defaults.js';
import { importFiles, removeDataset, type ImportReport } from '../import/importer.js';
import { ImportRefusedError, ImportUsageError } from '../import/problems.js';
import { summarise } from '../import/summary.js';
import { migrate } from '../neo4j/migrations.js';
import { runWithDatabase } from './database.js';

const USAGE = `usage: npm run import -- [--format ocds|csv|xlsx|graphml|gexf] [--dataset NAME] [--initiative ID] [--place ID]
                         [--encoding LABEL] [--contacts] [--default TYPE.FIELD=VALUE]... [--dry-run] [--json] FILE|FOLDER...
       npm run import -- --remove DATASET_ID [--json]`;

/**
 * `npm run import`: brings OCDS, CSV, XLSX, GraphML or GEXF files into the graph as one Dataset (src/import/), or takes one
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
        contacts: { type: 'boolean', default: false },
        default: { type: 'string', multiple: true },
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

/** Bars only where a person watches a terminal; --json and logs get none. Reading counts up; writing counts to the plan's total. */
function progress(): { tick: () => void; wrote: (done: number, total: number) => void; stop: () => void } {
  if (values.json || !process.stderr.isTTY) return { tick: () => undefined, wrote: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar({ format: '{phase} {value}{of} | {rate}/s', clearOnComplete: true, stream: process.stderr }, cliProgress.Presets.shades_classic);
  let started = performance.now();
  let n = 0;
  let writing = false;
  const rate = (count: number) => Math.round(count / Math.max(0.001, (performance.now() - started) / 1000));
  bar.start(0, 0, { rate: 0, phase: 'reading', of: ' releases, records or rows' });
  return {
    tick: () => {
      n++;
      if (n % 100 === 0) bar.update(n, { rate: rate(n) });
    },
    wrote: (done, total) => {
      if (!writing) ((writing = true), (started = performance.now()), bar.setTotal(total));
      bar.update(done, { rate: rate(done), phase: 'writing', of: `/${total} nodes and relationships` });
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
      contacts: values.contacts,
      defaults: parseDefaults(values.default),
      dryRun: values['dry-run'],
      onRead: bar.tick,
      onWrite: bar.wrote,
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

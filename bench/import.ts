import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OrganisationMatcher } from '../src/import/match.js';
import { collectOcds } from '../src/import/ocds/collect.js';
import { organisationRecord, processRecord, processRelationships } from '../src/import/ocds/desired.js';
import { collectSheets } from '../src/import/sheets/collect.js';
import { planSheets } from '../src/import/sheets/plan-sheets.js';
import { writeSyntheticOcds } from './ocds-synthetic.js';
import { writeSyntheticSheets } from './sheets-synthetic.js';

/**
 * `npm run bench:import [-- --case ocds|spreadsheet] [--releases 100000] [--rows 10000]`: the import
 * pipeline's own side on deterministic synthetic input. OCDS (bench/ocds-synthetic.ts): read
 * (gunzip, decode, stream-parse), validate, merge by ocid, match organisations and build every
 * record and relationship the write would send, in releases per second. Spreadsheet
 * (bench/sheets-synthetic.ts): read the two CSV sheets, map columns, match (organisations by
 * normalised name), validate every record and connection against the model and plan them against
 * an empty graph, in rows per second. Each reports the process's peak RSS (run one case at a time
 * to read it per case). The database write is not in it (see README's Importing data).
 */
const { values } = parseArgs({ options: { case: { type: 'string', default: 'ocds' }, releases: { type: 'string', default: '100000' }, rows: { type: 'string', default: '10000' } } });
const releases = Number(values.releases);
const dir = await mkdtemp(path.join(os.tmpdir(), 'loci-import-bench-'));
const file = path.join(dir, 'synthetic.jsonl.gz');
try {
  if (values.case === 'spreadsheet') await benchSpreadsheet(Number(values.rows));
  else await benchOcds();
} finally {
  await rm(dir, { recursive: true, force: true });
}

async function benchSpreadsheet(rows: number): Promise<void> {
  const elementsFile = path.join(dir, 'elements.csv');
  const connectionsFile = path.join(dir, 'connections.csv');
  const written = await writeSyntheticSheets(elementsFile, connectionsFile, rows);
  const started = performance.now();
  const collected = await collectSheets([elementsFile, connectionsFile], 'csv', undefined);
  const read = performance.now();
  // An empty graph: every statement of the plan answers no rows.
  const { plan, errors } = await planSheets(async () => [], collected, { datasetId: 'bench', defaults: {} });
  const seconds = (performance.now() - started) / 1000;
  const total = written.elements + written.connections;
  console.log(
    JSON.stringify(
      {
        case: 'spreadsheet',
        rows: total,
        ...written,
        errors: collected.errors.length + errors.length,
        nodes: plan.nodes.length,
        relationships: plan.relationships.length,
        merges: plan.merges.length,
        readSeconds: Number(((read - started) / 1000).toFixed(2)),
        totalSeconds: Number(seconds.toFixed(2)),
        rowsPerSecond: Math.round(total / seconds),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      },
      null,
      2,
    ),
  );
}

async function benchOcds(): Promise<void> {
  await writeSyntheticOcds(file, { releases, buyers: Math.max(10, Math.round(releases / 500)), suppliers: Math.max(10, Math.round(releases / 10)) });
  const started = performance.now();
  const collected = await collectOcds([file], undefined);
  const read = performance.now();
  const matcher = new OrganisationMatcher([], new Set());
  const byKey = matcher.matchAll(collected.organisations.values());
  const entryOf = (key: string) => byKey.get(key)!;
  let nodes = 0;
  let relationships = 0;
  for (const entry of new Set(byKey.values())) (organisationRecord(entry, undefined, [], 'bench'), nodes++);
  for (const draft of collected.processes.values()) {
    processRecord(draft, undefined, 'bench');
    nodes++;
    relationships += processRelationships(draft, entryOf, 'bench', []).length;
  }
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify(
      {
        case: 'ocds',
        releases,
        errors: collected.errors.length,
        processes: collected.processes.size,
        organisations: new Set(byKey.values()).size,
        merges: matcher.merges.length,
        nodes,
        relationships,
        readSeconds: Number(((read - started) / 1000).toFixed(1)),
        totalSeconds: Number(seconds.toFixed(1)),
        releasesPerSecond: Math.round(releases / seconds),
        peakRssMb: Math.round(peakMb),
      },
      null,
      2,
    ),
  );
}

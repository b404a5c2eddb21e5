import path from 'node:path';
import { collectSheets } from '../src/import/sheets/collect.js';
import { planSheets } from '../src/import/sheets/plan-sheets.js';
import { writeSyntheticSheets } from './sheets-synthetic.js';

/**
 * `npm run bench:import -- --case spreadsheet [--rows 10000]`: the spreadsheet door on
 * deterministic synthetic sheets (bench/sheets-synthetic.ts): read the two CSV sheets, map
 * columns, match (organisations by normalised name), validate every record and connection against
 * the model and plan them against an empty graph, in rows per second, with the process's peak RSS.
 */
export async function benchSpreadsheet(dir: string, rows: number): Promise<void> {
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

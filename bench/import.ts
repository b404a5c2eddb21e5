import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OrganisationMatcher } from '../src/import/match.js';
import { collectOcds } from '../src/import/ocds/collect.js';
import { organisationRecord, processRecord, processRelationships } from '../src/import/ocds/desired.js';
import { writeSyntheticOcds } from './ocds-synthetic.js';

/**
 * `npm run bench:import [-- --releases 100000]`: the import pipeline's own side on deterministic
 * synthetic OCDS (bench/ocds-synthetic.ts): read (gunzip, decode, stream-parse), validate, merge
 * by ocid, match organisations and build every record and relationship the write would send.
 * Reports the rate in releases per second and the process's peak RSS. The database write is not
 * in it (it needs a Neo4j of its own; see README's Importing data).
 */
const { values } = parseArgs({ options: { releases: { type: 'string', default: '100000' } } });
const releases = Number(values.releases);
const dir = await mkdtemp(path.join(os.tmpdir(), 'loci-import-bench-'));
const file = path.join(dir, 'synthetic.jsonl.gz');
try {
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
} finally {
  await rm(dir, { recursive: true, force: true });
}

import { OrganisationMatcher } from '../src/import/match.js';
import { collectOcds } from '../src/import/ocds/collect.js';
import { organisationRecord, processRecord, processRelationships } from '../src/import/ocds/desired.js';

/**
 * The read+plan case of `npm run bench:import`: the importer's own side without a database: read
 * (gunzip, decode, stream-parse), validate, merge by ocid, match organisations and build every
 * record and relationship the write would send. Run in a process of its own (import.ts), so its
 * peak RSS is its own.
 */
export async function benchPlan(file: string, releases: number) {
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
  return {
    case: 'read+plan',
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
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

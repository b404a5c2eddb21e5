import { processIdOf } from '../../model/index.js';
import { readCountries, readNodes, readOrganisations, readRelationships, readTakenIds, type Run } from '../graph-state.repository.js';
import { OrganisationMatcher, type OrganisationEntry } from '../match.js';
import { diffNodes, diffRelationships, type Counts, type DesiredNode, type DesiredRelationship, type ImportPlan } from '../plan.js';
import { ImportRefusedError } from '../problems.js';
import type { Collected } from './collect.js';
import { planContacts } from './contacts.js';
import { countryRecord, organisationRecord, processRecord, processRelationships } from './desired.js';

export interface OcdsPlanOptions {
  datasetId: string;
  /** The initiative whose portal published the data: every process is PART_OF it. */
  initiative?: string;
  /** The place every process is LOCATED_IN. */
  place?: string;
  /** Contact point names as non-public people (contacts.ts). */
  contacts?: boolean;
}

/** Refuses an --initiative or --place id the graph has no node of that type for. */
async function assertTargets(run: Run, opts: OcdsPlanOptions): Promise<void> {
  const wanted = [opts.initiative && { id: opts.initiative, type: 'Initiative', flag: '--initiative' }, opts.place && { id: opts.place, type: 'Place', flag: '--place' }].filter(Boolean) as { id: string; type: string; flag: string }[];
  const stored = await readNodes(run, wanted.map((w) => w.id));
  for (const w of wanted) {
    if (!stored.get(w.id)?.labels.includes(w.type)) throw new ImportRefusedError({ file: w.flag, at: null, field: w.flag.slice(2), message: `no ${w.type} has the id "${w.id}"` });
  }
}

/** Each organisation entry's sources: the sources of the processes it appears in, sorted. */
function organisationSources(collected: Collected, entryOf: (key: string) => OrganisationEntry): Map<OrganisationEntry, string[]> {
  const sets = new Map<OrganisationEntry, Set<string>>();
  for (const p of collected.processes.values()) {
    for (const keys of p.roles.values()) {
      for (const key of keys) {
        const set = sets.get(entryOf(key)) ?? new Set<string>();
        for (const s of p.sources) set.add(s);
        sets.set(entryOf(key), set);
      }
    }
  }
  return new Map([...sets].map(([e, s]) => [e, [...s].sort()]));
}

/**
 * The plan of an OCDS import against the graph as `run` reads it: organisations matched
 * (OrganisationMatcher), processes by ocid, countries found or made, relationships by role, each
 * compared with what is stored. Reads only; writing is write.ts's.
 */
export async function planOcds(run: Run, collected: Collected, opts: OcdsPlanOptions): Promise<ImportPlan> {
  await assertTargets(run, opts);
  const known = await readOrganisations(run);
  const located = new Set(known.filter((k) => k.located).map((k) => k.id));
  const takenIds = await readTakenIds(run);
  const matcher = new OrganisationMatcher(known, takenIds, opts.datasetId);
  const byKey = matcher.matchAll(collected.organisations.values());
  const entryOf = (key: string) => byKey.get(key)!;
  const entries = [...new Set(byKey.values())];
  const processIds = [...collected.processes.keys()].map(processIdOf);
  const stored = await readNodes(run, [...entries.filter((e) => e.existing).map((e) => e.id), ...processIds]);
  const sources = organisationSources(collected, entryOf);
  const warnings = [...collected.warnings];

  const nodes: DesiredNode[] = entries.map((e) => organisationRecord(e, stored.get(e.id), sources.get(e) ?? [], opts.datasetId));
  const rels: DesiredRelationship[] = [];
  for (const draft of collected.processes.values()) {
    nodes.push(processRecord(draft, stored.get(processIdOf(draft.ocid)), opts.datasetId));
    rels.push(...processRelationships(draft, entryOf, opts.datasetId, warnings));
    const id = processIdOf(draft.ocid);
    if (opts.initiative) rels.push({ type: 'PART_OF', from: id, to: opts.initiative, props: { sources: [...draft.sources].sort(), datasetIds: [opts.datasetId] } });
    if (opts.place) rels.push({ type: 'LOCATED_IN', from: id, to: opts.place, props: { sources: [...draft.sources].sort(), datasetIds: [opts.datasetId] } });
  }
  await addCountries(run, entries.filter((e) => !located.has(e.id)), takenIds, opts.datasetId, nodes, rels);
  if (opts.contacts) {
    const people = await planContacts(run, entries, sources, opts.datasetId, warnings);
    nodes.push(...people.nodes);
    rels.push(...people.rels);
  }

  const counts: Record<string, Counts> = {};
  const storedRels = await readRelationships(run, rels);
  const placeIds = nodes.filter((n) => n.type === 'Place' || n.type === 'Actor').map((n) => n.id);
  const storedPlaces = await readNodes(run, placeIds);
  return {
    nodes: diffNodes(nodes, new Map([...stored, ...storedPlaces]), opts.datasetId, counts),
    relationships: diffRelationships(rels, storedRels, opts.datasetId, counts),
    counts,
    merges: matcher.merges,
    ambiguities: matcher.ambiguities,
    warnings,
  };
}

/** LOCATED_IN its country for each organisation not located yet; a country place made when the graph has none. */
async function addCountries(run: Run, unlocated: OrganisationEntry[], takenIds: Set<string>, datasetId: string, nodes: DesiredNode[], rels: DesiredRelationship[]): Promise<void> {
  const withCountry = unlocated.filter((e) => e.country);
  const codes = [...new Set(withCountry.map((e) => e.country!))].sort();
  const places = await readCountries(run, codes);
  for (const code of codes) {
    if (places.has(code)) continue;
    const place = countryRecord(code, takenIds, datasetId);
    nodes.push(place);
    places.set(code, place.id);
  }
  for (const e of withCountry) {
    rels.push({ type: 'LOCATED_IN', from: e.id, to: places.get(e.country!)!, props: { sources: ['the address the publisher gave'], datasetIds: [datasetId] } });
  }
}

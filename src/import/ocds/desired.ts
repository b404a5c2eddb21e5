import { fromNodeProperties, processIdOf, slugify, type ContractingRole, type RelationshipType } from '../../model/index.js';
import { countryName } from '../countries.js';
import type { OrganisationDraft, ProcessDraft } from '../drafts.js';
import type { StoredNode } from '../graph-state.repository.js';
import type { OrganisationEntry } from '../match.js';
import { withDataset, type DesiredNode, type DesiredRelationship } from '../plan.js';
import type { Problem } from '../problems.js';
import { awardedProps, processAwardTotal } from './awards.js';

/** The relationship of each contracting role (AWARDED is made from awards, see awards.ts). */
const ROLE_RELATIONSHIPS: Record<Exclude<ContractingRole, 'SUPPLIER'>, RelationshipType> = {
  BUYER: 'BUYER_OF',
  PROCURING_ENTITY: 'PROCURING_ENTITY_OF',
  TENDERER: 'TENDERED_FOR',
  FUNDER: 'FUNDED',
};

/** At most this many sources on an organisation: a city's buyer is named by thousands of releases. */
const MAX_ORGANISATION_SOURCES = 5;

/** Kind and sector of a new organisation, from the roles it plays. */
function kindOf(roles: Set<ContractingRole>): { kind: string; sector: string } {
  if (roles.has('BUYER') || roles.has('PROCURING_ENTITY')) return { kind: 'GOVERNMENT', sector: 'GOVERNMENT' };
  if (roles.has('FUNDER')) return { kind: 'FUNDER', sector: 'DONOR' };
  return { kind: 'COMPANY', sector: 'PRIVATE_SECTOR' };
}

function unionBy<T>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map((x) => JSON.stringify(x)));
  return [...a, ...b.filter((x) => !seen.has(JSON.stringify(x)))];
}

/** The record of a matched or new organisation: a stored one gains identifiers, addresses and the dataset, never loses a field. */
export function organisationRecord(entry: OrganisationEntry, stored: StoredNode | undefined, sources: string[], datasetId: string): DesiredNode {
  const drafts: OrganisationDraft[] = entry.drafts;
  const addresses = drafts.reduce((all, d) => unionBy(all, d.addresses), [] as OrganisationDraft['addresses']);
  if (stored) {
    const old = fromNodeProperties('Organisation', stored.props) as Record<string, unknown>;
    const identifiers = unionBy((old.identifiers as object[] | undefined) ?? [], entry.identifiers);
    const oldAddresses = (old.addresses as object[] | undefined) ?? [];
    return {
      type: 'Organisation',
      id: entry.id,
      record: { ...old, identifiers: identifiers.length ? identifiers : undefined, addresses: unionBy(oldAddresses, addresses).length ? unionBy(oldAddresses, addresses) : undefined, datasetIds: withDataset(old.datasetIds, datasetId) },
    };
  }
  const roles = new Set(drafts.flatMap((d) => [...d.roles]));
  const name = drafts.reduce((longest, d) => (d.name.length > longest.length ? d.name : longest), entry.name);
  return {
    type: 'Organisation',
    id: entry.id,
    record: {
      id: entry.id,
      name,
      ...kindOf(roles),
      identifiers: entry.identifiers.length ? entry.identifiers : undefined,
      addresses: addresses.length ? addresses : undefined,
      sources: sources.slice(0, MAX_ORGANISATION_SOURCES),
      datasetIds: [datasetId],
    },
  };
}

/** The record of a process: a stored one dated later than this import's keeps its fields (the newest release wins). */
export function processRecord(draft: ProcessDraft, stored: StoredNode | undefined, datasetId: string): DesiredNode {
  const id = processIdOf(draft.ocid);
  const sources = [...draft.sources].sort();
  const fresh: Record<string, unknown> = { id, ocid: draft.ocid, ...draft.fields, title: draft.fields.title ?? draft.ocid, ...processAwardTotal([...draft.awards.values()]), sources, datasetIds: [datasetId] };
  if (!stored) return { type: 'ContractingProcess', id, record: fresh };
  const old = fromNodeProperties('ContractingProcess', stored.props) as Record<string, unknown>;
  const base = String(old.date ?? '') > String(fresh.date ?? '') ? old : fresh;
  const mergedSources = [...new Set([...((old.sources as string[]) ?? []), ...sources])].sort();
  return { type: 'ContractingProcess', id, record: { ...base, sources: mergedSources, datasetIds: withDataset(old.datasetIds, datasetId) } };
}

/** The relationships one process brings: its organisations by role, its suppliers with their awards. */
export function processRelationships(draft: ProcessDraft, entryOf: (key: string) => OrganisationEntry, datasetId: string, warnings: Problem[]): DesiredRelationship[] {
  const to = processIdOf(draft.ocid);
  const sources = [...draft.sources].sort();
  const rels = new Map<string, DesiredRelationship>();
  const add = (type: RelationshipType, from: string, extra: Record<string, unknown> = {}) => {
    const props = Object.fromEntries(Object.entries({ ...extra, sources, datasetIds: [datasetId] }).filter(([, v]) => v !== undefined));
    rels.set(`${type} ${from}`, { type, from, to, props });
  };
  for (const [role, keys] of draft.roles) {
    if (role === 'SUPPLIER') continue;
    for (const key of keys) add(ROLE_RELATIONSHIPS[role], entryOf(key).id);
  }
  const bySupplier = new Map<string, ReturnType<typeof draft.awards.get>[]>();
  for (const key of draft.roles.get('SUPPLIER') ?? []) bySupplier.set(entryOf(key).id, []);
  for (const award of draft.awards.values()) {
    for (const key of award.supplierKeys) bySupplier.get(entryOf(key).id)?.push(award);
  }
  for (const [supplier, awards] of bySupplier) {
    add('AWARDED', supplier, { ...awardedProps(awards as NonNullable<(typeof awards)[number]>[], (message) => warnings.push({ file: draft.ocid, at: null, field: 'awards', message })) });
  }
  return [...rels.values()];
}

/** A country place for a code the graph has none for. */
export function countryRecord(code: string, takenIds: Set<string>, datasetId: string): DesiredNode {
  const name = countryName(code);
  let id = slugify(name);
  if (takenIds.has(id)) id = `${id}-${code.toLowerCase()}`;
  takenIds.add(id);
  return { type: 'Place', id, record: { id, name, kind: 'COUNTRY', isoCode: code, sources: ['ISO 3166-1 country code, named from Unicode CLDR'], datasetIds: [datasetId] } };
}

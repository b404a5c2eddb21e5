import type { ContractingRole } from '../model/index.js';
import type { OrgIdentifier } from './identifiers.js';

/**
 * What the readers make of their input before anything is matched against the graph: one draft
 * per contracting process and per organisation, format-neutral, merged across releases and files.
 */

export interface AddressDraft {
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  countryName?: string;
}

export interface OrganisationDraft {
  /** Its key within the import: `id:MX-RFC-GDF9712054NA` or `name:MX:secretaria de finanzas`. */
  key: string;
  /** The longest name seen: publishers truncate, rarely lengthen. */
  name: string;
  identifiers: OrgIdentifier[];
  addresses: AddressDraft[];
  /** ISO alpha-2 code of its address's country, when recognised. */
  country: string | null;
  /** Buyers, procuring entities and funders are government or donor bodies; the rest companies. */
  roles: Set<ContractingRole>;
  /** Contact point names (imported only with --contacts). */
  contacts: Set<string>;
  /**
   * The id its input gives it (a spreadsheet's id column): such a draft is matched only against
   * the graph's organisations, never merged with another row, and keeps the id when it is new.
   */
  id?: string;
}

export interface AwardDraft {
  id: string;
  supplierKeys: string[];
  amount?: number;
  currency?: string;
  date?: string;
  status?: string;
  /** The release date it was read from: a newer release's award wins. */
  releaseDate: string;
}

/** The process fields a newer release overwrites one by one. */
export interface ProcessFields {
  title?: string;
  description?: string;
  status?: string;
  procurementMethod?: string;
  mainProcurementCategory?: string;
  tenderStartDate?: string;
  tenderEndDate?: string;
  date?: string;
}

export interface ProcessDraft {
  ocid: string;
  fields: ProcessFields;
  /** The release date each field was read from (OCDS merge: the newest value wins, field by field). */
  fieldDates: Partial<Record<keyof ProcessFields, string>>;
  /** Organisation keys by role (suppliers come from awards). */
  roles: Map<ContractingRole, Set<string>>;
  awards: Map<string, AwardDraft>;
  /** The package or file addresses it was read from. */
  sources: Set<string>;
}

/** A new, empty draft for an ocid. */
export function emptyProcess(ocid: string): ProcessDraft {
  return { ocid, fields: {}, fieldDates: {}, roles: new Map(), awards: new Map(), sources: new Set() };
}

/**
 * Merges what one release says (`next`, dated `releaseDate`) into a process's draft: each field
 * and each award takes the newer value; roles and sources add up. Order-independent, so files and
 * releases may come in any order.
 */
export function mergeProcess(into: ProcessDraft, next: ProcessDraft, releaseDate: string): void {
  for (const [field, value] of Object.entries(next.fields) as [keyof ProcessFields, string][]) {
    if (value === undefined) continue;
    const seen = into.fieldDates[field];
    if (seen === undefined || releaseDate >= seen) {
      into.fields[field] = value;
      into.fieldDates[field] = releaseDate;
    }
  }
  for (const [role, keys] of next.roles) {
    const set = into.roles.get(role) ?? new Set<string>();
    for (const k of keys) set.add(k);
    into.roles.set(role, set);
  }
  for (const [id, award] of next.awards) {
    const seen = into.awards.get(id);
    if (!seen || award.releaseDate >= seen.releaseDate) into.awards.set(id, award);
  }
  for (const s of next.sources) into.sources.add(s);
}

/** Merges a second sighting of an organisation into the first: longest name, identifiers and addresses added up. */
export function mergeOrganisation(into: OrganisationDraft, next: OrganisationDraft): void {
  if (next.name.length > into.name.length) into.name = next.name;
  for (const id of next.identifiers) {
    if (!into.identifiers.some((i) => i.scheme === id.scheme && i.id === id.id)) into.identifiers.push(id);
  }
  for (const a of next.addresses) {
    if (!into.addresses.some((b) => JSON.stringify(b) === JSON.stringify(a))) into.addresses.push(a);
  }
  into.country ??= next.country;
  for (const r of next.roles) into.roles.add(r);
  for (const c of next.contacts) into.contacts.add(c);
}

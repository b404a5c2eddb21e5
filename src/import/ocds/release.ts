import type { ContractingRole } from '../../model/index.js';
import { emptyProcess, mergeOrganisation, type AwardDraft, type OrganisationDraft, type ProcessDraft } from '../drafts.js';
import type { Problem } from '../problems.js';
import { OCDS_ROLES, toOrganisationDraft, type PartyNotes } from './parties.js';

type Json = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null) : []);
/** A partial ISO date (YYYY-MM-DD) of an OCDS date-time, or undefined. */
const day = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);

/** One release read: its process draft, the organisations it names, and what was wrong with it. */
export interface ReadRelease {
  process: ProcessDraft;
  releaseDate: string;
  organisations: OrganisationDraft[];
  errors: Omit<Problem, 'file' | 'at'>[];
  notes: PartyNotes;
}

/** Where one release is, for problems: the file and "release 3" (or "record 0"). */
export interface ReleasePlace {
  source: string;
}

/**
 * Reads one compiled release (OCDS 1.0 or 1.1) into drafts. 1.1 names organisations once in
 * `parties` and refers to them by id; a reference to an id no party has is an error. 1.0 writes
 * each organisation inline where it acts; the same one met twice becomes one draft.
 */
export function readRelease(release: Json, place: ReleasePlace): ReadRelease {
  const ocid = str(release.ocid)!;
  const process = emptyProcess(ocid);
  const releaseDate = str(release.date) ?? '';
  const tender = obj(release.tender) ?? {};
  const period = obj(tender.tenderPeriod) ?? {};
  process.fields = {
    title: str(tender.title),
    description: str(tender.description),
    status: str(tender.status),
    procurementMethod: str(tender.procurementMethod),
    mainProcurementCategory: str(tender.mainProcurementCategory),
    tenderStartDate: day(period.startDate),
    tenderEndDate: day(period.endDate),
    date: day(release.date),
  };
  process.sources.add(place.source);
  const read: ReadRelease = { process, releaseDate, organisations: [], errors: [], notes: { unresolvedIdentifiers: [] } };
  const resolver = new PartyResolver(release, read);
  resolver.role('BUYER', release.buyer, 'buyer');
  resolver.role('PROCURING_ENTITY', tender.procuringEntity, 'tender.procuringEntity');
  list(tender.tenderers).forEach((t, i) => resolver.role('TENDERER', t, `tender.tenderers[${i}]`));
  resolver.partyRoles();
  list(release.awards).forEach((award, i) => readAward(award, i, resolver, read, releaseDate));
  read.organisations = [...resolver.byKey.values()];
  return read;
}

function readAward(award: Json, index: number, resolver: PartyResolver, read: ReadRelease, releaseDate: string): void {
  const value = obj(award.value) ?? {};
  const draft: AwardDraft = {
    id: str(award.id) ?? String(award.id ?? index),
    supplierKeys: [],
    amount: typeof value.amount === 'number' && value.amount >= 0 ? value.amount : undefined,
    currency: str(value.currency),
    date: day(award.date),
    status: str(award.status),
    releaseDate,
  };
  list(award.suppliers).forEach((s, j) => {
    const key = resolver.role('SUPPLIER', s, `awards[${index}].suppliers[${j}]`);
    if (key) draft.supplierKeys.push(key);
  });
  read.process.awards.set(draft.id, draft);
}

/** Finds or makes the organisation draft of each reference of one release. */
class PartyResolver {
  readonly byKey = new Map<string, OrganisationDraft>();
  private readonly byPartyId = new Map<string, OrganisationDraft>();
  private readonly hasParties: boolean;

  constructor(
    private readonly release: Json,
    private readonly read: ReadRelease,
  ) {
    this.hasParties = Array.isArray(release.parties);
    list(release.parties).forEach((party) => {
      const draft = this.add(party);
      const id = party.id === undefined ? undefined : String(party.id);
      if (draft && id) this.byPartyId.set(id, draft);
    });
  }

  private add(raw: Json): OrganisationDraft | null {
    const draft = toOrganisationDraft(raw, this.read.notes);
    if (!draft) return null;
    const seen = this.byKey.get(draft.key);
    if (seen) {
      mergeOrganisation(seen, draft);
      return seen;
    }
    this.byKey.set(draft.key, draft);
    return draft;
  }

  /** Gives the organisation `ref` names the role; returns its key (null when it names none). */
  role(role: ContractingRole, ref: unknown, field: string): string | null {
    const raw = obj(ref);
    if (!raw) return null;
    let draft: OrganisationDraft | null | undefined;
    if (this.hasParties && raw.id !== undefined) {
      draft = this.byPartyId.get(String(raw.id));
      if (!draft) {
        this.read.errors.push({ field: `${field}.id`, message: `refers to party "${String(raw.id)}", which the release's parties do not have` });
        return null;
      }
    } else draft = this.add(raw);
    if (!draft) return null;
    this.give(draft, role);
    return draft.key;
  }

  private give(draft: OrganisationDraft, role: ContractingRole): void {
    draft.roles.add(role);
    const keys = this.read.process.roles.get(role) ?? new Set<string>();
    keys.add(draft.key);
    this.read.process.roles.set(role, keys);
  }

  /** The roles 1.1 parties declare themselves (a funder is named nowhere else). */
  partyRoles(): void {
    list(this.release.parties).forEach((party) => {
      const draft = party.id === undefined ? undefined : this.byPartyId.get(String(party.id));
      if (!draft) return;
      for (const r of Array.isArray(party.roles) ? party.roles : []) {
        const role = OCDS_ROLES[String(r)];
        // Suppliers are given by awards, which carry the amounts; a declared supplier with no award still counts.
        if (role) this.give(draft, role);
      }
    });
  }
}

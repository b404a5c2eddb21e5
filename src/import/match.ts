import { slugify } from '../model/index.js';
import type { OrganisationDraft } from './drafts.js';
import { identifierKey, type OrgIdentifier } from './identifiers.js';
import { nameKey } from './names.js';

/** An organisation of the graph, as matching sees it. */
export interface KnownOrganisation {
  id: string;
  name: string;
  identifiers: OrgIdentifier[];
  /** ISO alpha-2 code of the country it is located in (through its place's parents), or null. */
  country: string | null;
  /** The datasets that brought or changed it. */
  datasetIds?: string[];
}

/** An organisation the import will write: one of the graph's, or a new one. */
export interface OrganisationEntry extends KnownOrganisation {
  existing: boolean;
  /** The drafts matched to it, merged. */
  drafts: OrganisationDraft[];
}

/** A merge the plan lists: which draft became which organisation, and by what rule. */
export interface Merge {
  type: 'Organisation';
  id: string;
  name: string;
  matched: string;
  rule: 'identifier' | 'name';
  detail: string;
}

/** Candidates the matcher would not choose between: reported, never merged. */
export interface Ambiguity {
  name: string;
  candidates: string[];
  rule: 'identifier' | 'name';
}

/**
 * Entity resolution for organisations. A draft is matched first by identifier (scheme and id),
 * then by normalised name (nameKey: case, accents, punctuation and legal-form suffixes aside)
 * within the same country, but never to an organisation holding a different id in a register the
 * draft also has an id in. Two or more candidates are an ambiguity: reported, and the draft
 * becomes an organisation of its own. Drafts with identifiers go first, so a name-only sighting
 * of a body finds the entry its identified sighting made.
 */
export class OrganisationMatcher {
  private readonly entrySet = new Set<OrganisationEntry>();
  readonly merges: Merge[] = [];
  readonly ambiguities: Ambiguity[] = [];
  private readonly byIdentifier = new Map<string, Set<OrganisationEntry>>();
  private readonly byName = new Map<string, Set<OrganisationEntry>>();

  /**
   * `takenIds`: every id in the graph (new organisations get ids not among them). `datasetId`: the
   * importing dataset; its own earlier records are found again on a re-import, and that is no merge.
   */
  constructor(
    known: KnownOrganisation[],
    private readonly takenIds: Set<string>,
    private readonly datasetId?: string,
  ) {
    for (const org of known) this.index({ ...org, existing: true, drafts: [] });
  }

  /** Every organisation known or made, in the order first met. */
  get entries(): OrganisationEntry[] {
    return [...this.entrySet];
  }

  /** Matches every draft; returns the entry of each draft key. */
  matchAll(drafts: Iterable<OrganisationDraft>): Map<string, OrganisationEntry> {
    const ordered = [...drafts].sort((a, b) => Number(b.identifiers.length > 0) - Number(a.identifiers.length > 0) || a.key.localeCompare(b.key));
    const byKey = new Map<string, OrganisationEntry>();
    for (const draft of ordered) byKey.set(draft.key, this.match(draft));
    return byKey;
  }

  private match(draft: OrganisationDraft): OrganisationEntry {
    // A row that names its own id is one organisation by its file's word: only the graph's may be it.
    const eligible = (e: OrganisationEntry) => draft.id === undefined || e.existing;
    const byId = this.candidatesByIdentifier(draft).filter(eligible);
    if (byId.length === 1) return this.join(byId[0], draft, 'identifier', draft.identifiers.map(identifierKey).join(', '));
    if (byId.length > 1) {
      this.ambiguities.push({ name: draft.name, candidates: byId.map((e) => e.id), rule: 'identifier' });
      return this.create(draft);
    }
    const key = nameKey(draft.name);
    const byName = key ? [...(this.byName.get(`${draft.country ?? ''}|${key}`) ?? [])].filter((e) => eligible(e) && !conflicts(e.identifiers, draft.identifiers)) : [];
    if (byName.length === 1) return this.join(byName[0], draft, 'name', `"${key}" in ${draft.country ?? 'no country'}`);
    if (byName.length > 1) this.ambiguities.push({ name: draft.name, candidates: byName.map((e) => e.id), rule: 'name' });
    return this.create(draft);
  }

  private candidatesByIdentifier(draft: OrganisationDraft): OrganisationEntry[] {
    const found = new Set<OrganisationEntry>();
    for (const id of draft.identifiers) for (const e of this.byIdentifier.get(identifierKey(id)) ?? []) found.add(e);
    return [...found];
  }

  private join(entry: OrganisationEntry, draft: OrganisationDraft, rule: Merge['rule'], detail: string): OrganisationEntry {
    // A draft joining the entry its own first sighting made (in this import or an earlier import
    // of the same dataset) is no merge worth listing.
    const own = entry.existing && this.datasetId !== undefined && entry.datasetIds?.includes(this.datasetId);
    if (!own && (entry.existing || entry.drafts.length > 0)) this.merges.push({ type: 'Organisation', id: entry.id, name: entry.name, matched: draft.name, rule, detail });
    entry.drafts.push(draft);
    for (const id of draft.identifiers) {
      if (!entry.identifiers.some((i) => i.scheme === id.scheme && i.id === id.id)) entry.identifiers.push(id);
    }
    entry.country ??= draft.country;
    this.index(entry);
    return entry;
  }

  private create(draft: OrganisationDraft): OrganisationEntry {
    const entry: OrganisationEntry = { id: this.newId(draft), name: draft.name, identifiers: [...draft.identifiers], country: draft.country, existing: false, drafts: [draft] };
    this.index(entry);
    return entry;
  }

  /** A readable id from the name; from the name and identifier (then a counter) when taken. */
  private newId(draft: OrganisationDraft): string {
    if (draft.id !== undefined && !this.takenIds.has(draft.id)) {
      this.takenIds.add(draft.id);
      return draft.id;
    }
    const base = slugify(draft.name) || 'organisation';
    const candidates = [base, ...(draft.identifiers[0] ? [slugify(`${base}-${identifierKey(draft.identifiers[0])}`)] : [])];
    let id = candidates.find((c) => !this.takenIds.has(c));
    for (let n = 2; !id; n++) if (!this.takenIds.has(`${base}-${n}`)) id = `${base}-${n}`;
    this.takenIds.add(id);
    return id;
  }

  private index(entry: OrganisationEntry): void {
    this.entrySet.add(entry);
    for (const id of entry.identifiers) addTo(this.byIdentifier, identifierKey(id), entry);
    const key = nameKey(entry.name);
    if (key) addTo(this.byName, `${entry.country ?? ''}|${key}`, entry);
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

/** True when both hold an id in the same register and the ids differ: two bodies, whatever their names. */
function conflicts(a: OrgIdentifier[], b: OrgIdentifier[]): boolean {
  return a.some((x) => b.some((y) => y.scheme === x.scheme && y.id !== x.id));
}

import { LABEL_PROPERTY, nodeSchemas, slugify, toStoredRecord, type NodeType } from '../../model/index.js';
import type { OrganisationDraft } from '../drafts.js';
import { readNodes, readOrganisations, readTakenIds, type Run, type StoredNode } from '../graph-state.repository.js';
import type { OrgIdentifier } from '../identifiers.js';
import { OrganisationMatcher, type Ambiguity, type Merge } from '../match.js';
import { withDataset, type DesiredNode } from '../plan.js';
import type { Problem } from '../problems.js';
import type { ElementDraft } from './elements.js';

/** Values for fields a file does not carry, per node type (--default Organisation.sector=CIVIL_SOCIETY). */
export type Defaults = Partial<Record<NodeType, Record<string, unknown>>>;

/** Where a connection's end lands: a node's id and type, or null when a name is given to two elements. */
export type Target = { id: string; type: NodeType } | null;

export interface ResolvedNodes {
  nodes: DesiredNode[];
  /** Each element's references (id, graph-file key, label) -> the node it became. */
  byRef: Map<string, Target>;
  stored: Map<string, StoredNode>;
  merges: Merge[];
  ambiguities: Ambiguity[];
}

const labelOf = (e: ElementDraft) => String(e.fields[LABEL_PROPERTY[e.type]] ?? '');

function orgDraft(e: ElementDraft, key: string): OrganisationDraft {
  const identifiers = (e.fields.identifiers as OrgIdentifier[] | undefined) ?? [];
  return { key, name: labelOf(e), identifiers, addresses: [], country: null, roles: new Set(), contacts: new Set(), ...(e.id ? { id: e.id } : {}) };
}

/**
 * A stored record with the row's fields: laid over it when the row names the node by id (an edit),
 * under it when the node was found by identifier or name (the graph's word stands). Sources,
 * identifiers and datasets add up either way; no field is lost.
 */
function mergedRecord(stored: StoredNode, e: ElementDraft, datasetId: string): Record<string, unknown> {
  const old = toStoredRecord(e.type, stored.props);
  const union = (key: string) => {
    const before = (old[key] as unknown[] | undefined) ?? [];
    const added = ((e.fields[key] as unknown[] | undefined) ?? []).filter((x) => !before.some((b) => JSON.stringify(b) === JSON.stringify(x)));
    return before.length + added.length > 0 ? [...before, ...added] : undefined;
  };
  const merged = e.id === stored.id ? { ...old, ...e.fields } : { ...e.fields, ...old };
  const record: Record<string, unknown> = { ...merged, sources: union('sources'), datasetIds: withDataset(old.datasetIds, datasetId) };
  if (e.type === 'Organisation' && union('identifiers')) record.identifiers = union('identifiers');
  return record;
}

/** A new node's record: the defaults, the row's fields, and the file as its source when the row names none. */
function newRecord(id: string, e: ElementDraft, datasetId: string, defaults: Defaults): Record<string, unknown> {
  return { ...defaults[e.type], ...e.fields, id, sources: (e.fields.sources as string[] | undefined) ?? [e.file], datasetIds: [datasetId] };
}

/** The id of an element without an organisation's matching: its own, a stored node of its type by its label's slug, or a new one. */
function plainId(e: ElementDraft, stored: Map<string, StoredNode>, taken: Set<string>): string {
  if (e.id) return e.id;
  const base = slugify(labelOf(e)) || e.type.toLowerCase();
  if (stored.get(base)?.labels.includes(e.type)) return base;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Decides the node of every element (ids first; organisations then by identifier and normalised
 * name through OrganisationMatcher) and its record, validated by the model's schema; elements of
 * the same node merge, the later row's fields winning. Reads only.
 */
export async function resolveNodes(run: Run, elements: ElementDraft[], datasetId: string, defaults: Defaults, problems: Problem[]): Promise<ResolvedNodes> {
  const candidates = elements.map((e) => e.id ?? slugify(labelOf(e))).filter(Boolean);
  const stored = await readNodes(run, [...new Set(candidates)]);
  const taken = await readTakenIds(run);
  const matcher = new OrganisationMatcher(await readOrganisations(run), taken, datasetId);
  const orgKeys = new Map<ElementDraft, string>();
  elements.forEach((e, i) => e.type === 'Organisation' && !(e.id && stored.has(e.id)) && orgKeys.set(e, `row:${i}`));
  const entries = matcher.matchAll([...orgKeys].map(([e, key]) => orgDraft(e, key)));
  const idOf = new Map(elements.map((e) => [e, orgKeys.has(e) ? entries.get(orgKeys.get(e)!)!.id : plainId(e, stored, taken)]));
  for (const [id, s] of await readNodes(run, [...idOf.values()].filter((id) => !stored.has(id)))) stored.set(id, s);

  const records = new Map<string, { type: NodeType; record: Record<string, unknown>; rows: ElementDraft[] }>();
  const byRef = new Map<string, Target>();
  const byLabel = new Map<string, Target>();
  for (const e of elements) {
    const id = idOf.get(e)!;
    const old = stored.get(id);
    if (old && !old.labels.includes(e.type)) {
      problems.push({ file: e.file, at: e.at, field: 'type', message: `the graph's node "${id}" is a ${old.labels.find((l) => l !== 'Entity')}, not a ${e.type}` });
      continue;
    }
    const seen = records.get(id);
    const record = seen ? { ...seen.record, ...e.fields, sources: seen.record.sources } : old ? mergedRecord(old, e, datasetId) : newRecord(id, e, datasetId, defaults);
    records.set(id, { type: e.type, record, rows: [...(seen?.rows ?? []), e] });
    for (const ref of e.refs) {
      const names = ref === e.refs.at(-1) && labelOf(e) === ref ? byLabel : byRef;
      names.set(ref, names.has(ref) && names.get(ref)?.id !== id ? null : { id, type: e.type });
    }
  }
  // A reference that is some element's id or key means that element, whatever another's label says.
  for (const [label, target] of byLabel) if (!byRef.has(label)) byRef.set(label, target);
  const nodes: DesiredNode[] = [];
  for (const [id, { type, record, rows }] of records) {
    const checked = nodeSchemas[type].safeParse(record);
    if (checked.success) nodes.push({ type, id, record });
    else for (const issue of checked.error.issues) problems.push(issueProblem(rows[0], type, record, issue));
  }
  return { nodes, byRef, stored, merges: matcher.merges, ambiguities: matcher.ambiguities };
}

/** A schema issue as a problem of the row: a missing field says how to give it. */
function issueProblem(e: ElementDraft, type: NodeType, record: Record<string, unknown>, issue: { path: PropertyKey[]; message: string }): Problem {
  const field = issue.path.map(String).join('.') || null;
  const missing = issue.path.length === 1 && record[String(issue.path[0])] === undefined;
  const message = missing ? `is missing: ${type} needs it (give a column "${field}", or --default ${type}.${field}=VALUE for every ${type} of the file)` : issue.message;
  return { file: e.file, at: e.at, field, message };
}

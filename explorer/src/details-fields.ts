/**
 * What the details panel says of a record: its fields as label/value pairs, its text, and its
 * direct relationships grouped by type and direction. Pure functions of the API's answer.
 */
import type { ExplorerDetailsQuery } from './generated/graphql.js';
import { RELATIONSHIP_WORDS, humanise, isNodeType, type NodeType, type RelationshipType } from './vocabulary.js';

export type Details = ExplorerDetailsQuery;
export type Record_ = NonNullable<Details['node']>;

/** Label/value pairs shown for a record, empty values left out. */
export function fieldsOf(record: Record_): [string, string][] {
  const r = record as Record<string, unknown>;
  const enumValue = (v: unknown) => (typeof v === 'string' ? humanise(v) : null);
  const dates = (start: unknown, end: unknown) => (start ? `${start}${end ? ` – ${end}` : ''}` : null);
  const pairs: [string, string | null | undefined][] = [
    ['Acronym', r.acronym as string],
    ['Kind', enumValue(r.organisationKind ?? r.learningKind ?? r.eventKind ?? r.placeKind)],
    ['Title', r.jobTitle as string],
    ['Sector', enumValue(r.sector ?? r.personSector)],
    ['Level', enumValue(r.level)],
    ['OCID', r.ocid as string],
    ['Status', enumValue(r.initiativeStatus ?? r.commitmentStatus ?? r.processStatus)],
    ['Method', enumValue(r.procurementMethod)],
    ['Category', enumValue(r.mainProcurementCategory)],
    ['Awarded', typeof r.awardedAmount === 'number' ? `${r.awardedAmount.toLocaleString('en')}${r.awardedCurrency ? ` ${r.awardedCurrency}` : ''}` : null],
    ['Tender period', dates(r.tenderStartDate, r.tenderEndDate)],
    ['Ambition', enumValue(r.ambition)],
    ['Action plan', r.actionPlan as string],
    ['Reference', r.reference as string],
    ['Dates', dates(r.startDate ?? r.eventStart, r.endDate)],
    ['Date', r.date as string],
    ['Language', r.language as string],
    ['ISO code', r.isoCode as string],
    ['Global south', typeof r.globalSouth === 'boolean' ? (r.globalSouth ? 'Yes' : 'No') : null],
    ['Contact', r.contactEmail as string],
    ['Identifiers', Array.isArray(r.identifiers) ? (r.identifiers as { scheme: string; id: string }[]).map((i) => `${i.scheme}: ${i.id}`).join(', ') : null],
    ['Id', record.id],
  ];
  return pairs.filter((p): p is [string, string] => typeof p[1] === 'string' && p[1].length > 0);
}

export function textOf(record: Record_): string | null {
  const r = record as Record<string, unknown>;
  return ((r.summary ?? r.description ?? r.bio) as string | undefined) ?? null;
}

/** Roles are either enum values (PARTNER, TECHNICAL_SUPPORT) or free text ("Program Manager"). */
const roleText = (role: string) => (/^[A-Z_]+$/.test(role) ? humanise(role) : role);

export interface RelationGroup {
  title: string;
  items: { id: string; label: string; type: NodeType; meta: string }[];
}

/** The direct relationships, grouped by type and direction ("Partners", "Partner in"...). */
export function groupRelationships(id: string, neighbourhood: Details['neighbourhood']): RelationGroup[] {
  const nodes = new Map(neighbourhood.nodes.map((n) => [n.id, n]));
  const groups = new Map<string, RelationGroup>();
  for (const edge of neighbourhood.edges) {
    const outgoing = edge.source === id;
    const otherId = outgoing ? edge.target : edge.source;
    const other = nodes.get(otherId);
    if ((edge.source !== id && edge.target !== id) || !other || !isNodeType(other.type)) continue;
    const words = RELATIONSHIP_WORDS[edge.type as RelationshipType];
    const title = outgoing ? words.out : words.in;
    const group = groups.get(title) ?? { title, items: [] };
    const when = edge.since || edge.until ? `${edge.since ?? '…'}–${edge.until ?? ''}` : '';
    group.items.push({ id: otherId, label: other.label, type: other.type, meta: [edge.role ? roleText(edge.role) : '', when].filter(Boolean).join(', ') });
    groups.set(title, group);
  }
  for (const group of groups.values()) group.items.sort((a, b) => a.label.localeCompare(b.label));
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.title.localeCompare(b.title));
}


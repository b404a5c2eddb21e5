import { LABEL_PROPERTY, isNodeType } from '../model/index.js';
import type { AuditAction, AuditEntryRow } from '../graph/audit.repository.js';

/** What a change did, as the change feed says it (an audit action, in the past tense). */
export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'DELETED', 'CONNECTED', 'DISCONNECTED', 'IMPORTED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const KIND_OF_ACTION: Record<AuditAction, ChangeKind> = {
  CREATE: 'CREATED',
  UPDATE: 'UPDATED',
  DELETE: 'DELETED',
  CONNECT: 'CONNECTED',
  DISCONNECT: 'DISCONNECTED',
  // A restored node is, for a reader of the feed, a node that appears again.
  RESTORE: 'CREATED',
  // A purge frees the id of a node already deleted: for a reader, the node stays gone.
  PURGE: 'DELETED',
  // `npm run import` writes one entry per dataset imported (node type Dataset, its name and counts).
  IMPORT: 'IMPORTED',
};

/** One change of the graph, as the feed serves it: never who made it, never a property's value beyond the label. */
export interface ChangeEvent {
  /** Its place in commit order: the feed's cursor. */
  sequence: number;
  at: string;
  kind: ChangeKind;
  node: { id: string; type: string; label: string | null };
  /** For CONNECTED and DISCONNECTED: the relationship. */
  relationship: { type: string; from: string; to: string } | null;
  /**
   * True when an update touched only fields anonymous readers do not see (an unlisted person's
   * e-mail): the feed then hides it from them, as reads mask the field.
   */
  privateOnly: boolean;
}

/** Fields that are not part of what a change says (bookkeeping the server writes on every update). */
const BOOKKEEPING = new Set(['updatedAt', 'createdAt', 'labelKey']);

const parse = (json: string | null): Record<string, unknown> | null => (json ? (JSON.parse(json) as Record<string, unknown>) : null);

/** The names of the fields whose values differ between two versions of a node. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])).sort();
}

/** Whether an update is invisible to anonymous readers: only an unlisted person's e-mail changed. */
function isPrivateOnly(entry: AuditEntryRow, before: Record<string, unknown> | null, after: Record<string, unknown> | null): boolean {
  if (entry.action !== 'UPDATE' || entry.nodeType !== 'Actor') return false;
  const fields = changedFields(before, after);
  return fields.length > 0 && fields.every((f) => f === 'email') && after?.public !== true;
}

/**
 * The change an audit entry records. `currentLabel` is the node's label in the graph now (for
 * relationship entries, which keep no copy of the node); the entry's own copy wins when it has one.
 */
export function toChangeEvent(entry: AuditEntryRow, currentLabel: string | null = null): ChangeEvent {
  const before = parse(entry.before);
  const after = parse(entry.after);
  const labelProperty = isNodeType(entry.nodeType) ? LABEL_PROPERTY[entry.nodeType] : 'name';
  const relationshipEntry = entry.action === 'CONNECT' || entry.action === 'DISCONNECT';
  const copied = relationshipEntry ? null : ((after ?? before)?.[labelProperty] as string | undefined);
  const [rel] = relationshipEntry ? ((JSON.parse(entry.relationships ?? '[]') as { type: string; from: string; to: string }[]) ?? []) : [];
  return {
    sequence: entry.seq,
    at: entry.at,
    kind: KIND_OF_ACTION[entry.action],
    node: { id: entry.nodeId, type: entry.nodeType, label: copied ?? currentLabel },
    relationship: rel ? { type: rel.type, from: rel.from, to: rel.to } : null,
    privateOnly: isPrivateOnly(entry, before, after),
  };
}

/** Which changes a reader asked for; absent fields do not filter. */
export interface ChangeSelector {
  /** Node types (of the changed node; for relationship changes, of its start node). */
  types?: readonly string[] | null;
  /** Node ids: the changed node, or either end of a changed relationship. */
  ids?: readonly string[] | null;
  /** Relationship types: only relationship changes of these types. */
  relationshipTypes?: readonly string[] | null;
  /** Only relationship changes. */
  relationshipsOnly?: boolean;
  /** Anonymous readers: updates of private fields are left out. */
  anonymous: boolean;
}

/** Whether `change` is one the selector asks for. */
export function matchesSelector(change: ChangeEvent, s: ChangeSelector): boolean {
  if (s.anonymous && change.privateOnly) return false;
  if (s.relationshipsOnly && !change.relationship) return false;
  if (s.types && !s.types.includes(change.node.type)) return false;
  if (s.relationshipTypes && (!change.relationship || !s.relationshipTypes.includes(change.relationship.type))) return false;
  if (s.ids) {
    const ends = change.relationship ? [change.relationship.from, change.relationship.to] : [change.node.id];
    if (!ends.some((id) => s.ids!.includes(id))) return false;
  }
  return true;
}

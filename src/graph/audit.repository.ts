import { randomUUID } from 'node:crypto';
import type { Executor, Row, WriteTransaction } from '../neo4j/executor.js';
import { int } from '../neo4j/convert.js';

/**
 * The audit trail: one `(:AuditEntry)` per mutation, written in the mutation's own transaction
 * (both commit, or neither). AuditEntry is not labelled Entity, so it never appears in lists,
 * search, the network or the graph checksum.
 */

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'CONNECT', 'DISCONNECT', 'RESTORE', 'PURGE', 'IMPORT'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an audit entry says; `before`, `after` and `relationships` are stored as JSON text. */
export interface AuditRecord {
  actor: string | null;
  role: string | null;
  org: string | null;
  /** Made by the server for the request (never the client's x-request-id). */
  requestId: string | null;
  /** The client's own x-request-id, when it sent one. */
  clientRequestId?: string | null;
  action: AuditAction;
  nodeType: string;
  nodeId: string;
  /** The other end, for CONNECT and DISCONNECT. */
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Relationships removed with a deleted node, or written by a connect or restore. */
  relationships?: unknown[] | null;
  /** For RESTORE: the DELETE entry restored from; for PURGE: the DELETE entry whose id it released. */
  restoredFrom?: string | null;
}

/** An audit entry as read back: JSON fields still as text. */
export interface AuditEntryRow {
  id: string;
  /** Its place in commit order (the change feed's cursor). */
  seq: number;
  at: string;
  actor: string | null;
  role: string | null;
  org: string | null;
  requestId: string | null;
  clientRequestId: string | null;
  action: AuditAction;
  nodeType: string;
  nodeId: string;
  targetId: string | null;
  before: string | null;
  after: string | null;
  relationships: string | null;
  restoredFrom: string | null;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Writes one entry inside `tx`; returns its id. */
export async function writeAuditEntry(tx: WriteTransaction, record: AuditRecord): Promise<string> {
  const id = randomUUID();
  // Milliseconds: what the API shows and cursors carry, so a page boundary compares exactly.
  // The sequence: the counter's write lock is held until this transaction commits, so a later
  // number is never committed before an earlier one, and a reader that has seen entry n has
  // seen every entry below n (the change feed relies on it; migration 007 creates the counter).
  // Writing `_lock` first takes that lock before the value is read (Neo4j's documented way to
  // avoid a lost update under read-committed isolation).
  await tx.run(
    `MERGE (s:ChangeSequence {name: 'audit'}) ON CREATE SET s.value = 0
     SET s._lock = true
     WITH s SET s.value = s.value + 1 REMOVE s._lock
     CREATE (a:AuditEntry) SET a = $props, a.seq = s.value, a.at = datetime.truncate('millisecond', datetime())`,
    {
      props: {
        id,
        actor: record.actor,
        role: record.role,
        org: record.org,
        requestId: record.requestId,
        clientRequestId: record.clientRequestId ?? null,
        action: record.action,
        nodeType: record.nodeType,
        nodeId: record.nodeId,
        targetId: record.targetId ?? null,
        before: json(record.before),
        after: json(record.after),
        relationships: json(record.relationships),
        restoredFrom: record.restoredFrom ?? null,
      },
    },
  );
  return id;
}

/** Actions that begin or end a node's life under its id; the latest of them says whether the id is held. */
const LIFECYCLE_ACTIONS: readonly AuditAction[] = ['CREATE', 'DELETE', 'RESTORE', 'PURGE'];

/**
 * The DELETE entry that still holds `id`, or null: a deleted node's id stays reserved (no one may
 * create a node with it) until an admin restores the node or purges it, so restoreNode always has
 * its id to come back to. The entry is the id's latest CREATE, DELETE, RESTORE or PURGE entry when
 * that is a DELETE. Read inside the write's transaction (an indexed seek on nodeId).
 */
export async function findReservingDeletion(tx: WriteTransaction, id: string): Promise<AuditEntryRow | null> {
  const [row] = await tx.run(
    `MATCH (a:AuditEntry {nodeId: $id}) WHERE a.action IN $actions AND a.nodeType <> 'Dataset'
     WITH a ORDER BY a.at DESC, CASE a.action WHEN 'DELETE' THEN 0 ELSE 1 END LIMIT 1
     WITH a WHERE a.action = 'DELETE'
     RETURN properties(a) AS a`,
    { id, actions: LIFECYCLE_ACTIONS },
  );
  return row ? toEntry(row) : null;
}

/** One entry by id, read inside a write transaction (restoreNode); null when there is none. */
export async function findAuditEntry(tx: WriteTransaction, id: string): Promise<AuditEntryRow | null> {
  const [row] = await tx.run('MATCH (a:AuditEntry {id: $id}) RETURN properties(a) AS a', { id });
  return row ? toEntry(row) : null;
}

export interface AuditQuery {
  nodeId?: string | null;
  actor?: string | null;
  action?: AuditAction | null;
  /** ISO instants: entries at or after `from`, at or before `to`. */
  from?: string | null;
  to?: string | null;
  first: number;
  /** Keyset of the last entry of the previous page. */
  after?: { at: string; id: string };
}

/**
 * A page of entries, newest first (ties by id), matching every given filter; `nodeId` matches
 * either end of a relationship entry. Two indexed reads in one round trip: the page and the count.
 */
export async function findAuditEntries(executor: Executor, q: AuditQuery): Promise<{ entries: AuditEntryRow[]; totalCount: number; hasNextPage: boolean }> {
  const where = `($nodeId IS NULL OR a.nodeId = $nodeId OR a.targetId = $nodeId)
    AND ($actor IS NULL OR a.actor = $actor)
    AND ($action IS NULL OR a.action = $action)
    AND ($from IS NULL OR a.at >= datetime($from))
    AND ($to IS NULL OR a.at <= datetime($to))`;
  const [row] = await executor.read(
    `CALL () { MATCH (a:AuditEntry) WHERE ${where} RETURN count(a) AS totalCount }
     CALL () {
       MATCH (a:AuditEntry) WHERE ${where}
         AND ($afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId))
       WITH a ORDER BY a.at DESC, a.id DESC LIMIT $limit
       RETURN collect(properties(a)) AS page
     }
     RETURN totalCount, page`,
    {
      nodeId: q.nodeId ?? null,
      actor: q.actor ?? null,
      action: q.action ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
      afterAt: q.after?.at ?? null,
      afterId: q.after?.id ?? null,
      limit: int(q.first + 1),
    },
  );
  const page = (row.page as Row[]).map((a) => toEntry({ a }));
  return { entries: page.slice(0, q.first), totalCount: row.totalCount as number, hasNextPage: page.length > q.first };
}

/** An entry from a row holding its properties as `a`. */
export function toEntry(row: Row): AuditEntryRow {
  const a = row.a as Record<string, unknown>;
  const text = (k: string) => (a[k] === undefined || a[k] === null ? null : String(a[k]));
  return {
    id: String(a.id),
    seq: Number(a.seq ?? 0),
    at: String(a.at),
    actor: text('actor'),
    role: text('role'),
    org: text('org'),
    requestId: text('requestId'),
    clientRequestId: text('clientRequestId'),
    action: a.action as AuditAction,
    nodeType: String(a.nodeType),
    nodeId: String(a.nodeId),
    targetId: text('targetId'),
    before: text('before'),
    after: text('after'),
    relationships: text('relationships'),
    restoredFrom: text('restoredFrom'),
  };
}

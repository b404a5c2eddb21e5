import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import type { WriteTransaction } from '../neo4j/executor.js';
import { writeAuditEntry, type AuditRecord } from '../graph/audit.repository.js';

export type Change = Omit<AuditRecord, 'actor' | 'role' | 'org' | 'requestId' | 'clientRequestId'>;

/**
 * Records a change made by the caller of `ctx`, inside `tx`: call it in the mutation's own
 * transaction, after the write, so the entry and the write commit (or roll back) together.
 * Who (subject, role, organisation) and the request ids come from the context; never the token.
 * The entry's requestId is the server's own; a client's x-request-id is kept beside it.
 */
export function recordChange(ctx: Context, tx: WriteTransaction, change: Change): Promise<string> {
  return writeAuditEntry(tx, {
    ...change,
    actor: ctx.user?.subject ?? null,
    role: ctx.user?.role ?? null,
    org: ctx.user?.organisationId ?? null,
    requestId: ctx.serverRequestId,
    clientRequestId: ctx.clientRequestId,
  });
}

/** A node as the audit trail keeps it: its stored fields (server fields included), without the API's `__type` and `label`. */
export function auditedNode(row: NodeRow | null): Record<string, unknown> | null {
  if (!row) return null;
  const { __type: _t, label: _l, ...fields } = row;
  return fields;
}

import type { Context } from '../context.js';
import { assertCanWrite } from '../auth/policy.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors.js';
import { isAcyclic, isNodeType, isRelationshipType, withArticle, type RelationshipType } from '../model/index.js';
import type { WriteTransaction } from '../neo4j/executor.js';
import { findCycle, lockHierarchy } from '../graph/integrity.repository.js';
import type { NodeRow } from '../graph/node.repository.js';
import * as repo from '../graph/mutation.repository.js';
import { inWriteTransaction, toRecord, validateRecord } from './mutation.service.js';
import { groupBy } from '../util/collections.js';
import { findAuditEntry } from '../graph/audit.repository.js';
import { auditedNode, recordChange } from './audit.trail.js';

export interface RestoreResult {
  node: NodeRow;
  /** Relationships written back. */
  restored: repo.RelationshipRow[];
  /** Relationships left out: their other end no longer exists (or their type left the model). */
  skipped: repo.RelationshipRow[];
  /** The RESTORE entry. */
  auditEntryId: string;
}

/**
 * Restores the node a DELETE audit entry recorded, as it was (fields, creation time, owner),
 * with its relationships to nodes that still exist (a PART_OF or MEMBER_OF edge that would now close a
 * cycle is skipped), in one transaction that also records a
 * RESTORE entry. NOT_FOUND for an unknown entry; BAD_USER_INPUT for an entry that is not a
 * deletion (or whose record the model no longer accepts); CONFLICT when the id is in use again.
 */
export async function restoreNode(ctx: Context, auditEntryId: string): Promise<RestoreResult> {
  return inWriteTransaction(ctx, async (tx) => {
    const entry = await findAuditEntry(tx, auditEntryId);
    if (!entry) throw new NotFoundError('audit entry', auditEntryId);
    if (entry.action !== 'DELETE' || !entry.before) throw new BadUserInputError('auditEntryId', `is ${withArticle(entry.action)} entry; only a DELETE entry can be restored`);
    const type = entry.nodeType;
    if (!isNodeType(type)) throw new BadUserInputError('auditEntryId', `records ${withArticle(type)}, which is no longer a node type`);
    await assertCanWrite(ctx, tx, { action: 'restore', type, id: entry.nodeId });
    const existing = await repo.findNodeForUpdate(tx, entry.nodeId);
    if (existing) throw new ConflictError(`id "${entry.nodeId}" is in use again, by the ${existing.__type} "${existing.label}"`, { field: 'auditEntryId' });

    const before = JSON.parse(entry.before) as Record<string, unknown>;
    const node = await repo.createNode(tx, type, validateRecord(type, toRecord(before)), {
      createdBy: before.createdBy as string | undefined,
      ownerOrg: before.ownerOrg as string | undefined,
      createdAt: before.createdAt as string | undefined,
    });
    const recorded = (entry.relationships ? JSON.parse(entry.relationships) : []) as repo.RelationshipRow[];
    const restored: repo.RelationshipRow[] = [];
    for (const [relType, rows] of groupBy(recorded.filter((r) => isRelationshipType(r.type)), (r) => r.type)) {
      const type = relType as RelationshipType;
      restored.push(...(isAcyclic(type) ? await restoreHierarchy(tx, type, rows) : await repo.restoreRelationships(tx, type, rows)));
    }
    const written = new Set(restored.map((r) => `${r.type}|${r.from}|${r.to}`));
    const skipped = recorded.filter((r) => !written.has(`${r.type}|${r.from}|${r.to}`));
    const restoreEntryId = await recordChange(ctx, tx, { action: 'RESTORE', nodeType: type, nodeId: node.id, after: auditedNode(node), relationships: restored, restoredFrom: entry.id });
    return { node, restored, skipped, auditEntryId: restoreEntryId };
  });
}

/**
 * Writes back the edges of hierarchy `type` one by one, each only if it closes no cycle with what
 * the graph holds now (with the edges written before it); the others are left out, as skipped.
 */
async function restoreHierarchy(tx: WriteTransaction, type: RelationshipType, rows: repo.RelationshipRow[]): Promise<repo.RelationshipRow[]> {
  await lockHierarchy(tx, type);
  const written: repo.RelationshipRow[] = [];
  for (const row of rows) {
    if (await findCycle(tx, type, row.from, row.to)) continue;
    written.push(...(await repo.restoreRelationships(tx, type, [row])));
  }
  return written;
}

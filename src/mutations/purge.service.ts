import type { Context } from '../context.js';
import { assertCanWrite } from '../auth/policy.js';
import { NotFoundError } from '../errors.js';
import { inWriteTransaction } from './mutation.service.js';
import { findReservingDeletion } from '../graph/audit.repository.js';
import { recordChange } from './audit.trail.js';

export interface PurgeResult {
  id: string;
  nodeType: string;
  /** The DELETE entry that held the id. */
  deletionEntryId: string;
  /** The PURGE entry that records this. */
  auditEntryId: string;
}

/**
 * Releases the id of a deleted node (admin only): from then on anyone may create a node with it.
 * The DELETE entry stays in the trail (the trail is never rewritten), and restoreNode can still
 * bring the node back while the id is free. Recorded as a PURGE entry. NOT_FOUND when no deleted
 * node holds `id` (it was never deleted, was restored, or is purged already).
 */
export async function purgeDeletedNode(ctx: Context, id: string): Promise<PurgeResult> {
  return inWriteTransaction(ctx, async (tx) => {
    // The caller is judged before anything about the id is read (an editor learns nothing).
    await assertCanWrite(ctx, tx, { action: 'purge', id });
    const deletion = await findReservingDeletion(tx, id);
    if (!deletion) throw new NotFoundError('deleted node', id);
    const auditEntryId = await recordChange(ctx, tx, { action: 'PURGE', nodeType: deletion.nodeType, nodeId: id, restoredFrom: deletion.id });
    return { id, nodeType: deletion.nodeType, deletionEntryId: deletion.id, auditEntryId };
  });
}

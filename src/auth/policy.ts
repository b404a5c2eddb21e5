import type { Context } from '../context.js';
import type { WriteTransaction } from '../neo4j/executor.js';
import type { NodeType, RelationshipType } from '../model/index.js';
import { UnauthenticatedError } from '../errors.js';

/** What a mutation is about to do, for the write policy to judge. */
export type WriteIntent =
  | { action: 'create'; type: NodeType; id: string }
  | { action: 'update' | 'delete'; type: NodeType; id: string }
  | { action: 'connect' | 'disconnect'; relationship: RelationshipType; from: string; to: string };

/**
 * The one place that decides whether the caller may perform a write. Called inside the
 * mutation's transaction (it may read the graph to decide) before anything is written; throws
 * UNAUTHENTICATED or FORBIDDEN, which rolls the transaction back.
 */
export async function assertCanWrite(ctx: Context, _tx: WriteTransaction, _intent: WriteIntent): Promise<void> {
  if (!ctx.user) throw new UnauthenticatedError();
}

import type { Context, User } from '../context.js';
import type { WriteTransaction } from '../neo4j/executor.js';
import type { NodeType, RelationshipType } from '../model/index.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { findOwnedIds } from './ownership.repository.js';

/** What a mutation is about to do, for the write policy to judge. */
export type WriteIntent =
  | { action: 'create'; type: NodeType; id: string }
  | { action: 'update' | 'delete'; type: NodeType; id: string }
  | { action: 'connect' | 'disconnect'; relationship: RelationshipType; from: string; to: string }
  | { action: 'restore'; type: NodeType; id: string };

/**
 * Relationships whose existence makes an organisation own one of their ends (see the rule
 * below). Connecting or disconnecting one needs both ends owned already: otherwise an editor could
 * claim any initiative by declaring itself PARTNER_IN it, or any person by linking them WORKS_AT.
 */
export const OWNERSHIP_RELATIONSHIPS: ReadonlySet<RelationshipType> = new Set<RelationshipType>([
  'COORDINATES',
  'PARTNER_IN',
  'MADE',
  'AUTHORED',
  'LEARNED',
  'ADVANCES',
  'WORKS_AT',
]);

/**
 * The one place that decides whether the caller may perform a write. Called inside the
 * mutation's transaction (it reads the graph to decide) before anything is written; throws
 * UNAUTHENTICATED or FORBIDDEN, which rolls the transaction back, so a refusal changes nothing.
 *
 * The rule:
 * - Anonymous callers write nothing (UNAUTHENTICATED).
 * - `admin` may do everything, including `restoreNode` (admin only).
 * - `editor` (its token names an organisation O) may
 *   - create a node of any type; the node records `createdBy` (the token subject) and
 *     `ownerOrg` = O, so O can go on editing what it made;
 *   - update or delete a node O owns. O owns:
 *       its own Organisation record (id O);
 *       any node whose `ownerOrg` is O (it created it);
 *       Initiatives O COORDINATES or is PARTNER_IN;
 *       Learnings LEARNED by an initiative O owns, or AUTHORED by O;
 *       Commitments O MADE, or that an initiative O owns ADVANCES;
 *       Actors (people) who WORK_AT O;
 *   - connect or disconnect a relationship whose start node (`from`) O owns; for the
 *     OWNERSHIP_RELATIONSHIPS, whose existence confers ownership, O must own the end node too.
 *     Ownership is judged on the graph before the change.
 * Places, themes, events and seeded nodes with no owning link are admin-only unless O created them.
 */
export async function assertCanWrite(ctx: Context, tx: WriteTransaction, intent: WriteIntent): Promise<void> {
  const user = ctx.user;
  if (!user) throw new UnauthenticatedError();
  if (user.role === 'admin') return;
  const org = editorOrganisation(user);
  switch (intent.action) {
    case 'create':
      return;
    case 'restore':
      throw new ForbiddenError('only an admin may restore a deleted node');
    case 'update':
    case 'delete': {
      const owned = await findOwnedIds(tx, org, [intent.id]);
      if (!owned.has(intent.id)) {
        throw new ForbiddenError(`organisation "${org}" does not own ${intent.type} "${intent.id}", so its editors may not ${intent.action} it`);
      }
      return;
    }
    case 'connect':
    case 'disconnect': {
      const needsBoth = OWNERSHIP_RELATIONSHIPS.has(intent.relationship);
      const owned = await findOwnedIds(tx, org, needsBoth ? [intent.from, intent.to] : [intent.from]);
      const missing = (needsBoth ? [intent.from, intent.to] : [intent.from]).filter((id) => !owned.has(id));
      if (missing.length > 0) {
        const why = needsBoth ? `${intent.relationship} confers ownership, so both ends must be owned` : 'the start node must be owned';
        throw new ForbiddenError(`organisation "${org}" may not ${intent.action} ${intent.relationship} from "${intent.from}" to "${intent.to}": ${why}, and it does not own "${missing.join('", "')}"`);
      }
      return;
    }
  }
}

/** The organisation an editor acts for; FORBIDDEN when the token names none. */
function editorOrganisation(user: User): string {
  if (!user.organisationId) throw new ForbiddenError('an editor token must name its organisation to write');
  return user.organisationId;
}

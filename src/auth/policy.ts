import type { Context, User } from '../context.js';
import type { WriteTransaction } from '../neo4j/executor.js';
import { isAcyclic, type NodeType, type RelationshipType } from '../model/index.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { findOwnedIds, type Hold } from './ownership.repository.js';

/** What a mutation is about to do, for the write policy to judge. */
export type WriteIntent =
  | { action: 'create'; type: NodeType; id: string }
  | { action: 'update' | 'delete'; type: NodeType; id: string }
  | { action: 'connect' | 'disconnect'; relationship: RelationshipType; from: string; to: string }
  | { action: 'restore'; type: NodeType; id: string }
  | { action: 'purge'; id: string };

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

/** Relationships only an initiative's managers (creator or coordinator, not a partner) may change. */
const MANAGE_RELATIONSHIPS: ReadonlySet<RelationshipType> = new Set<RelationshipType>(['COORDINATES']);

/**
 * The one place that decides whether the caller may perform a write. Called inside the
 * mutation's transaction (it reads the graph to decide) before anything is written; throws
 * UNAUTHENTICATED or FORBIDDEN, which rolls the transaction back, so a refusal changes nothing.
 *
 * The rule:
 * - Anonymous callers write nothing (UNAUTHENTICATED).
 * - `admin` may do everything, including `restoreNode` and `purgeDeletedNode` (admin only).
 * - `editor` (its token names an organisation O) may
 *   - create a node of any type; the node records `createdBy` (the token subject) and
 *     `ownerOrg` = O, so O can go on editing what it made;
 *   - update a node O owns, and delete one O owns other than as a partner. O owns:
 *       its own Organisation record (id O);
 *       any node whose `ownerOrg` is O (it created it);
 *       Initiatives O COORDINATES or is PARTNER_IN (a partner may edit the initiative, but not
 *       delete it, nor what it owns only through it, nor connect or disconnect COORDINATES to it);
 *       Learnings LEARNED by an initiative O owns, or AUTHORED by O;
 *       Commitments O MADE, or that an initiative O owns ADVANCES;
 *       Actors (people) who WORK_AT O;
 *   - connect or disconnect a relationship whose start node (`from`) O owns; for the
 *     OWNERSHIP_RELATIONSHIPS, whose existence confers ownership, and the hierarchies (PART_OF,
 *     MEMBER_OF: the model's acyclic relationships), O must own the end node too; for
 *     COORDINATES, as manager (a partner cannot make itself coordinator). Ownership is judged on
 *     the graph before the change.
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
    case 'purge':
      throw new ForbiddenError(`only an admin may ${intent.action} a deleted node`);
    case 'update':
    case 'delete': {
      const hold: Hold = intent.action === 'delete' ? 'manage' : 'edit';
      const owned = await findOwnedIds(tx, org, [intent.id], hold);
      if (!owned.has(intent.id)) {
        const partner = hold === 'manage' ? ' (being PARTNER_IN an initiative lets it edit, not delete)' : '';
        throw new ForbiddenError(`organisation "${org}" does not own ${intent.type} "${intent.id}"${partner}, so its editors may not ${intent.action} it`);
      }
      return;
    }
    case 'connect':
    case 'disconnect':
      return assertCanLink(tx, org, intent);
  }
}

/** Why both ends of a relationship must be owned, or null when the start node is enough. */
function bothEndsReason(relationship: RelationshipType): string | null {
  if (MANAGE_RELATIONSHIPS.has(relationship)) return `${relationship} decides who manages an initiative, so both ends must be owned other than as a partner`;
  if (OWNERSHIP_RELATIONSHIPS.has(relationship)) return `${relationship} confers ownership, so both ends must be owned`;
  // Else an editor could hang its own places under any real place, or its initiatives in any
  // network, and every traversal over the hierarchy would carry them.
  if (isAcyclic(relationship)) return `${relationship} places a node inside another, so both ends must be owned`;
  return null;
}

/** The connect and disconnect rule of assertCanWrite, for an editor of `org`. */
async function assertCanLink(tx: WriteTransaction, org: string, intent: Extract<WriteIntent, { action: 'connect' | 'disconnect' }>): Promise<void> {
  const why = bothEndsReason(intent.relationship);
  const ends = why ? [intent.from, intent.to] : [intent.from];
  const owned = await findOwnedIds(tx, org, ends, MANAGE_RELATIONSHIPS.has(intent.relationship) ? 'manage' : 'edit');
  const missing = ends.filter((id) => !owned.has(id));
  if (missing.length > 0) {
    throw new ForbiddenError(
      `organisation "${org}" may not ${intent.action} ${intent.relationship} from "${intent.from}" to "${intent.to}": ${why ?? 'the start node must be owned'}, and it does not own "${missing.join('", "')}"`,
    );
  }
}

/** The organisation an editor acts for; FORBIDDEN when the token names none. */
function editorOrganisation(user: User): string {
  if (!user.organisationId) throw new ForbiddenError('an editor token must name its organisation to write');
  return user.organisationId;
}

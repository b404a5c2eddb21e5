import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { CursorEdge, PageArgs, assertPageSize, decodeKeyset, lazyPageInfo } from '../graphql/pagination.js';
import { BadUserInputError } from '../errors.js';
import { findAuditEntries } from '../graph/audit.repository.js';
import { restoreNode } from '../mutations/restore.service.js';
import { purgeDeletedNode } from '../mutations/purge.service.js';
import { AuditEntryConnection, AuditFilter, PurgedNode, RestoredNode } from './audit.types.js';

/** The instant an audit cursor carries, as the API writes it. */
const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true })
  filter?: AuditFilter | null;
}

/** The audit trail, for admins: the log of every mutation, and restoring a deleted node from it. */
@Resolver()
export class AuditResolver {
  @Authorized('admin')
  @Query(() => AuditEntryConnection, { description: 'Every mutation recorded, newest first. Admins only (UNAUTHENTICATED, FORBIDDEN).' })
  async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditEntryConnection> {
    assertPageSize(args.first, ctx.config.maxPageSize);
    const after = args.after ? decodeKeyset(args.after) : undefined;
    if (after && !ISO_INSTANT.test(String(after.value))) throw new BadUserInputError('after', 'is not a valid cursor; use pageInfo.endCursor of a previous page');
    const filter = args.filter ?? {};
    const page = await findAuditEntries(ctx.executor, {
      ...filter,
      // The scalar accepts what Date.parse does; Cypher's datetime() gets one form it always reads.
      from: filter.from ? new Date(filter.from).toISOString() : null,
      to: filter.to ? new Date(filter.to).toISOString() : null,
      first: args.first,
      after: after ? { at: String(after.value), id: after.id } : undefined,
    });
    const edges = page.entries.map((node) => new CursorEdge(node, { value: node.at, id: node.id }));
    return { totalCount: page.totalCount, edges, pageInfo: lazyPageInfo(edges, page.hasNextPage) };
  }

  @Authorized('admin')
  @Mutation(() => RestoredNode, {
    description: 'Restores a deleted node, with its relationships to nodes that still exist, from its DELETE audit entry; itself audited (RESTORE). Admins only. Errors: NOT_FOUND, BAD_USER_INPUT (not a DELETE entry), CONFLICT (id in use again).',
  })
  async restoreNode(@Arg('auditEntryId', () => ID) auditEntryId: string, @Ctx() ctx: Context): Promise<RestoredNode> {
    const result = await restoreNode(ctx, auditEntryId);
    return { node: result.node, restoredRelationships: result.restored.length, skippedRelationships: result.skipped.length, auditEntryId: result.auditEntryId };
  }

  @Authorized('admin')
  @Mutation(() => PurgedNode, {
    description:
      "Releases a deleted node's id: a deleted id stays reserved (createX answers CONFLICT) until the node is restored or purged. The DELETE entry stays in the trail; itself audited (PURGE). Admins only. Errors: NOT_FOUND (no deleted node holds the id).",
  })
  purgeDeletedNode(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PurgedNode> {
    return purgeDeletedNode(ctx, id);
  }
}

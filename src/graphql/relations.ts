import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { RELATIONSHIP_FIELDS, type RelationshipFieldName } from '../graph/relationship-fields.js';
import { assertPageSize, decodeIdCursor, encodeCursor, type PageArgs } from './pagination.js';

/**
 * Resolves a to-many relationship field as a connection, through the request's batched loader:
 * all parents asking for the same field in one tick share one round trip.
 */
export async function resolveRelation(ctx: Context, parent: NodeRow, field: RelationshipFieldName, args: PageArgs) {
  assertPageSize(args.first, ctx.config.maxPageSize);
  const after = args.after ? decodeIdCursor(args.after) : null;
  const page = await ctx.loaders.related.load({ id: parent.id, field, first: args.first, after });
  const edges = page.items.map(({ node, relationship }) => ({ cursor: encodeCursor(node.id), node, ...relationship }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Resolves a to-one relationship field (`Organisation.headquarters`): the first related node, or null. */
export async function resolveSingle(ctx: Context, parent: NodeRow, field: RelationshipFieldName): Promise<NodeRow | null> {
  if (!RELATIONSHIP_FIELDS[field]) throw new Error(`unknown relationship field ${field}`);
  const page = await ctx.loaders.related.load({ id: parent.id, field, first: 1 });
  return page.items[0]?.node ?? null;
}

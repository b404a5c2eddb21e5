import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import type { Projection } from '../graph/projection.js';
import { RELATIONSHIP_FIELDS, type RelationshipFieldName } from '../graph/relationship-fields.js';
import { assertPageSize, decodeIdCursor, encodeCursor, type PageArgs } from './pagination.js';
import { selectedRelationProjection } from './projection.js';

/**
 * Projections by the field nodes of one field in one execution: every parent of a list shares
 * that array (graphql-js collects a list item's subfields once), so the selection is walked once
 * per field, not once per parent. Weak: it goes with the execution.
 */
const projections = new WeakMap<readonly FieldNode[], Projection>();

/** What the relationship field being resolved reads of its nodes and relationships (the key prefetch.ts also builds). */
function projectionOf(info: GraphQLResolveInfo, field: RelationshipFieldName, paged: boolean): Projection {
  let projection = projections.get(info.fieldNodes);
  if (!projection) {
    projection = selectedRelationProjection(field, info.fieldNodes, info.fragments, paged);
    projections.set(info.fieldNodes, projection);
  }
  return projection;
}

/**
 * Resolves a to-many relationship field as a connection, through the request's batched loader:
 * all parents asking for the same field in one tick share one round trip. Only the properties
 * the selection serves are read (see projection.ts).
 */
export async function resolveRelation(ctx: Context, info: GraphQLResolveInfo, parent: NodeRow, field: RelationshipFieldName, args: PageArgs) {
  assertPageSize(args.first, ctx.config.maxPageSize);
  const after = args.after ? decodeIdCursor(args.after) : null;
  const projection = projectionOf(info, field, true);
  const page = await ctx.loaders.related.load({ id: parent.id, field, first: args.first, after, projection });
  const edges = page.items.map(({ node, relationship }) => ({ cursor: encodeCursor(node.id), node, ...relationship }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Resolves a to-one relationship field (`Organisation.headquarters`): the first related node, or null. */
export async function resolveSingle(ctx: Context, info: GraphQLResolveInfo, parent: NodeRow, field: RelationshipFieldName): Promise<NodeRow | null> {
  if (!RELATIONSHIP_FIELDS[field]) throw new Error(`unknown relationship field ${field}`);
  const page = await ctx.loaders.related.load({ id: parent.id, field, first: 1, projection: projectionOf(info, field, false) });
  return page.items[0]?.node ?? null;
}

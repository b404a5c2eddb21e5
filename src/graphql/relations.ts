import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { citationsOf } from '../model/index.js';
import type { NodeRow } from '../graph/node.repository.js';
import type { Projection } from '../graph/projection.js';
import type { RelatedItem, RelatedPage } from '../graph/relationship.repository.js';
import { RELATIONSHIP_FIELDS, type RelationshipFieldName } from '../model/index.js';
import { assertPageSize, decodeIdCursor, encodeCursor, lazyPageInfo, type PageArgs } from './pagination.js';
import { selectedRelationProjection } from './selection-projection.js';
import { memoBySelection } from './selection-memo.js';

/**
 * What the relationship field being resolved reads of its nodes and relationships (the key
 * prefetch.ts also builds): walked once per field of an operation, not once per parent.
 */
function projectionOf(info: GraphQLResolveInfo, field: RelationshipFieldName, paged: boolean): Projection {
  return memoBySelection(info, 'relationProjection', () => selectedRelationProjection(field, info.fieldNodes, info.fragments, paged));
}

/** An edge of a relationship connection: its cursor is encoded only when a client selects it. */
class RelationEdge {
  constructor(
    readonly node: NodeRow,
    relationship: Record<string, unknown>,
  ) {
    Object.assign(this, relationship);
  }

  get cursor(): string {
    return encodeCursor(this.node.id);
  }

  /** Structured sources, worked out only when a client selects them (codec.ts citationsOf). */
  get citations(): Record<string, unknown>[] | null {
    return citationsOf(this as unknown as Record<string, unknown>);
  }
}

function toConnection(page: RelatedPage) {
  const edges = page.items.map(({ node, relationship }: RelatedItem) => new RelationEdge(node, relationship));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: lazyPageInfo(edges, page.hasNextPage),
  };
}

/** Maps a value now, or when it arrives: pages read ahead need no promise. */
const mapMaybeAsync = <T, R>(value: T | Promise<T>, map: (v: T) => R): R | Promise<R> => (value instanceof Promise ? value.then(map) : map(value));

/**
 * Resolves a to-many relationship field as a connection, through the request's batched loader:
 * all parents asking for the same field in one tick share one round trip, and a page the root
 * query read ahead is served at once. Only the properties the selection serves are read (see
 * selection-projection.ts).
 */
export function resolveRelation(ctx: Context, info: GraphQLResolveInfo, parent: NodeRow, field: RelationshipFieldName, args: PageArgs) {
  assertPageSize(args.first, ctx.config.maxPageSize);
  const after = args.after ? decodeIdCursor(args.after) : null;
  const projection = projectionOf(info, field, true);
  return mapMaybeAsync(ctx.loaders.relatedPage({ id: parent.id, field, first: args.first, after, projection }), toConnection);
}

/** Resolves a to-one relationship field (`Organisation.headquarters`): the first related node, or null. */
export function resolveSingle(ctx: Context, info: GraphQLResolveInfo, parent: NodeRow, field: RelationshipFieldName): NodeRow | null | Promise<NodeRow | null> {
  if (!RELATIONSHIP_FIELDS[field]) throw new Error(`unknown relationship field ${field}`);
  const page = ctx.loaders.relatedPage({ id: parent.id, field, first: 1, projection: projectionOf(info, field, false) });
  return mapMaybeAsync(page, (p) => p.items[0]?.node ?? null);
}

import { Arg, Args, ArgsType, Ctx, Field, ID, Info, InputType, Query, Resolver, registerEnumType, type ClassType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { NodeType, NodeTypeDeclaration } from '../model/index.js';
import type { Context } from '../context.js';
import { listNodes } from '../graph/list.repository.js';
import type { NodeRow } from '../graph/node.repository.js';
import { SortDirection } from './enums.js';
import { toConditions } from '../graph/filter.cypher.js';
import { SORT_FIELDS, sortAlwaysSet, sortExpression, type SortFieldName } from '../graph/list-sort.cypher.js';
import { CursorEdge, PageArgs, assertPageSize, decodeKeyset, lazyPageInfo } from './pagination.js';
import { selectsField } from './selection.js';
import { selectedRelatedPlans } from './prefetch.js';
import { memoBySelection, selectionUsesVariables } from './selection-memo.js';
import { connectionNodeSets, selectedConnectionProjection, selectedNodeProperties, setsOf } from './selection-projection.js';

export const SortField = Object.fromEntries(SORT_FIELDS.map((f) => [f, f])) as { [F in SortFieldName]: F };
registerEnumType(SortField, {
  name: 'SortField',
  description: 'What a list is sorted by. START_DATE applies to initiatives, commitments and events; DATE to learnings and contracting processes.',
});

@InputType({ description: 'Sort order of a list; ties are broken by id.' })
export class NodeOrder {
  @Field(() => SortField, { defaultValue: 'LABEL', description: 'Sort key (LABEL: name or title).' })
  field!: keyof typeof SortField;

  @Field(() => SortDirection, { defaultValue: 'ASC' })
  direction!: 'ASC' | 'DESC';
}

export interface NodeResolverOptions<F extends object> {
  type: NodeType;
  classType: ClassType;
  connection: ClassType;
  filter: ClassType<F>;
  /** Query names: `organisation` and `organisations`. */
  single: string;
  plural: string;
  /** The single query's argument when it is not the id (the model's NodeTypeDeclaration `key`). */
  key?: NodeTypeDeclaration['key'];
}

/**
 * What a root query reads, from its selection: computed once per operation (selection-memo.ts),
 * or per request when the selection uses variables (`first: $n` changes the plans).
 */
function readPlan<T>(info: GraphQLResolveInfo, key: string, compute: () => T): T {
  return selectionUsesVariables(info) ? compute() : memoBySelection(info, key, compute);
}

/**
 * The root queries every node type has: by id (`organisation(id)`, null when unknown or of
 * another type) and a keyset-paginated, filtered, sorted list (`organisations(...)`).
 */
/** The arguments of a type's list query: a page, the type's own filter input, the sort order. */
function listArgsOf<F extends object>(filter: NodeResolverOptions<F>['filter']) {
  @ArgsType()
  class ListArgs extends PageArgs {
    @Field(() => filter, { nullable: true, description: 'Only records that match every given filter.' })
    filter?: F;

    @Field(() => NodeOrder, { nullable: true, description: 'Sort order; by label ascending when omitted.' })
    orderBy?: NodeOrder;
  }
  return ListArgs;
}

export function createNodeResolver<F extends object>(opts: NodeResolverOptions<F>) {
  const ListArgs = listArgsOf<F>(opts.filter);
  type ListArgs = InstanceType<typeof ListArgs>;

  // Not listed in the schema's resolvers itself: each entity's resolver extends it and adds its
  // relationship fields (type-graphql 2 builds only the listed classes, inherited methods included).
  @Resolver()
  abstract class NodeResolver {
    @Query(() => opts.classType, { name: opts.single, nullable: true, description: `One ${opts.type} by ${opts.key?.argument ?? 'id'}; null when there is none.` })
    async findOne(
      @Arg(opts.key?.argument ?? 'id', () => ID, { description: opts.key?.description }) key: string,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<NodeRow | null> {
      const id = opts.key ? opts.key.toId(key) : key;
      // The node and the relationship fields selected under it, in one round trip.
      const { related, properties } = readPlan(info, `findOne:${ctx.config.maxPageSize}`, () => {
        const sets = setsOf(info.fieldNodes);
        return { related: selectedRelatedPlans(info, opts.type, sets, ctx.config.maxPageSize), properties: selectedNodeProperties(opts.type, sets, info.fragments) };
      });
      const row = related.length ? await ctx.loaders.nodeWithRelated(id, related, properties) : await ctx.loaders.nodeById.load(id);
      return row?.__type === opts.type ? row : null;
    }

    @Query(() => opts.connection, { name: opts.plural, description: `A page of ${opts.type} records, filtered and sorted.` })
    async findMany(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      assertPageSize(args.first, ctx.config.maxPageSize);
      const order = args.orderBy ?? { field: 'LABEL', direction: 'ASC' };
      // Only what the edges' nodes serve: the page's nodes are not whole records.
      const { related, properties, withTotal } = readPlan(info, `findMany:${ctx.config.maxPageSize}`, () => ({
        properties: selectedConnectionProjection(opts.type, info.fieldNodes, info.fragments).node,
        related: selectedRelatedPlans(info, opts.type, connectionNodeSets(info.fieldNodes, info.fragments), ctx.config.maxPageSize),
        withTotal: selectsField(info, 'totalCount'),
      }));
      const page = await listNodes(ctx.executor, {
        type: opts.type,
        conditions: toConditions(opts.type, args.filter),
        sortExpression: sortExpression(opts.type, order.field),
        sortAlwaysSet: sortAlwaysSet(order.field),
        direction: order.direction,
        first: args.first,
        after: args.after ? decodeKeyset(args.after) : undefined,
        withTotal,
        properties,
        // The page and the relationship fields selected under its nodes, in one round trip.
        related,
      });
      if (!properties) for (const { node } of page.rows) ctx.loaders.nodeById.prime(node.id, node);
      ctx.loaders.primeRelated(page.prefetched);
      const edges = page.rows.map(({ node, key }) => new CursorEdge(node, key));
      return { totalCount: page.totalCount, edges, pageInfo: lazyPageInfo(edges, page.hasNextPage) };
    }
  }
  return NodeResolver;
}

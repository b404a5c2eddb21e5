import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, Float, ID, Info, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import type { NodeRow } from '../graph/node.repository.js';
import { searchNodes } from '../graph/search.repository.js';
import { NodeTypeEnum } from './enums.js';
import { Node } from './node.interface.js';
import { PageInfo } from './connection.js';
import { connectionNodeSets, selectedNodeProperties } from './selection-projection.js';
import { CursorEdge, PageArgs, assertPageSize, decodeKeyset, lazyPageInfo } from './pagination.js';
import type { NodeType } from '../model/index.js';

/** At most this many ids in one `nodes(ids)` call. */
export const MAX_IDS = 500;

@ObjectType({ simpleResolvers: true, description: 'A search hit: the node and how well it matches.' })
class SearchEdge {
  @Field(() => String, { description: 'Opaque cursor of this hit.' })
  cursor!: string;

  @Field(() => Float, { description: 'Relevance: higher is better (Lucene score).' })
  score!: number;

  @Field(() => Node, { description: 'The matching node; use inline fragments for type-specific fields.' })
  node!: NodeRow;
}

@ObjectType({ simpleResolvers: true, description: 'Search hits, best first.' })
class SearchConnection {
  @Field(() => Int, { description: 'How many nodes match in all.' })
  totalCount!: number;

  @Field(() => [SearchEdge])
  edges!: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ArgsType()
class SearchArgs extends PageArgs {
  @Field(() => String, { description: 'Words to look for in names, titles, summaries, descriptions and learning bodies. The last word also matches as a prefix.' })
  text!: string;

  @Field(() => [NodeTypeEnum], { nullable: true, description: 'Only nodes of these types.' })
  types?: NodeType[];
}

/** Queries over any node type: by id, by ids, and full-text search. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by id; null when there is none.' })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeRow | null> {
    return ctx.loaders.nodeById.load(id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Nodes by id, in the order asked, null for unknown ids (at most ${MAX_IDS}).` })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(NodeRow | null)[]> {
    if (ids.length > MAX_IDS) throw new BadUserInputError('ids', `at most ${MAX_IDS} ids per call (got ${ids.length})`);
    return ctx.loaders.nodeById.loadMany(ids) as Promise<(NodeRow | null)[]>;
  }

  @Query(() => SearchConnection, { description: 'Full-text search over the graph, best matches first.' })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<SearchConnection> {
    assertPageSize(args.first, ctx.config.maxPageSize);
    if (args.text.trim() === '') throw new BadUserInputError('text', 'must contain at least one word');
    if (args.text.length > 200) throw new BadUserInputError('text', 'must be at most 200 characters');
    const types = args.types ?? [];
    // Searching one type, only the properties selected on its hits are read.
    const properties = new Set(types).size === 1 ? selectedNodeProperties(types[0], connectionNodeSets(info.fieldNodes, info.fragments), info.fragments) : null;
    const page = await searchNodes(ctx.executor, { text: args.text, types, first: args.first, after: args.after ? decodeKeyset(args.after) : undefined, properties });
    const edges = page.hits.map((h) => Object.assign(new CursorEdge(h.node, { value: h.score, id: h.node.id }), { score: h.score }));
    if (!properties) for (const { node } of edges) ctx.loaders.nodeById.prime(node.id, node);
    return { totalCount: page.totalCount, edges, pageInfo: lazyPageInfo(edges, page.hasNextPage) };
  }
}

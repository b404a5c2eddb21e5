import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { Node } from '../graphql/node.interface.js';
import { GraphNode } from './network.types.js';
import type { NetworkNode } from './subgraph.js';

/** GraphNode.node: the whole record behind a drawn node, through the request's batched loader. */
@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => Node, { nullable: true, description: 'The full record, for type-specific fields; all nodes of one answer load in one round trip.' })
  node(@Root() root: NetworkNode, @Ctx() ctx: Context): Promise<NodeRow | null> {
    return ctx.loaders.nodeById.load(root.id);
  }
}

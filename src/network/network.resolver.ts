import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { selectsField } from '../graphql/selection.js';
import { assertInRange, nodeNotFound } from './arguments.js';
import { findSharedNeighbours } from './connections.repository.js';
import { DEFAULT_PATH_LENGTH } from '../config/network-limits.js';
import { loadNetwork } from './heavy-work.service.js';
import { ConnectionsArgs, NeighbourhoodArgs, PathsArgs, ShortestPathArgs } from './network.args.js';
import { NetworkFilter } from './network.input.js';
import { Connections, Path, Subgraph } from './network.types.js';
import { findNeighbourhood } from './neighbourhood.repository.js';
import { findShortestPaths } from './path.repository.js';
import type { NetworkPath, NetworkSubgraph } from './subgraph.js';

/** The network queries: neighbourhoods, paths, connections and whole (filtered) networks. */
@Resolver()
export class NetworkResolver {
  @Query(() => Subgraph, { description: 'The nodes around one node, breadth first, ignoring direction, with every relationship between them. A node with more neighbours than `limit` is listed in cappedNodes.' })
  async neighbourhood(@Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs, @Ctx() ctx: Context): Promise<NetworkSubgraph> {
    const result = await findNeighbourhood(ctx.executor, {
      id: args.id,
      depth: assertInRange('depth', args.depth, 1, 1, ctx.config.network.maxDepth),
      limit: assertInRange('limit', args.limit, 25, 1, ctx.config.network.maxNeighbours),
      relationshipTypes: args.relationshipTypes ?? null,
      nodeTypes: args.nodeTypes ?? null,
      maxNodes: ctx.config.network.maxNeighbourhoodNodes,
      maxEdges: ctx.config.network.maxNeighbourhoodEdges,
    });
    if (!result) throw nodeNotFound('id', args.id);
    return result;
  }

  @Query(() => Path, { nullable: true, description: 'A shortest path between two nodes, ignoring direction; null when there is none within maxLength.' })
  async shortestPath(@Args(() => ShortestPathArgs) args: ShortestPathArgs, @Ctx() ctx: Context): Promise<NetworkPath | null> {
    const paths = await findPaths(ctx, args, 1, 'shortestPath');
    return paths[0] ?? null;
  }

  @Query(() => [Path], { description: 'All shortest paths between two nodes (all of the same length), at most `limit`, ordered by the ids along them.' })
  paths(@Args(() => PathsArgs) args: PathsArgs, @Ctx() ctx: Context): Promise<NetworkPath[]> {
    return findPaths(ctx, args, assertInRange('limit', args.limit, 10, 1, ctx.config.network.maxPaths), 'paths');
  }

  @Query(() => Connections, { description: 'What two nodes share (the nodes linked to both) and a shortest path between them.' })
  async connections(@Args(() => ConnectionsArgs) { a, b }: ConnectionsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const [rowA, rowB] = (await ctx.loaders.nodeById.loadMany([a, b])) as (NodeRow | null)[];
    if (!rowA) throw nodeNotFound('a', a);
    if (!rowB) throw nodeNotFound('b', b);
    const [shared, paths] = await Promise.all([
      findSharedNeighbours(ctx.executor, a, b),
      selectsField(info, 'path') ? findPaths(ctx, { from: a, to: b, maxLength: DEFAULT_PATH_LENGTH }, 1, 'connections.path') : [],
    ]);
    for (const s of shared) ctx.loaders.nodeById.prime(s.node.id, s.node);
    return {
      a: rowA,
      b: rowB,
      shared: shared.map((s) => ({ node: s.node, relationshipFromA: s.fromA.type, relationshipFromB: s.fromB.type, relationship: s.relationship })),
      path: paths[0] ?? null,
    };
  }

  @Query(() => Subgraph, { description: 'A whole network, filtered; nodes carry degree, betweenness, pagerank and community (Louvain).' })
  network(@Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null, @Ctx() ctx: Context): Promise<NetworkSubgraph> {
    return loadNetwork(ctx, 'network', filter ?? {}, 'filter.');
  }
}

/**
 * Shortest paths for shortestPath, paths and connections: arguments checked, unknown ends
 * NOT_FOUND. A search of long paths can load much of the graph, so it runs under the heavy-work
 * limiter (SERVER_BUSY naming `field` when it is full).
 */
async function findPaths(ctx: Context, args: Pick<ShortestPathArgs, 'from' | 'to' | 'maxLength' | 'relationshipTypes'>, limit: number, field: string) {
  const maxLength = assertInRange('maxLength', args.maxLength, DEFAULT_PATH_LENGTH, 1, ctx.config.network.maxPathLength);
  const search = { from: args.from, to: args.to, maxLength, relationshipTypes: args.relationshipTypes ?? null, limit };
  const result = await ctx.heavy.limiter.run(field, () => findShortestPaths(ctx.executor, search), ctx.deadline);
  if (!result.fromExists) throw nodeNotFound('from', args.from);
  if (!result.toExists) throw nodeNotFound('to', args.to);
  return result.paths;
}

import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { assertInRange } from './arguments.js';
import { NETWORK_LIMITS } from '../config/network-limits.js';
import { loadNetwork } from './heavy-work.service.js';
import { GraphNode, PlaceCount, Stats, TypeCount, YearCount } from './network.types.js';
import type { NetworkNode } from './subgraph.js';
import { countByPlace, countGraph, countNewPerYear, type Counts } from './stats.repository.js';

/** The object behind Stats: the counts query runs once, however many count fields ask for it. */
interface StatsRoot {
  counts(): Promise<Counts>;
}

/** `stats`: what is in the network now and how it grew. Each field costs only when selected. */
@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { description: 'What is in the network now and how it grew. Synthetic test data is not counted.' })
  stats(@Ctx() ctx: Context): StatsRoot {
    let counts: Promise<Counts> | undefined;
    return { counts: () => (counts ??= countGraph(ctx.executor)) };
  }

  @FieldResolver(() => Int, { description: 'Nodes in the graph.' })
  async nodes(@Root() root: StatsRoot): Promise<number> {
    return (await root.counts()).nodes;
  }

  @FieldResolver(() => Int, { description: 'Relationships in the graph.' })
  async relationships(@Root() root: StatsRoot): Promise<number> {
    return (await root.counts()).relationships;
  }

  @FieldResolver(() => [TypeCount], { description: 'Nodes by type, in the order of the NodeType enum.' })
  async byNodeType(@Root() root: StatsRoot) {
    return (await root.counts()).byNodeType;
  }

  @FieldResolver(() => [TypeCount], { description: 'Relationships by type, alphabetically.' })
  async byRelationshipType(@Root() root: StatsRoot) {
    return (await root.counts()).byRelationshipType;
  }

  @FieldResolver(() => [PlaceCount], { description: 'Organisations, initiatives and events per country (located in it or a place inside it), most first.' })
  byCountry(@Ctx() ctx: Context) {
    return countPlaces(ctx, 'COUNTRY');
  }

  @FieldResolver(() => [PlaceCount], { description: 'Organisations, initiatives and events per world region, most first.' })
  byRegion(@Ctx() ctx: Context) {
    return countPlaces(ctx, 'WORLD_REGION');
  }

  @FieldResolver(() => [YearCount], { description: 'Initiatives, commitments and events by the year they started, and learnings by the year of their date; oldest first.' })
  newPerYear(@Ctx() ctx: Context) {
    return countNewPerYear(ctx.executor);
  }

  @FieldResolver(() => [GraphNode], { description: `The nodes that broker most: highest betweenness in the whole network first (first: 1..${NETWORK_LIMITS.maxBrokers}), with all metrics.` })
  async topBrokers(@Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null, @Ctx() ctx: Context): Promise<NetworkNode[]> {
    const count = assertInRange('first', first, 10, 1, ctx.config.network.maxBrokers);
    // The whole network, as `network` measures it: cached and bounded like it.
    const network = await loadNetwork(ctx, 'topBrokers', {}, '');
    // A copy: the cached network is shared with other requests.
    return [...network.nodes]
      .sort((x, y) => y.betweenness! - x.betweenness! || y.degree! - x.degree! || x.id.localeCompare(y.id))
      .slice(0, count);
  }
}

/** Place counts with their Place records (one more round trip, through the loader). */
async function countPlaces(ctx: Context, kind: 'COUNTRY' | 'WORLD_REGION') {
  const counts = await countByPlace(ctx.executor, kind);
  const places = (await ctx.loaders.nodeById.loadMany(counts.map((c) => c.placeId))) as NodeRow[];
  return counts.map((c, i) => ({ place: places[i], count: c.count }));
}

import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { assertInRange } from './arguments.js';
import { PeersArgs } from './network.args.js';
import { findPeers, type PeerRow } from './peers.service.js';
import { Peer } from './peers.types.js';

/** `peers`: who else works on what an initiative works on, and why. */
@Resolver()
export class PeersResolver {
  @Query(() => [Peer], {
    description:
      'Initiatives an initiative could learn from or work with, best first, each with the reasons behind it and their evidence: shared themes (rarer ones weigh more), similar challenges and learnings, successes where it reports challenges, similar descriptions, shared partners, funders, champions, networks and commitments, a comparable level. Region only filters (`filter`) or breaks ties.',
  })
  peers(@Args(() => PeersArgs) args: PeersArgs, @Ctx() ctx: Context): Promise<PeerRow[]> {
    const first = assertInRange('first', args.first, 10, 1, ctx.config.network.maxPeers);
    return findPeers(ctx.executor, ctx.loaders.nodeById, args.initiativeId, args.filter, first);
  }
}

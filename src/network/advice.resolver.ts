import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { assertInRange } from './arguments.js';
import { Advice, AdviceArgs } from './advice.types.js';
import { findAdviceAnswers, type AdviceRow } from './advice.service.js';
import { NETWORK_LIMITS } from '../config/network-limits.js';

/** `advice`: what others learned about a problem, and who can introduce you to them. */
@Resolver()
export class AdviceResolver {
  @Query(() => [Advice], {
    description:
      'Learnings that answer a problem in plain words, most relevant first, grouped by initiative (the initiative of the best answer first), each with its kind, sources and reasons; with `from`, who can introduce you. BAD_USER_INPUT naming `problem` when it has no word to look for; NOT_FOUND naming `from` when it does not exist.',
  })
  advice(@Args(() => AdviceArgs) args: AdviceArgs, @Ctx() ctx: Context): Promise<AdviceRow[]> {
    const first = assertInRange('first', args.first, 10, 1, NETWORK_LIMITS.maxAdvice);
    const { kinds, includeSynthetic, ...scope } = args.filter ?? {};
    const scoped = Object.values(scope).some((v) => v != null);
    return findAdviceAnswers(ctx.executor, ctx.loaders.nodeById, {
      problem: args.problem,
      first,
      kinds: kinds ?? null,
      scope: scoped ? scope : null,
      includeSynthetic: includeSynthetic ?? false,
      from: args.from ?? null,
    });
  }
}

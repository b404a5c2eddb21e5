import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import { findMissingScopeIds, findTopSuppliers, summariseContracting, type SupplierTotalRow } from './contracting-summary.repository.js';
import { MAX_TOP_SUPPLIERS } from '../config/network-limits.js';
import { ContractingSummary, ContractingSummaryArgs, SupplierTotal, TopSuppliersArgs } from './contracting-summary.type.js';

const CURRENCY = /^[A-Z]{3}$/;

/**
 * `contractingSummary(initiative, buyer)`: what a dashboard needs in one query. The counts and
 * awarded totals are one round trip; `topSuppliers`, when selected, one more. An unknown
 * initiative or buyer is NOT_FOUND (checked only when the scope is empty, so it costs nothing
 * otherwise).
 */
@Resolver(() => ContractingSummary)
export class ContractingSummaryResolver {
  @Query(() => ContractingSummary, { description: 'Contracting processes of an initiative, a buyer, both, or (neither given) the whole graph: their number, awarded value by currency and year, and top suppliers.' })
  async contractingSummary(@Args(() => ContractingSummaryArgs) args: ContractingSummaryArgs, @Ctx() ctx: Context): Promise<ContractingSummary> {
    const scope = { initiative: args.initiative ?? null, buyer: args.buyer ?? null };
    const summary = await summariseContracting(ctx.executor, scope);
    if (summary.processCount === 0 && (scope.initiative || scope.buyer)) {
      const missing = await findMissingScopeIds(ctx.executor, scope);
      if (missing.initiative) throw new NotFoundError('initiative', scope.initiative!);
      if (missing.buyer) throw new NotFoundError('buyer (organisation)', scope.buyer!);
    }
    return { scope, ...summary };
  }

  @FieldResolver(() => [SupplierTotal], { description: 'The suppliers awarded most in these processes, largest amount first (ties by id), one row per supplier and currency.' })
  topSuppliers(@Root() summary: ContractingSummary, @Args(() => TopSuppliersArgs) args: TopSuppliersArgs, @Ctx() ctx: Context): Promise<SupplierTotalRow[]> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_TOP_SUPPLIERS) {
      throw new BadUserInputError('first', `must be between 1 and ${MAX_TOP_SUPPLIERS} (got ${args.first})`);
    }
    if (args.currency != null && !CURRENCY.test(args.currency)) throw new BadUserInputError('currency', `must be an ISO 4217 code such as "MXN" (got ${JSON.stringify(args.currency)})`);
    return findTopSuppliers(ctx.executor, summary.scope, args.first, args.currency ?? null);
  }
}

import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { CommitmentFilter } from '../graphql/filters.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation } from '../graphql/relations.js';
import { CommitmentConnection, InitiativeRelations, OrganisationRelations, ThemeRelations } from './connections.js';
import { Commitment } from './commitment.type.js';

/** Commitment queries (`commitment`, `commitments`) and every relationship field of Commitment. */
@Resolver(() => Commitment)
export class CommitmentResolver extends createNodeResolver({
  type: 'Commitment',
  classType: Commitment,
  connection: CommitmentConnection,
  filter: CommitmentFilter,
  single: 'commitment',
  plural: 'commitments',
}) {
  @FieldResolver(() => OrganisationRelations, { description: 'The government bodies that made it (MADE).' })
  madeBy(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Commitment.madeBy', page);
  }

  @FieldResolver(() => InitiativeRelations, { description: 'Initiatives that implement or support it (ADVANCES).' })
  advancedBy(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Commitment.advancedBy', page);
  }

  @FieldResolver(() => ThemeRelations, { description: 'What it is about (ABOUT).' })
  themes(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Commitment.themes', page);
  }
}

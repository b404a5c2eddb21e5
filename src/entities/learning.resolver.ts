import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { LearningFilter } from '../graphql/filters.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation, resolveSingle } from '../graphql/relations.js';
import { EventRelations, InitiativeRelations, LearningConnection, NodeRelations, ThemeRelations } from './connections.js';
import { Initiative } from './initiative.type.js';
import { Learning } from './learning.type.js';

/** Learning queries (`learning`, `learnings`) and every relationship field of Learning. */
@Resolver(() => Learning)
export class LearningResolver extends createNodeResolver({
  type: 'Learning',
  classType: Learning,
  connection: LearningConnection,
  filter: LearningFilter,
  single: 'learning',
  plural: 'learnings',
}) {
  @FieldResolver(() => Initiative, { nullable: true, description: 'The initiative it came out of (LEARNED).' })
  initiative(@Root() root: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveSingle(ctx, info, root, 'Learning.initiative');
  }

  @FieldResolver(() => InitiativeRelations, { description: 'Other initiatives that used it (APPLIED): peer learning that crossed over.' })
  appliedBy(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Learning.appliedBy', page);
  }

  @FieldResolver(() => NodeRelations, { description: 'Who wrote it down: people or organisations (AUTHORED).' })
  authors(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Learning.authors', page);
  }

  @FieldResolver(() => ThemeRelations, { description: 'What it is about (ABOUT).' })
  themes(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Learning.themes', page);
  }

  @FieldResolver(() => EventRelations, { description: 'Events where it was shared (PRESENTED_AT).' })
  presentedAt(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Learning.presentedAt', page);
  }
}

import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { ThemeFilter } from '../graphql/filters.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation } from '../graphql/relations.js';
import { CommitmentRelations, InitiativeRelations, LearningRelations, ThemeConnection } from './connections.js';
import { Theme } from './theme.type.js';

/** Theme queries (`theme`, `themes`) and every relationship field of Theme. */
@Resolver(() => Theme)
export class ThemeResolver extends createNodeResolver({
  type: 'Theme',
  classType: Theme,
  connection: ThemeConnection,
  filter: ThemeFilter,
  single: 'theme',
  plural: 'themes',
}) {
  @FieldResolver(() => InitiativeRelations, { description: 'Initiatives about it (ABOUT).' })
  initiatives(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Theme.initiatives', page);
  }

  @FieldResolver(() => CommitmentRelations, { description: 'Commitments about it (ABOUT).' })
  commitments(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Theme.commitments', page);
  }

  @FieldResolver(() => LearningRelations, { description: 'Learnings about it (ABOUT).' })
  learnings(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Theme.learnings', page);
  }
}

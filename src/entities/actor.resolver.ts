import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { ActorFilter } from '../graphql/filters.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation } from '../graphql/relations.js';
import { ActorConnection, EventRelations, InitiativeRelations, LearningRelations, OrganisationRelations } from './connections.js';
import { Actor } from './actor.type.js';

/** Actor queries (`actor`, `actors`) and every relationship field of Actor. */
@Resolver(() => Actor)
export class ActorResolver extends createNodeResolver({
  type: 'Actor',
  classType: Actor,
  connection: ActorConnection,
  filter: ActorFilter,
  single: 'actor',
  plural: 'actors',
}) {
  @FieldResolver(() => OrganisationRelations, { description: 'Organisations the person works at, with role and dates (WORKS_AT).' })
  organisations(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Actor.organisations', page);
  }

  @FieldResolver(() => InitiativeRelations, { description: 'Initiatives the person drives (CHAMPIONS).' })
  champions(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Actor.champions', page);
  }

  @FieldResolver(() => LearningRelations, { description: 'Learnings the person wrote down (AUTHORED).' })
  authored(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Actor.authored', page);
  }

  /**
   * Contact details are personal data: shown when the person made their record public, to admins,
   * and to editors of the organisation that owns the record (src/auth/policy.ts); null otherwise.
   * Only an editor's look-up reads the graph (one batched round trip for the whole answer).
   */
  @FieldResolver()
  email(@Root() root: NodeRow, @Ctx() ctx: Context): string | null | Promise<string | null> {
    const email = typeof root.email === 'string' ? root.email : null;
    if (email === null || root.public === true || ctx.user?.role === 'admin') return email;
    const org = ctx.user?.organisationId;
    if (!org) return null;
    return ctx.loaders.actorOwnedBy(org, root.id).then((owned) => (owned ? email : null));
  }

  @FieldResolver(() => EventRelations, { description: 'Events the person attended (ATTENDED).' })
  attended(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Actor.attended', page);
  }
}

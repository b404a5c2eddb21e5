import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { EventFilter } from '../graphql/filters.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation, resolveSingle } from '../graphql/relations.js';
import { EventConnection, LearningRelations, NodeRelations, OrganisationRelations } from './connections.js';
import { Event } from './event.type.js';
import { Place } from './place.type.js';

/** Event queries (`event`, `events`) and every relationship field of Event. */
@Resolver(() => Event)
export class EventResolver extends createNodeResolver({
  type: 'Event',
  classType: Event,
  connection: EventConnection,
  filter: EventFilter,
  single: 'event',
  plural: 'events',
}) {
  @FieldResolver(() => OrganisationRelations, { description: 'Organisations that organised it (ORGANISED).' })
  organisers(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Event.organisers', page);
  }

  @FieldResolver(() => NodeRelations, { description: 'People and organisations that attended it (ATTENDED).' })
  attendees(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Event.attendees', page);
  }

  @FieldResolver(() => LearningRelations, { description: 'Learnings presented there (PRESENTED_AT).' })
  learnings(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Event.learnings', page);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where it was held (LOCATED_IN).' })
  place(@Root() root: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveSingle(ctx, info, root, 'Event.place');
  }
}

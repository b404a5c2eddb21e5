import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { PlaceFilter } from '../graphql/filters.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation, resolveSingle } from '../graphql/relations.js';
import { EventRelations, InitiativeRelations, OrganisationRelations, PlaceConnection, PlaceRelations, ContractingProcessRelations } from './connections.js';
import { Place } from './place.type.js';

/** Place queries (`place`, `places`) and every relationship field of Place. */
@Resolver(() => Place)
export class PlaceResolver extends createNodeResolver({
  type: 'Place',
  classType: Place,
  connection: PlaceConnection,
  filter: PlaceFilter,
  single: 'place',
  plural: 'places',
}) {
  @FieldResolver(() => Place, { nullable: true, description: 'The place it is part of: city in region in country in world region (PART_OF).' })
  parent(@Root() root: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveSingle(ctx, info, root, 'Place.parent');
  }

  @FieldResolver(() => PlaceRelations, { description: 'Places that are part of it (PART_OF).' })
  children(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Place.children', page);
  }

  @FieldResolver(() => OrganisationRelations, { description: 'Organisations headquartered here (LOCATED_IN).' })
  organisations(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Place.organisations', page);
  }

  @FieldResolver(() => InitiativeRelations, { description: 'Initiatives working here (LOCATED_IN).' })
  initiatives(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Place.initiatives', page);
  }

  @FieldResolver(() => EventRelations, { description: 'Events held here (LOCATED_IN).' })
  events(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Place.events', page);
  }

  @FieldResolver(() => ContractingProcessRelations, { description: 'Contracting processes located in it (LOCATED_IN).' })
  contractingProcesses(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Place.contractingProcesses', page);
  }
}

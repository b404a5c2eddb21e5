import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { InitiativeFilter } from '../graphql/filters.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation, resolveSingle } from '../graphql/relations.js';
import { ActorRelations, CommitmentRelations, InitiativeConnection, InitiativeRelations, LearningRelations, OrganisationRelations, ThemeRelations, ContractingProcessRelations } from './connections.js';
import { Initiative } from './initiative.type.js';
import { Place } from './place.type.js';

/** Initiative queries (`initiative`, `initiatives`) and every relationship field of Initiative. */
@Resolver(() => Initiative)
export class InitiativeResolver extends createNodeResolver({
  type: 'Initiative',
  classType: Initiative,
  connection: InitiativeConnection,
  filter: InitiativeFilter,
  single: 'initiative',
  plural: 'initiatives',
}) {
  @FieldResolver(() => OrganisationRelations, { description: 'Organisations that coordinate it (COORDINATES).' })
  coordinators(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.coordinators', page);
  }

  @FieldResolver(() => OrganisationRelations, { description: 'Partner organisations, with role, since and until (PARTNER_IN).' })
  partners(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.partners', page);
  }

  @FieldResolver(() => ActorRelations, { description: 'People who drive it (CHAMPIONS).' })
  champions(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.champions', page);
  }

  @FieldResolver(() => InitiativeRelations, { description: 'Networks it is a member of, such as LOCI (MEMBER_OF).' })
  memberOf(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.memberOf', page);
  }

  @FieldResolver(() => InitiativeRelations, { description: 'Initiatives that are members of it (MEMBER_OF).' })
  members(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.members', page);
  }

  @FieldResolver(() => CommitmentRelations, { description: 'Commitments it implements or supports (ADVANCES).' })
  commitments(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.commitments', page);
  }

  @FieldResolver(() => LearningRelations, { description: 'What was learned in it (LEARNED).' })
  learnings(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.learnings', page);
  }

  @FieldResolver(() => LearningRelations, { description: "Other initiatives' learnings it used (APPLIED)." })
  applied(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.applied', page);
  }

  @FieldResolver(() => ThemeRelations, { description: 'What it is about (ABOUT).' })
  themes(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.themes', page);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where it works (LOCATED_IN).' })
  place(@Root() root: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveSingle(ctx, info, root, 'Initiative.place');
  }

  @FieldResolver(() => ContractingProcessRelations, { description: 'Contracting processes published by its portal (PART_OF).' })
  contractingProcesses(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Initiative.contractingProcesses', page);
  }
}

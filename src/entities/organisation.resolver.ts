import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { OrganisationFilter } from '../graphql/filters.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation, resolveSingle } from '../graphql/relations.js';
import { ContractingRole } from '../graphql/enums.js';
import type { ContractingRole as Role } from '../model/index.js';
import type { RelationshipFieldName } from '../graph/relationship-fields.js';
import { ActorRelations, CommitmentRelations, ContractingProcessRelations, EventRelations, InitiativeRelations, LearningRelations, OrganisationConnection } from './connections.js';
import { Organisation } from './organisation.type.js';
import { Place } from './place.type.js';

/** The relationship field behind each role of `Organisation.contracting(role)`. */
const CONTRACTING_FIELDS: Record<Role, RelationshipFieldName> = {
  BUYER: 'Organisation.buyerOf',
  PROCURING_ENTITY: 'Organisation.procuringEntityOf',
  TENDERER: 'Organisation.tenderedFor',
  SUPPLIER: 'Organisation.awarded',
  FUNDER: 'Organisation.funded',
};

/** Organisation queries (`organisation`, `organisations`) and every relationship field of Organisation. */
@Resolver(() => Organisation)
export class OrganisationResolver extends createNodeResolver({
  type: 'Organisation',
  classType: Organisation,
  connection: OrganisationConnection,
  filter: OrganisationFilter,
  single: 'organisation',
  plural: 'organisations',
}) {
  @FieldResolver(() => ActorRelations, { description: 'People who work at it, with their role and dates (WORKS_AT).' })
  people(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.people', page);
  }

  @FieldResolver(() => InitiativeRelations, { description: 'Initiatives it coordinates (COORDINATES).' })
  coordinates(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.coordinates', page);
  }

  @FieldResolver(() => InitiativeRelations, { description: 'Initiatives it is a partner, funder, implementer or technical supporter in, with its role (PARTNER_IN).' })
  partnerIn(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.partnerIn', page);
  }

  @FieldResolver(() => CommitmentRelations, { description: 'Commitments it made (MADE).' })
  commitments(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.commitments', page);
  }

  @FieldResolver(() => LearningRelations, { description: 'Learnings it wrote down (AUTHORED).' })
  authored(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.authored', page);
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where it is headquartered (LOCATED_IN).' })
  headquarters(@Root() root: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveSingle(ctx, info, root, 'Organisation.headquarters');
  }

  @FieldResolver(() => EventRelations, { description: 'Events it organised (ORGANISED).' })
  organised(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.organised', page);
  }

  @FieldResolver(() => EventRelations, { description: 'Events it attended (ATTENDED).' })
  attended(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.attended', page);
  }

  @FieldResolver(() => ContractingProcessRelations, { description: 'Contracting processes it buys (BUYER_OF).' })
  buyerOf(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.buyerOf', page);
  }

  @FieldResolver(() => ContractingProcessRelations, { description: 'Contracting processes it runs as procuring entity (PROCURING_ENTITY_OF).' })
  procuringEntityOf(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.procuringEntityOf', page);
  }

  @FieldResolver(() => ContractingProcessRelations, { description: 'Contracting processes it tendered for (TENDERED_FOR).' })
  tenderedFor(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.tenderedFor', page);
  }

  @FieldResolver(() => ContractingProcessRelations, { description: 'Contracting processes it was awarded, each edge with amount, currency and date (AWARDED).' })
  awarded(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.awarded', page);
  }

  @FieldResolver(() => ContractingProcessRelations, { description: 'Contracting processes it funded (FUNDED).' })
  funded(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'Organisation.funded', page);
  }

  @FieldResolver(() => ContractingProcessRelations, { description: 'Contracting processes it takes part in with this OCDS role: buyerOf, procuringEntityOf, tenderedFor, awarded or funded by name.' })
  contracting(
    @Root() root: NodeRow,
    @Arg('role', () => ContractingRole) role: Role,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return resolveRelation(ctx, info, root, CONTRACTING_FIELDS[role], page);
  }
}

import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { processIdOf } from '../model/index.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { ContractingProcessFilter } from '../graphql/filters.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation, resolveSingle } from '../graphql/relations.js';
import { ContractingProcessConnection, OrganisationRelations } from './connections.js';
import { ContractingProcess } from './contracting-process.type.js';
import { Initiative } from './initiative.type.js';
import { Organisation } from './organisation.type.js';
import { Place } from './place.type.js';

/**
 * ContractingProcess queries (`contractingProcess(ocid)`, `contractingProcesses`) and its
 * relationship fields. The single query takes the ocid as published: the id is derived from it.
 */
@Resolver(() => ContractingProcess)
export class ContractingProcessResolver extends createNodeResolver({
  type: 'ContractingProcess',
  classType: ContractingProcess,
  connection: ContractingProcessConnection,
  filter: ContractingProcessFilter,
  single: 'contractingProcess',
  plural: 'contractingProcesses',
  key: { argument: 'ocid', description: 'The OCDS ocid, as published (e.g. "ocds-213czf-000-00001").', toId: processIdOf },
}) {
  @FieldResolver(() => Organisation, { nullable: true, description: 'Its buyer (BUYER_OF).' })
  buyer(@Root() root: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveSingle(ctx, info, root, 'ContractingProcess.buyer');
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The body that runs the procedure (PROCURING_ENTITY_OF).' })
  procuringEntity(@Root() root: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveSingle(ctx, info, root, 'ContractingProcess.procuringEntity');
  }

  @FieldResolver(() => OrganisationRelations, { description: 'Organisations that tendered (TENDERED_FOR).' })
  tenderers(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'ContractingProcess.tenderers', page);
  }

  @FieldResolver(() => OrganisationRelations, { description: 'Suppliers awarded, each edge with awardId, amount, currency, date and status (AWARDED).' })
  suppliers(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'ContractingProcess.suppliers', page);
  }

  @FieldResolver(() => OrganisationRelations, { description: 'Its funders (FUNDED).' })
  funders(@Root() root: NodeRow, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, root, 'ContractingProcess.funders', page);
  }

  @FieldResolver(() => Initiative, { nullable: true, description: 'The initiative whose portal published it (PART_OF).' })
  initiative(@Root() root: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveSingle(ctx, info, root, 'ContractingProcess.initiative');
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where it takes place (LOCATED_IN).' })
  place(@Root() root: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return resolveSingle(ctx, info, root, 'ContractingProcess.place');
  }
}

import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import type { ContractingRole as Role, RelationshipFieldName } from '../model/index.js';
import { ContractingRole } from '../graphql/enums.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation } from '../graphql/relations.js';
import { NODE_CLASSES, RELATION_CONNECTIONS } from './node-apis.js';

/** The relationship field behind each role of `Organisation.contracting(role)`. */
const CONTRACTING_FIELDS: Record<Role, RelationshipFieldName> = {
  BUYER: 'Organisation.buyerOf',
  PROCURING_ENTITY: 'Organisation.procuringEntityOf',
  TENDERER: 'Organisation.tenderedFor',
  SUPPLIER: 'Organisation.awarded',
  FUNDER: 'Organisation.funded',
};

/**
 * `Organisation.contracting(role)`: not a relationship field of its own but a choice among five
 * (buyerOf... funded), so it is written here rather than declared by the model. Listed after
 * Organisation's derived resolver in the schema's resolvers, so it follows the model's fields.
 */
@Resolver(() => NODE_CLASSES.Organisation)
export class OrganisationContractingResolver {
  @FieldResolver(() => RELATION_CONNECTIONS.ContractingProcess, { description: 'Contracting processes it takes part in with this OCDS role: buyerOf, procuringEntityOf, tenderedFor, awarded or funded by name.' })
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

/** The fields of node types that reach related nodes without being a model relationship field: written by hand, above. */
export const CUSTOM_RELATION_FIELDS = ['Organisation.contracting'] as const;

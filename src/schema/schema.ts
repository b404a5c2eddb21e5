import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { NODE_TYPES, citationsOf } from '../model/index.js';
import type { Context } from '../context.js';
import { authChecker } from '../auth/auth-checker.js';
import { LimitExceededError } from '../errors.js';
import { NODE_APIS } from '../entities/node-apis.js';
import { OrganisationContractingResolver } from '../entities/organisation-contracting.resolver.js';
import { ActorContactResolver } from '../entities/actor-contact.resolver.js';
import { DatasetResolver } from '../dataset/dataset.resolver.js';
import { NodeDatasetsResolver } from '../dataset/node-datasets.resolver.js';
import { ContractingSummaryResolver } from '../contracting/contracting-summary.resolver.js';
import { GraphNodeResolver } from '../network/graph-node.resolver.js';
import { NetworkResolver } from '../network/network.resolver.js';
import { PeersResolver } from '../network/peers.resolver.js';
import { AdviceResolver } from '../network/advice.resolver.js';
import { StatsResolver } from '../network/stats.resolver.js';
import { NodeResolver } from '../graphql/node.resolver.js';
import { RelationshipMutationResolver } from '../graphql/relationship-mutation.resolver.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { ChangesResolver } from '../changes/changes.resolver.js';
import { DateScalar, DateTimeScalar } from '../graphql/scalars.js';
import { selectedPropertiesByType, setsOf } from '../graphql/selection-projection.js';
import { typedSelection, type TypedSelection } from '../graph/nodes-by-id.repository.js';
import type { NodeRow } from '../graph/node.repository.js';
import { RELATIONSHIP_FIELDS, type RelationshipField, type RelationshipFieldName } from '../model/index.js';
import { relationshipFieldResolver } from '../entities/relationship-fields.js';
import { memoBySelection } from '../execution/index.js';
import { addCostDirectives } from '../graphql/cost-directives.js';

/**
 * Every resolver class of the API, in one list (the schema is built from it). The node types'
 * resolvers and mutations are derived from the model (src/entities/node-apis.ts); after them, the
 * resolvers that add custom behaviour to a node type.
 */
export const RESOLVERS = [
  NodeResolver,
  ...NODE_APIS.resolvers,
  OrganisationContractingResolver,
  ActorContactResolver,
  DatasetResolver,
  NodeDatasetsResolver,
  ContractingSummaryResolver,
  ...NODE_APIS.mutationResolvers,
  RelationshipMutationResolver,
  AuditResolver,
  ChangesResolver,
  NetworkResolver,
  PeersResolver,
  AdviceResolver,
  GraphNodeResolver,
  StatsResolver,
] as const;

const UNUSED_PUB_SUB = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error('subscriptions read the change feed (src/changes), not a pub/sub');
  },
};

// v2.9 brings the cost specification's @cost and @listSize (cost-directives.ts adds them).
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@cost", "@listSize"])`;

/**
 * Builds the served schema: the type-graphql schema, made an Apollo Federation 2 subgraph. Every
 * node type is an entity (`@key(fields: "id")`) whose references resolve through the request's
 * loaders, reading only the selected properties, so N representations cost one round trip. The
 * SDL carries the cost model's prices as `@cost`/`@listSize` for a router. The same schema serves
 * clients that know nothing of federation.
 */
export async function buildLociSchema(): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: RESOLVERS as unknown as [Function, ...Function[]],
    scalarsMap: [
      { type: Date, scalar: DateTimeScalar },
    ],
    orphanedTypes: [],
    authChecker,
    // Subscriptions read the change feed through their own `subscribe` functions; type-graphql
    // still asks for a pub/sub, which nothing publishes to.
    pubSub: UNUSED_PUB_SUB,
    validate: false,
    skipCheck: true,
  });
  const typeDefs = addCostDirectives(parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`));
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>;
  for (const type of NODE_TYPES) {
    resolvers[type] = {
      ...resolvers[type],
      citations: (row: NodeRow) => citationsOf(row) ?? [],
      __resolveReference: async (ref: { id: string }, ctx: Context, info: GraphQLResolveInfo) => {
        const row = await ctx.loaders.nodeByIdSelected(ref.id, entitySelection(info));
        return row?.__type === type ? row : null;
      },
    };
  }
  resolveRelationshipFieldsDirectly(typeGraphqlSchema, resolvers);
  // type-graphql wraps the interface's resolveType in an async function; graphql-jit (the
  // executor, jit-executor.ts) needs the type at once, and the row carries it.
  resolvers.Node = { ...resolvers.Node, __resolveType: (row: NodeRow) => row.__type };
  // The custom scalars must keep their own parse/serialize in the rebuilt schema.
  resolvers.Date = DateScalar as never;
  resolvers.DateTime = DateTimeScalar as never;
  return capEntityRepresentations(buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }));
}

/**
 * Resolves every relationship field of the model (RELATIONSHIP_FIELDS: `Organisation.people`,
 * `Organisation.headquarters`...) with the resolver src/entities/relationship-fields.ts declared
 * for it, called directly rather than through type-graphql's wrapper. These run once per field
 * per object of an answer, and the wrapper sorts the parameters, converts the arguments and
 * returns a promise on every call: in a list of 50 initiatives with partners, themes and
 * learnings it made a fifth of the memory allocated per answer, and it turned pages already read
 * ahead into promises. The schema, its arguments and descriptions stay type-graphql's.
 */
function resolveRelationshipFieldsDirectly(schema: GraphQLSchema, resolvers: Record<string, Record<string, unknown>>): void {
  for (const [key, field] of Object.entries(RELATIONSHIP_FIELDS) as [RelationshipFieldName, RelationshipField][]) {
    if (!(schema.getType(field.owner) as GraphQLObjectType | undefined)?.getFields()[field.name]) throw new Error(`relationship field ${key} is not in the schema`);
    (resolvers[field.owner] ??= {})[field.name] = relationshipFieldResolver(key, field);
  }
}

/**
 * What an `_entities` call reads of each type: the properties its `... on Type { }` selections
 * serve (see selection-projection.ts), so a gateway asking for two fields of 50 entities does not read
 * their summaries and sources. Worked out once per operation: every representation, and every
 * request of the same operation, shares it (selection-memo.ts).
 */
function entitySelection(info: GraphQLResolveInfo): TypedSelection {
  return memoBySelection(info, 'entitySelection', () => typedSelection(selectedPropertiesByType(setsOf(info.fieldNodes), info.fragments)));
}

/** At most this many representations in one `_entities` call (a gateway batches far fewer). */
export const MAX_ENTITY_REPRESENTATIONS = 500;

/**
 * Refuses `_entities` calls with more than MAX_ENTITY_REPRESENTATIONS representations before any
 * database work, so one request cannot ask for the whole graph by reference.
 */
function capEntityRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return schema;
  const resolve = field.resolve;
  field.resolve = (source, args, context, info) => {
    const count = (args.representations as unknown[]).length;
    if (count > MAX_ENTITY_REPRESENTATIONS) throw new LimitExceededError('_entities representations', MAX_ENTITY_REPRESENTATIONS, count);
    return resolve(source, args, context, info);
  };
  return schema;
}

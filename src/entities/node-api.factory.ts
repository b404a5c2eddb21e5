import { Directive, ObjectType, Resolver, type ClassType } from 'type-graphql';
import { isWritableType, type Model, type NodeType } from '../model/index.js';
import { Node } from '../graphql/node.interface.js';
import { createListConnection, createRelationConnection } from '../graphql/connection.js';
import { createFilterInput } from '../graphql/filters.js';
import { createMutationResolver } from '../graphql/mutation-resolver.factory.js';
import { createNodeResolver } from '../graphql/node-resolver.factory.js';
import { declareStoredFields, mutationInputsOf } from '../graphql/stored-fields.js';
import { declareRelationshipFields, type NodeClasses } from './relationship-fields.js';

/**
 * The GraphQL side of every node type of a model, built in one loop from its declarations
 * (src/model/): nothing of it is written per type. A type with behaviour beyond the model's adds
 * it in a resolver of its own that names the object type here (actor-contact.resolver.ts).
 */
export interface NodeApis extends NodeClasses {
  /** Each type's list connection (`OrganisationConnection`) and filter input (`OrganisationFilter`). */
  listConnections: Readonly<Record<string, ClassType>>;
  filters: Readonly<Record<string, ClassType>>;
  /** Each type's resolver: its two root queries and its relationship fields, in type-name order. */
  resolvers: readonly ClassType[];
  /** Create, update and delete for each type with a writable property, in the model's order. */
  mutationResolvers: readonly ClassType[];
}

/** A class of its own name, extending `base` (type-graphql tells types apart by class; the name helps a reader of a stack trace). */
function namedSubclass(name: string, base: abstract new () => object): ClassType {
  return { [name]: class extends (base as new () => object) {} }[name];
}

/** The object type of a node type: an entity (`@key(fields: "id")`) implementing Node, its stored properties as fields. */
function createObjectType(type: string, model: Model): ClassType {
  const objectType = namedSubclass(type, Node);
  ObjectType(type, { implements: Node, simpleResolvers: true, description: model.nodeTypes[type].description })(objectType);
  Directive('@key(fields: "id")')(objectType);
  declareStoredFields(objectType, model.properties[type]);
  return objectType;
}

/**
 * A node type's resolver: `organisation(id)` and `organisations(first, after, filter, orderBy)`
 * through createNodeResolver (one code path for every type), and its relationship fields.
 */
function createResolver(type: string, model: Model, classes: NodeClasses, connection: ClassType, filter: ClassType): ClassType {
  const { single, plural, key } = model.nodeTypes[type];
  const queries = createNodeResolver({ type: type as NodeType, classType: classes.objectTypes[type], connection, filter, single, plural, key });
  const resolver = namedSubclass(`${type}Resolver`, queries);
  Resolver(() => classes.objectTypes[type])(resolver);
  declareRelationshipFields(resolver, type, model.relationshipFields, classes);
  return resolver;
}

/**
 * Builds every node type of `model`: object types, relation and list connections, filter inputs,
 * resolvers and mutations. Types are made in name order, the order the schema lists them; the
 * mutations follow the model's order. Call it once per model: type-graphql keeps every class it
 * is given, so a second build of the same model would declare its types twice.
 */
export function createNodeApis(model: Model): NodeApis {
  const types = Object.keys(model.nodeTypes).sort();
  const objectTypes = Object.fromEntries(types.map((type) => [type, createObjectType(type, model)]));
  const listConnections = Object.fromEntries(types.map((type) => [type, createListConnection(objectTypes[type], type)]));
  const relationConnections = Object.fromEntries(types.map((type) => [type, createRelationConnection(objectTypes[type], type)]));
  relationConnections.Node = createRelationConnection(Node as unknown as ClassType<Node>, 'Node');
  const classes: NodeClasses = { objectTypes, relationConnections };
  const filters = Object.fromEntries(
    types.map((type) => [type, createFilterInput(type, model.nodeTypes[type].filterDescription, model.properties[type], model.relationshipFilters[type])]),
  );
  const resolvers = types.map((type) => createResolver(type, model, classes, listConnections[type], filters[type]));
  const mutationResolvers = Object.keys(model.nodeTypes)
    .filter((type) => isWritableType(model.properties[type]))
    .map((type) => createMutationResolver({ type: type as NodeType, classType: objectTypes[type], ...mutationInputsOf(type, model.properties[type]) }));
  return { objectTypes, relationConnections, listConnections, filters, resolvers, mutationResolvers };
}

import { Args, Ctx, FieldResolver, Info, Root, createParameterDecorator, type ClassType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { relationshipFieldsOf, type NodeType, type RelationshipField, type RelationshipFieldName } from '../model/index.js';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { Node } from '../graphql/node.interface.js';
import { PageArgs } from '../graphql/pagination.js';
import { resolveRelation, resolveSingle } from '../graphql/relations.js';

/** A relationship field's resolver, with GraphQL's (root, args, context, info) parameters. */
export type RelationshipFieldResolver = (root: NodeRow, args: PageArgs, ctx: Context, info: GraphQLResolveInfo) => unknown;

/**
 * The resolver of a model relationship field: a page through the request's batched loader for
 * `many`, the first related node for `one`. The schema (schema.ts) calls it directly, without
 * type-graphql's per-call wrapper; the same function is what type-graphql declares.
 */
export function relationshipFieldResolver(key: RelationshipFieldName, field: RelationshipField): RelationshipFieldResolver {
  return field.cardinality === 'many'
    ? (root, args, ctx, info) => resolveRelation(ctx, info, root, key, args)
    : (root, _args, ctx, info) => resolveSingle(ctx, info, root, key);
}

/**
 * The classes relationship fields return, by node type: its object type, and its relation
 * connection (relationConnections also has `Node`, for fields that reach several types). Read
 * only when the schema is built, so a type's fields may name types made after it.
 */
export interface NodeClasses {
  objectTypes: Readonly<Record<string, ClassType>>;
  relationConnections: Readonly<Record<string, ClassType>>;
}

/** The GraphQL type a field returns: its target's relation connection (`many`) or object type (`one`); Node when several types can be reached. */
function returnTypeOf(field: RelationshipField, classes: NodeClasses): ClassType {
  if (field.cardinality === 'many') return classes.relationConnections[field.target ?? 'Node'];
  return field.target ? classes.objectTypes[field.target] : (Node as unknown as ClassType);
}

// A `one` field takes no arguments; its resolver keeps the (root, args, ctx, info) shape all the same.
const NoArgs = () => createParameterDecorator(() => undefined);

/**
 * Declares every relationship field of `fields` (the model's) that `owner` has on its resolver
 * class, as if each were written there as a `@FieldResolver` method: the GraphQL field (its type
 * from `classes`, `first`/`after` for connections, nullable for `one`, the model's description)
 * and its resolver. Call it right after the class, before the schema is built.
 */
export function declareRelationshipFields(resolverClass: ClassType, owner: string, fields: Readonly<Record<string, RelationshipField>>, classes: NodeClasses): void {
  const prototype = resolverClass.prototype as Record<string, unknown>;
  for (const field of relationshipFieldsOf(owner as NodeType, fields)) {
    const key = `${owner}.${field.name}` as RelationshipFieldName;
    Object.defineProperty(prototype, field.name, { value: relationshipFieldResolver(key, field), configurable: true, writable: true });
    Root()(prototype, field.name, 0);
    (field.cardinality === 'many' ? Args(() => PageArgs) : NoArgs())(prototype, field.name, 1);
    Ctx()(prototype, field.name, 2);
    Info()(prototype, field.name, 3);
    FieldResolver(() => returnTypeOf(field, classes), { nullable: field.cardinality === 'one', description: field.description })(prototype, field.name, Object.getOwnPropertyDescriptor(prototype, field.name)!);
  }
}

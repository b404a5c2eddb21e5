import { Arg, Authorized, Ctx, ID, Mutation, Resolver, type ClassType } from 'type-graphql';
import { withArticle, type NodeType } from '../model/index.js';
import type { Context } from '../context.js';
import type { NodeRow } from '../graph/node.repository.js';
import { createEntity, deleteEntity, updateEntity } from '../mutations/mutation.service.js';

export interface MutationResolverOptions {
  type: NodeType;
  classType: ClassType;
  createInput: ClassType;
  updateInput: ClassType;
}

/**
 * `createX`, `updateX` and `deleteX` for one node type. Every one needs a signed-in user
 * (`@Authorized`); what that user may change is decided by src/auth/policy.ts.
 */
export function createMutationResolver({ type, classType, createInput, updateInput }: MutationResolverOptions) {
  @Resolver()
  class MutationResolver {
    @Authorized()
    @Mutation(() => classType, { name: `create${type}`, description: `Creates ${withArticle(type)}. Errors: BAD_USER_INPUT (naming the field), CONFLICT (id taken).` })
    create(@Arg('input', () => createInput) input: object, @Ctx() ctx: Context): Promise<NodeRow> {
      return createEntity(ctx, type, input);
    }

    @Authorized()
    @Mutation(() => classType, { name: `update${type}`, description: `Changes fields of ${withArticle(type)}. Errors: NOT_FOUND, BAD_USER_INPUT.` })
    update(@Arg('id', () => ID) id: string, @Arg('input', () => updateInput) input: object, @Ctx() ctx: Context): Promise<NodeRow> {
      return updateEntity(ctx, type, id, input);
    }

    @Authorized()
    @Mutation(() => classType, { name: `delete${type}`, description: `Deletes ${withArticle(type)} and its relationships; returns it as it was. Errors: NOT_FOUND.` })
    delete(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeRow> {
      return deleteEntity(ctx, type, id);
    }
  }
  return MutationResolver;
}

import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { RelationshipType } from '../model/index.js';
import type { Context } from '../context.js';
import { connect, disconnect } from '../mutations/mutation.service.js';
import { RelationshipTypeEnum } from './enums.js';
import { Node } from './node.interface.js';
import { DateScalar } from './scalars.js';

@InputType({ description: 'A relationship to create: its type, its two ends and its properties.' })
class ConnectInput {
  @Field(() => RelationshipTypeEnum, { description: 'The relationship type; it must allow the two node types.' })
  type!: RelationshipType;

  @Field(() => ID, { description: 'Id of the node it starts at.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node it ends at.' })
  to!: string;

  @Field(() => String, { nullable: true, description: 'Role: for PARTNER_IN one of PARTNER, FUNDER, IMPLEMENTER, TECHNICAL_SUPPORT; free text for WORKS_AT, CHAMPIONS, ATTENDED.' })
  role?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Since when it holds.' })
  since?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Until when it held.' })
  until?: string;

  @Field(() => [String], { nullable: true, description: 'Where it is documented.' })
  sources?: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A relationship as written.' })
class Relationship {
  @Field(() => RelationshipTypeEnum)
  type!: RelationshipType;

  @Field(() => Node, { description: 'The node it starts at.' })
  fromNode!: object;

  @Field(() => Node, { description: 'The node it ends at.' })
  toNode!: object;

  @Field(() => String, { nullable: true })
  role?: string;

  @Field(() => DateScalar, { nullable: true })
  since?: string;

  @Field(() => DateScalar, { nullable: true })
  until?: string;

  @Field(() => [String], { nullable: true })
  sources?: string[];
}

/** connect / disconnect for every relationship type of the model. */
@Resolver()
export class RelationshipMutationResolver {
  @Authorized()
  @Mutation(() => Relationship, {
    description: 'Creates a relationship, or replaces its properties if it exists (at most one of a type between two nodes). Errors: NOT_FOUND, BAD_USER_INPUT.',
  })
  connect(@Arg('input', () => ConnectInput) input: ConnectInput, @Ctx() ctx: Context) {
    return connect(ctx, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes a relationship. Errors: NOT_FOUND when there is none.' })
  disconnect(
    @Arg('type', () => RelationshipTypeEnum) type: RelationshipType,
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
  ) {
    return disconnect(ctx, type, from, to);
  }
}

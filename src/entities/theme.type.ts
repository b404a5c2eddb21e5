import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A sector or topic: education, health care, roads, clean water, e-procurement, beneficial ownership, citizen monitoring.' })
export class Theme extends Node {
  @Field(() => String, { description: 'Name of the theme.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the theme covers.' })
  description?: string;
}

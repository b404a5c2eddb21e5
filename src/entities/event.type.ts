import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import { EventKind } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A meeting, summit, workshop, training or webinar.' })
export class Event extends Node {
  @Field(() => String, { description: 'Name of the event.' })
  name!: string;

  @Field(() => EventKind, { description: 'What kind of gathering it is.' })
  kind!: string;

  @Field(() => DateScalar, { description: 'First day.' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day.' })
  endDate?: string;

  @Field(() => String, { nullable: true, description: 'What happened there (Markdown).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Its web page.' })
  website?: string;
}

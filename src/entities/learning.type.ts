import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import { LearningKind } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'Something learned: a success, a challenge, a failure, a practice, guidance or research evidence.' })
export class Learning extends Node {
  @Field(() => String, { description: 'Title of the learning.' })
  title!: string;

  @Field(() => LearningKind, { description: 'What kind of learning it is.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The learning in a few sentences.' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'The full text (Markdown).' })
  body?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it was written down or published.' })
  date?: string;

  @Field(() => String, { nullable: true, description: 'Language of the text, ISO 639-1 (e.g. "en").' })
  language?: string;
}

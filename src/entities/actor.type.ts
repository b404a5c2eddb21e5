import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import { Sector } from '../graphql/enums.js';

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A person: a champion, practitioner or trainer.' })
export class Actor extends Node {
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. "Program Manager".' })
  title?: string;

  @Field(() => Sector, { nullable: true, description: 'The sector the person works in.' })
  sector?: string;

  @Field(() => String, { nullable: true, description: 'Short biography (Markdown).' })
  bio?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Contact email: shown only when the person made their record public, to admins, and to editors of the organisation that owns the record (it created it, or the person WORKS_AT it); null otherwise.',
  })
  email?: string;

  @Field(() => Boolean, { nullable: true, description: "Whether the person's contact details may be shown to everyone." })
  public?: boolean;
}

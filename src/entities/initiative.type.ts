import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import { InitiativeLevel, InitiativeStatus } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: "An open contracting initiative or programme: LOCI itself, a city's reform, a training programme." })
export class Initiative extends Node {
  @Field(() => String, { description: 'Title, e.g. "Local Open Contracting Initiative (LOCI)".' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What it is and does (Markdown).' })
  summary?: string;

  @Field(() => InitiativeLevel, { description: 'The level of government it works at.' })
  level!: string;

  @Field(() => InitiativeStatus, { nullable: true, description: 'Planned, active or over.' })
  status?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it started.' })
  startDate?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it ended.' })
  endDate?: string;

  @Field(() => String, { nullable: true, description: 'Its website address.' })
  website?: string;

  @Field(() => String, { nullable: true, description: 'Public contact address of the initiative.' })
  contactEmail?: string;

  @Field(() => [String], { nullable: true, description: 'Its main activities, in its own words.' })
  activities?: string[];
}

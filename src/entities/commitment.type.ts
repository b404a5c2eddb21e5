import { Directive, Field, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import { CommitmentAmbition, CommitmentStatus } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A public pledge, e.g. a commitment in an OGP local or national action plan.' })
export class Commitment extends Node {
  @Field(() => String, { description: 'Title of the commitment.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What was pledged (Markdown).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'The action plan it belongs to.' })
  actionPlan?: string;

  @Field(() => String, { nullable: true, description: "The plan's own id for it, e.g. KAD0002." })
  reference?: string;

  @Field(() => CommitmentStatus, { nullable: true, description: 'Completion, on OGP\'s scale.' })
  status?: string;

  @Field(() => CommitmentAmbition, { nullable: true, description: 'Potential impact, on the OGP IRM scale.' })
  ambition?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When implementation starts.' })
  startDate?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When implementation ends.' })
  endDate?: string;
}

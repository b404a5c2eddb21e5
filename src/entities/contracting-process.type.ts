import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import { DateScalar } from '../graphql/scalars.js';

@Directive('@key(fields: "id")')
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'One public contracting process as published in the Open Contracting Data Standard (planning, tender, award, contract), identified by its ocid. Brought in by `npm run import`.',
})
export class ContractingProcess extends Node {
  @Field(() => String, { description: 'The OCDS open contracting id, as the publisher gave it.' })
  ocid!: string;

  @Field(() => String, { description: 'The tender title (the ocid when the publisher gave none).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The tender description.' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'The tender status (OCDS codelist: planned, active, complete, cancelled, ...).' })
  status?: string;

  @Field(() => String, { nullable: true, description: 'The procurement method (OCDS codelist: open, selective, limited, direct).' })
  procurementMethod?: string;

  @Field(() => String, { nullable: true, description: 'The main category (OCDS codelist: goods, works, services).' })
  mainProcurementCategory?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the tender period starts.' })
  tenderStartDate?: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the tender period ends.' })
  tenderEndDate?: string;

  @Field(() => Float, { nullable: true, description: 'The total value of its awards, in `awardedCurrency` (awards in other currencies are left out).' })
  awardedAmount?: number;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of `awardedAmount`.' })
  awardedCurrency?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date of the latest release merged into it.' })
  date?: string;
}

import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ContractingScope } from './contracting-summary.repository.js';
import { DEFAULT_TOP_SUPPLIERS, MAX_TOP_SUPPLIERS } from '../config/network-limits.js';
import type { NodeRow } from '../graph/node.repository.js';
import { NODE_CLASSES } from '../entities/node-apis.js';

@ArgsType()
export class ContractingSummaryArgs {
  @Field(() => ID, { nullable: true, description: 'Only the processes of this initiative (PART_OF).' })
  initiative?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the processes this organisation buys (BUYER_OF).' })
  buyer?: string | null;
}

@ArgsType()
export class TopSuppliersArgs {
  @Field(() => Int, { defaultValue: DEFAULT_TOP_SUPPLIERS, description: `How many suppliers (1 to ${MAX_TOP_SUPPLIERS}).` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Only amounts in this ISO 4217 currency; all currencies when omitted (one row per supplier and currency).' })
  currency?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The awarded value of the processes of one currency and year.' })
export class AwardedTotal {
  @Field(() => String, { description: 'ISO 4217 currency.' }) currency!: string;
  @Field(() => Int, { nullable: true, description: "Year of the process's latest award; null when its awards give no date." }) year?: number | null;
  @Field(() => Float, { description: "The sum of the processes' awarded amounts (awardedAmount)." }) amount!: number;
  @Field(() => Int, { description: 'How many processes the sum covers.' }) processCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What one supplier was awarded in the processes summarised, in one currency.' })
export class SupplierTotal {
  @Field(() => NODE_CLASSES.Organisation, { description: 'The supplier.' }) organisation!: NodeRow;
  @Field(() => Float, { description: 'The sum of its AWARDED amounts in `currency`.' }) amount!: number;
  @Field(() => String, { description: 'ISO 4217 currency of `amount`.' }) currency!: string;
  @Field(() => Int, { description: 'In how many of the processes it was awarded.' }) processCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What a contracting dashboard shows of an initiative, a buyer, both or the whole graph: processes, awarded value by currency and year, top suppliers.' })
export class ContractingSummary {
  /** The processes summarised (for topSuppliers); not a field of the schema. */
  scope!: ContractingScope;

  @Field(() => Int, { description: 'How many contracting processes the scope holds.' }) processCount!: number;
  @Field(() => [AwardedTotal], { description: 'Awarded value by currency and year (year ascending, undated last): each process once, its awardedAmount in the year of its latest award.' })
  awarded!: AwardedTotal[];
}

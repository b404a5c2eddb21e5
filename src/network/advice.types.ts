import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { LearningKind } from '../model/index.js';
import type { NodeRow } from '../graph/node.repository.js';
import { LearningKind as LearningKindEnum } from '../graphql/enums.js';
import { NETWORK_LIMITS as L } from '../config/network-limits.js';
import { Path } from './network.types.js';
import { InitiativeScopeFilter } from './peers.types.js';
import { Reason, type ReasonRow } from './reason.types.js';
import type { NetworkPath } from './subgraph.js';
import { NODE_CLASSES } from '../entities/node-apis.js';

/** Longest problem statement accepted: a paragraph, not a document. */
export const MAX_PROBLEM_LENGTH = 1_000;

@InputType({ description: 'Which learnings may answer: of these kinds, from initiatives in this scope. All given fields apply together.' })
export class AdviceFilter extends InitiativeScopeFilter {
  @Field(() => [LearningKindEnum], { nullable: true, description: 'Only learnings of these kinds, e.g. [SUCCESS, PRACTICE] for what worked.' })
  kinds?: LearningKind[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include synthetic test data.' })
  includeSynthetic?: boolean | null;
}

@ArgsType()
export class AdviceArgs {
  @Field(() => String, { description: `The problem in plain words, English or Spanish, e.g. "procurement officials resist change" (at most ${MAX_PROBLEM_LENGTH} characters).` })
  problem!: string;
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `How many learnings: 1..${L.maxAdvice}.` }) first!: number | null;
  @Field(() => AdviceFilter, { nullable: true, description: 'Which learnings may answer; all when omitted.' }) filter?: AdviceFilter | null;
  @Field(() => ID, { nullable: true, description: 'The person or organisation asking: each answer then says who can introduce them.' }) from?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A learning that answers a problem, where it comes from, and who can introduce you.' })
export class Advice {
  @Field(() => Float, { description: 'How well the learning matches the problem (full-text relevance; higher is better).' }) score!: number;
  @Field(() => NODE_CLASSES.Learning, { description: 'The learning, with its kind and sources.' }) learning!: NodeRow;
  @Field(() => NODE_CLASSES.Initiative, { nullable: true, description: 'The initiative it came from (LEARNED); null when no initiative is recorded.' }) initiative!: NodeRow | null;
  @Field(() => [Reason], { description: 'Why it answers: the problem\'s words it uses, and who can introduce you.' }) reasons!: ReasonRow[];
  @Field(() => Path, {
    nullable: true,
    description: 'With `from`: a shortest way from `from` to a person or organisation of the initiative, through people and organisations only (WORKS_AT), ending with their tie to the initiative; each step with its sources. Null without `from` or when there is none within reach.',
  })
  introduction!: NetworkPath | null;
}

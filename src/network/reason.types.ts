import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import type { NodeRow } from '../graph/node.repository.js';
import { Node } from '../graphql/node.interface.js';
import type { PeerReasonKind } from './peers.scoring.js';

/** Why an answer of `peers` or `advice` was given. */
export type ReasonKindValue = PeerReasonKind | 'MATCHES_PROBLEM' | 'INTRODUCTION';

const REASON_KINDS: Record<ReasonKindValue, string> = {
  SHARED_THEME: 'Both work on the theme (evidence), directly or through a commitment; weighs more the fewer initiatives do.',
  SIMILAR_CHALLENGE: 'The peer reports a challenge or failure (evidence) like one of this initiative\'s.',
  SIMILAR_LEARNING: 'The peer has a learning (evidence) similar in words to one of this initiative\'s.',
  COMPLEMENTARY_EXPERIENCE: 'The peer reports a success or practice (evidence) on what this initiative reports as a challenge.',
  SIMILAR_WORK: 'The peer\'s description uses the words of this initiative\'s (evidence: the peer).',
  SHARED_PARTNER: 'An organisation (evidence) coordinates or partners in both; weighs less the more initiatives it works with.',
  SHARED_FUNDER: 'An organisation (evidence) funds one of them and works with the other.',
  SHARED_CHAMPION: 'A person (evidence) champions both.',
  SHARED_NETWORK: 'Both are members of a network (evidence); weighs less the larger the network.',
  SHARED_COMMITMENT: 'Both advance a commitment (evidence).',
  APPLIED_LEARNING: 'A learning (evidence) of one was applied by the other.',
  COMPARABLE_LEVEL: 'The same or a neighbouring level of government (evidence: the peer); counts only beside other reasons.',
  MATCHES_PROBLEM: 'The learning (evidence) uses the words of the problem.',
  INTRODUCTION: 'Someone who can introduce you (evidence) works with the initiative.',
};

export const ReasonKind = Object.fromEntries(Object.keys(REASON_KINDS).map((k) => [k, k])) as { [K in ReasonKindValue]: K };

registerEnumType(ReasonKind, {
  name: 'ReasonKind',
  description: 'What a reason of `peers` or `advice` rests on.',
  valuesConfig: Object.fromEntries(Object.entries(REASON_KINDS).map(([k, description]) => [k, { description }])),
});

/** A reason as resolvers hand it to GraphQL: its evidence already loaded. */
export interface ReasonRow {
  kind: ReasonKindValue;
  text: string;
  evidence: NodeRow;
  weight: number;
}

@ObjectType({ simpleResolvers: true, description: 'One reason behind an answer, with the node it rests on.' })
export class Reason {
  @Field(() => ReasonKind, { description: 'What the reason rests on.' }) kind!: ReasonKindValue;
  @Field(() => String, { description: 'The reason in plain words, e.g. "both work on OCDS (7 of 60 initiatives do)".' }) text!: string;
  @Field(() => Node, { description: 'The node the reason rests on: a theme, an organisation, a learning, a person, the peer itself...' }) evidence!: NodeRow;
  @Field(() => Float, { description: 'What it adds to the score (rounded to 2 decimals).' }) weight!: number;
}

import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import type { InitiativeLevel } from '../model/index.js';
import type { NodeRow } from '../graph/node.repository.js';
import { InitiativeLevel as InitiativeLevelEnum } from '../graphql/enums.js';
import type { InitiativeScope } from './initiative-scope.cypher.js';
import { Reason, type ReasonRow } from './reason.types.js';
import { NODE_CLASSES } from '../entities/node-apis.js';

@InputType({ description: 'Which initiatives may be answered. All given fields apply together.' })
export class InitiativeScopeFilter implements InitiativeScope {
  @Field(() => ID, { nullable: true, description: 'Leave out initiatives located in this place or a place inside it, e.g. "africa" for initiatives on other continents.' })
  excludePlace?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only initiatives located in one of these places or a place inside one of them.' })
  places?: string[] | null;

  @Field(() => [InitiativeLevelEnum], { nullable: true, description: 'Only initiatives of these levels.' })
  levels?: InitiativeLevel[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only initiatives about one of these themes, directly or through a commitment they advance.' })
  themes?: string[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'An initiative worth knowing for another one, with why.' })
export class Peer {
  @Field(() => Float, { description: 'How much they share: the sum of the reasons\' weights (higher is closer). Each weight is already scaled by how comparable the two levels are (1 for the same level, 0.9 for a city and a state, down to 0.5 for a global programme and a city).' }) score!: number;
  @Field(() => NODE_CLASSES.Initiative, { description: 'The peer.' }) initiative!: NodeRow;
  @Field(() => [Reason], { description: 'What they share, strongest first, each with its evidence.' }) reasons!: ReasonRow[];
}

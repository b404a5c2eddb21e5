import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../graphql/scalars.js';
import { NodeTypeEnum } from '../graphql/enums.js';
import type { NodeType } from '../model/index.js';
import { CHANGE_KINDS, type ChangeKind } from './change.model.js';

export const ChangeKindEnum = Object.fromEntries(CHANGE_KINDS.map((k) => [k, k])) as { [K in ChangeKind]: K };
registerEnumType(ChangeKindEnum, {
  name: 'ChangeKind',
  description: 'What a change did: a node CREATED (or restored), UPDATED or DELETED; a relationship CONNECTED or DISCONNECTED; a dataset IMPORTED.',
});

@ObjectType({ simpleResolvers: true, description: 'The node a change is about (for a relationship change: its start node).' })
export class ChangedNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Its node type, e.g. "Initiative".' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Its name or title: as written by the change, or as it is now.' })
  label!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The relationship a CONNECTED or DISCONNECTED change is about.' })
export class ChangedRelationship {
  @Field(() => String, { description: 'Its type, e.g. "PARTNER_IN".' })
  type!: string;

  @Field(() => ID, { description: 'The id of its start node.' })
  from!: string;

  @Field(() => ID, { description: 'The id of its end node.' })
  to!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One change of the graph, from the audit trail. Says what changed, never who changed it or the values beyond the label: read the node for those.',
})
export class Change {
  @Field(() => Int, { description: 'Its place in commit order, the same on every API replica. Pass it as `after` (to `changes` or a subscription) to resume after it.' })
  sequence!: number;

  @Field(() => DateTimeScalar, { description: 'When it was committed.' })
  at!: string;

  @Field(() => ChangeKindEnum)
  kind!: ChangeKind;

  @Field(() => ChangedNode)
  node!: ChangedNode;

  @Field(() => ChangedRelationship, { nullable: true, description: 'For CONNECTED and DISCONNECTED: the relationship.' })
  relationship!: ChangedRelationship | null;
}

@ObjectType({ simpleResolvers: true, description: 'A change in a page, with its cursor.' })
export class ChangeEdge {
  @Field(() => String, { description: 'The change\'s sequence, as a cursor.' })
  cursor!: string;

  @Field(() => Change)
  node!: Change;
}

@ObjectType({ simpleResolvers: true, description: 'Changes oldest first, and where the feed stands now.' })
export class ChangeConnection {
  @Field(() => [ChangeEdge])
  edges!: ChangeEdge[];

  @Field(() => Boolean, { description: 'Whether more changes follow this page (ask again with after: endCursor).' })
  hasNextPage!: boolean;

  @Field(() => String, { description: 'Pass it as `after` to read (or subscribe to) what follows: the last edge\'s cursor, or `after` itself when the page is empty.' })
  endCursor!: string;

  @Field(() => Int, { description: 'The sequence of the newest change now. A client that loads the graph reads it first, then subscribes with after: it, and misses nothing.' })
  latestSequence!: number;
}

@InputType({ description: 'Which changes to read. All given fields apply together.' })
export class ChangeFilter {
  @Field(() => [NodeTypeEnum], { nullable: true, description: 'Changes of nodes of these types (for relationship changes: of the start node).' })
  types?: NodeType[] | null;

  @Field(() => [ID], { nullable: true, description: 'Changes of these nodes, or of relationships with one of them at either end.' })
  ids?: string[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'What changed inside a network filter since the last event (at most one event per second).' })
export class NetworkChange {
  @Field(() => [Change], { description: 'The changes, oldest first.' })
  changes!: Change[];

  @Field(() => Int, { description: 'The sequence of the last of them: resume after it.' })
  sequence!: number;
}

import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { NodeType, RelationshipType } from '../model/index.js';
import { NodeTypeEnum, RelationshipTypeEnum } from '../graphql/enums.js';
import { InitiativeScopeFilter } from './peers.types.js';
import { DEFAULT_PATH_LENGTH, NETWORK_LIMITS as L } from '../config/network-limits.js';

// Argument classes, not @Arg parameters: type-graphql lists an ArgsType's fields in declaration
// order, so the SDL shows the arguments in the contract's order.

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'The node at the centre.' }) id!: string;
  @Field(() => Int, { nullable: true, defaultValue: 1, description: `Hops out: 1..${L.maxDepth}.` }) depth!: number | null;
  @Field(() => [RelationshipTypeEnum], { nullable: true, description: 'Follow only these relationships; all when omitted.' }) relationshipTypes?: RelationshipType[] | null;
  @Field(() => [NodeTypeEnum], { nullable: true, description: 'Reach only nodes of these types (the centre is always in).' }) nodeTypes?: NodeType[] | null;
  @Field(() => Int, { nullable: true, defaultValue: 25, description: `Max neighbours expanded per node (hub cap): 1..${L.maxNeighbours}, best connected first.` })
  limit!: number | null;
}

@ArgsType()
export class ShortestPathArgs {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PATH_LENGTH, description: `Hops at most: 1..${L.maxPathLength}.` }) maxLength!: number | null;
  @Field(() => [RelationshipTypeEnum], { nullable: true, description: 'Follow only these relationships; all when omitted.' }) relationshipTypes?: RelationshipType[] | null;
}

@ArgsType()
export class PathsArgs extends ShortestPathArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `Paths at most: 1..${L.maxPaths}.` }) limit!: number | null;
}

@ArgsType()
export class ConnectionsArgs {
  @Field(() => ID) a!: string;
  @Field(() => ID) b!: string;
}

@ArgsType()
export class PeersArgs {
  @Field(() => ID, { description: 'The initiative looking for peers.' }) initiativeId!: string;
  @Field(() => Int, { nullable: true, defaultValue: 10, description: `How many peers: 1..${L.maxPeers}.` }) first!: number | null;
  @Field(() => InitiativeScopeFilter, { nullable: true, description: 'Which initiatives may be peers (place, level, theme); all when omitted.' }) filter?: InitiativeScopeFilter | null;
}

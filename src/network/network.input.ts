import { Field, ID, InputType, Int } from 'type-graphql';
import type { InitiativeLevel, NodeType, RelationshipType, Sector } from '../model/index.js';
import { InitiativeLevel as InitiativeLevelEnum, NodeTypeEnum, RelationshipTypeEnum, Sector as SectorEnum } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';
import type { NetworkFilterValues } from './network-filter.cypher.js';
import { NETWORK_LIMITS } from '../config/network-limits.js';

@InputType({ description: 'Which part of the graph a network holds. All given filters apply together.' })
export class NetworkFilter implements NetworkFilterValues {
  @Field(() => [NodeTypeEnum], { nullable: true, description: 'Only nodes of these types.' })
  nodeTypes?: NodeType[];

  @Field(() => [RelationshipTypeEnum], { nullable: true, description: 'Only relationships of these types.' })
  relationshipTypes?: RelationshipType[];

  @Field(() => [ID], { nullable: true, description: 'Only the part about these themes: nodes ABOUT one of them, the themes, and the nodes one relationship away from those nodes.' })
  themes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only the part in these places: nodes LOCATED_IN one of them or a place inside, the places, and the nodes one relationship away from those nodes.' })
  places?: string[];

  @Field(() => [InitiativeLevelEnum], { nullable: true, description: 'Initiatives of these levels only; other node types are not filtered by level.' })
  levels?: InitiativeLevel[];

  @Field(() => [SectorEnum], { nullable: true, description: 'Organisations and people of these sectors only; other node types are not filtered by sector.' })
  sectors?: Sector[];

  @Field(() => DateScalar, { nullable: true, description: 'relationships valid at this date (since <= at <= until)' })
  at?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Relationships valid at some time on or after this date (until >= from).' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Relationships valid at some time on or before this date (since <= to).' })
  to?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include synthetic test data.' })
  includeSynthetic?: boolean;

  @Field(() => Int, { nullable: true, description: `At most this many nodes (1..${NETWORK_LIMITS.maxNetworkNodes}), the best connected; the answer is then truncated. Without it, a larger network is refused with LIMIT_EXCEEDED.` })
  limit?: number;
}

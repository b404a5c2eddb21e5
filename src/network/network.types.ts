import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { NodeType, RelationshipType } from '../model/index.js';
import type { NodeRow } from '../graph/node.repository.js';
import { NodeTypeEnum, RelationshipTypeEnum } from '../graphql/enums.js';
import { Node } from '../graphql/node.interface.js';
import { DateScalar } from '../graphql/scalars.js';
import { NODE_CLASSES } from '../entities/node-apis.js';

@ObjectType({ simpleResolvers: true, description: 'A node of a drawn network, with its metrics when the query computes them.' })
export class GraphNode {
  @Field(() => ID) id!: string;
  @Field(() => NodeTypeEnum) type!: NodeType;
  @Field(() => String, { description: 'The name a person reads: the name, or the title of initiatives, commitments and learnings.' }) label!: string;
  @Field(() => Int, { nullable: true, description: 'Relationships of the drawn network touching the node (`network`, `topBrokers`).' }) degree?: number;
  @Field(() => Float, { nullable: true, description: 'Shortest-path betweenness in the drawn network, ignoring direction, normalised to 0..1: how much the node brokers between others.' })
  betweenness?: number;
  @Field(() => Float, { nullable: true, description: 'PageRank in the drawn network, ignoring direction (damping 0.85; values sum to 1).' }) pagerank?: number;
  @Field(() => Int, { nullable: true, description: 'Louvain community in the drawn network, numbered from 0 by size, largest first.' }) community?: number;
  // `node` is resolved from `id` by GraphNodeResolver: the whole record is fetched only when asked for.
}

@ObjectType({ simpleResolvers: true, description: "A relationship of a drawn network. id is Neo4j's elementId of the relationship." })
export class GraphEdge {
  @Field(() => ID) id!: string;
  @Field(() => RelationshipTypeEnum) type!: RelationshipType;
  @Field(() => ID, { description: 'Id of the start node: relationships keep their direction (e.g. hivos COORDINATES loci).' }) source!: string;
  @Field(() => ID, { description: 'Id of the end node.' }) target!: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => DateScalar, { nullable: true }) since?: string | null;
  @Field(() => DateScalar, { nullable: true }) until?: string | null;
  @Field(() => [String], { nullable: true, description: 'Where the relationship is stated. Given on introduction paths (`advice`); null elsewhere, so drawn networks stay small.' })
  sources?: string[] | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'How betweenness was computed. Exact (a breadth-first search from every node) while nodes x (nodes + relationships) stays under the server\'s NETWORK_BETWEENNESS_WORK; above it, estimated from a seeded sample of source nodes and scaled up (Brandes & Pich), which ranks the strong brokers reliably at a bounded cost.',
})
export class BetweennessInfo {
  @Field(() => Boolean, { description: 'True when every node was a source: the values are exact.' }) exact!: boolean;
  @Field(() => Int, { description: 'Source nodes the shortest paths were counted from (the node count when exact).' }) sources!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A part of the graph to draw: nodes and the relationships between them.' })
export class Subgraph {
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: GraphEdge[];
  @Field(() => Boolean, { description: 'True when nodes were left out: a hub was capped, or a size limit was reached.' }) truncated!: boolean;
  @Field(() => [ID], { description: 'ids of hub nodes whose neighbours were capped' }) cappedNodes!: string[];
  @Field(() => BetweennessInfo, {
    nullable: true,
    description: 'How the nodes\' betweenness was computed; null where nodes carry no metrics (neighbourhood).',
  })
  betweenness?: BetweennessInfo;
}

@ObjectType({ simpleResolvers: true, description: 'A path through the graph; nodes and edges in order from `from` to `to`.' })
export class Path {
  @Field(() => Int, { description: 'Number of relationships along the path.' }) length!: number;
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge], { description: 'In path order; each keeps its own direction, so `source` may be the later node.' }) edges!: GraphEdge[];
}

@ObjectType({ simpleResolvers: true, description: 'A node linked directly to both A and B.' })
export class SharedNeighbour {
  @Field(() => Node) node!: NodeRow;
  @Field(() => RelationshipTypeEnum, { description: 'how A reaches it, e.g. PARTNER_IN' }) relationshipFromA!: RelationshipType;
  @Field(() => RelationshipTypeEnum, { description: 'How B reaches it.' }) relationshipFromB!: RelationshipType;
  @Field(() => String, { description: "plain words, e.g. 'common partner initiative'" }) relationship!: string;
}

@ObjectType({ simpleResolvers: true, description: 'How two nodes are connected: what they share, and the shortest path between them.' })
export class Connections {
  @Field(() => Node) a!: NodeRow;
  @Field(() => Node) b!: NodeRow;
  @Field(() => [SharedNeighbour], { description: 'Nodes linked directly to both, by type then label.' }) shared!: SharedNeighbour[];
  @Field(() => Path, { nullable: true, description: 'A shortest path (6 hops at most); null when there is none.' }) path?: Path | null;
}

@ObjectType({ simpleResolvers: true, description: 'How many records of one type.' })
export class TypeCount {
  @Field(() => String) type!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many organisations, initiatives and events are located in a place (or a place inside it).' })
export class PlaceCount {
  @Field(() => NODE_CLASSES.Place) place!: NodeRow;
  @Field(() => Int) count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How many initiatives, commitments and events started (and learnings were dated) in a year.' })
export class YearCount {
  @Field(() => Int) year!: number;
  @Field(() => Int) count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What is in the network now and how it grew. Synthetic test data is not counted.' })
export class Stats {
  // Every field is resolved on demand by StatsResolver: a client pays only for what it asks.
}

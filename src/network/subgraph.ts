import { LABEL_PROPERTY, NODE_TYPES, type NodeType, type RelationshipType } from '../model/index.js';
import { cypherTypeOf } from '../graph/node.repository.js';

/** A node of a drawn network: identity and display label, plus metrics once they are computed. */
export interface NetworkNode {
  id: string;
  type: NodeType;
  label: string;
  degree?: number;
  betweenness?: number;
  pagerank?: number;
  community?: number;
}

/** A relationship of a drawn network, in its stored direction (source -> target). */
export interface NetworkEdge {
  /** Neo4j's elementId of the relationship. */
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  role: string | null;
  since: string | null;
  until: string | null;
  /** Where the relationship is stated: read only where a query says so (introduction paths). */
  sources?: string[] | null;
}

export interface NetworkSubgraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
  /** Hub nodes whose neighbours were capped. */
  cappedNodes: string[];
  /** How betweenness was computed, when the nodes carry metrics (`network`). */
  betweenness?: { sources: number; exact: boolean };
}

export interface NetworkPath {
  length: number;
  /** In order from the first node to the last. */
  nodes: NetworkNode[];
  /** In path order; each keeps its stored direction, so `source` may be the later node. */
  edges: NetworkEdge[];
}

/**
 * Cypher map projection of node `v` into the columns toNetworkNode reads. Only the two label
 * properties travel, never the long texts: drawn networks can hold thousands of nodes.
 * Queries using it must pass `nodeTypes: NODE_TYPES`.
 */
export const cypherGraphNode = (v: string) => `${v} { .id, .name, .title, type: ${cypherTypeOf(v)} }`;

/** Cypher map projection of relationship `v` into a NetworkEdge. */
export const cypherGraphEdge = (v: string) =>
  `{ id: elementId(${v}), type: type(${v}), source: startNode(${v}).id, target: endNode(${v}).id, role: ${v}.role, since: ${v}.since, until: ${v}.until }`;

/** The parameters cypherGraphNode needs. */
export const PROJECTION_PARAMS = { nodeTypes: NODE_TYPES };

/** A cypherGraphNode row -> NetworkNode, its label read from the type's label property. */
export function toNetworkNode(row: Record<string, unknown>): NetworkNode {
  const type = row.type as NodeType;
  const id = row.id as string;
  return { id, type, label: String(row[LABEL_PROPERTY[type]] ?? id) };
}

/** An cypherGraphEdge row -> NetworkEdge (absent properties become null). */
export function toNetworkEdge(row: Record<string, unknown>): NetworkEdge {
  return {
    id: row.id as string,
    type: row.type as RelationshipType,
    source: row.source as string,
    target: row.target as string,
    role: (row.role as string | null) ?? null,
    since: (row.since as string | null) ?? null,
    until: (row.until as string | null) ?? null,
  };
}

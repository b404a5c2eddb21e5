/**
 * The drawn graph: one graphology instance the renderer, the layout, the filters and the exports
 * share. Network, neighbourhood and path answers merge into it (nodes and relationships keyed by
 * their API ids, so merging twice changes nothing).
 */
import { MultiDirectedGraph } from 'graphology';
import type { ExplorerDrawnNodeFragment, ExplorerGraphEdgeFragment } from './generated/graphql.js';
import { EDGE_COLOUR } from './palette.js';
import type { NodeType, RelationshipType } from './vocabulary.js';

export interface NodeAttributes {
  label: string;
  nodeType: NodeType;
  x: number;
  y: number;
  /** Drawn size and colour, set by appearance.ts from the view's sizing and colouring. */
  size: number;
  color: string;
  /** Metrics of the network answer (null for nodes added later, which the answer did not measure). */
  degree: number | null;
  betweenness: number | null;
  community: number | null;
  /** Facets the client-side filters read. */
  level: string | null;
  sector: string | null;
  placeKind: string | null;
  /** The node's own dates (an initiative's, commitment's or event's start and end; a learning's date), for the year filter. */
  start: string | null;
  end: string | null;
  /** Ids of the imported datasets that brought the record, or null when the answer did not say (the dataset filter). */
  datasets: string[] | null;
  /** Set while a layout must not move the node (ForceAtlas2 reads `fixed`). */
  fixed?: boolean;
}

export interface EdgeAttributes {
  relType: RelationshipType;
  role: string | null;
  since: string | null;
  until: string | null;
  size: number;
  color: string;
}

export type LociGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** What the API answers for a drawn node: a GraphNode, with its record's facets when asked. */
export type ApiNode = ExplorerDrawnNodeFragment;
export type ApiEdge = ExplorerGraphEdgeFragment;

/** A directed multigraph: two nodes may be linked by several relationship types (Hivos coordinates LOCI and is a partner in it). */
export function createGraph(): LociGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

/** A number in [0, 1) from a string, the same on every load: positions do not depend on chance. */
export function hashUnit(text: string, salt = 0): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * Where a node starts before the layout runs: near its community's place on a circle (so the
 * layout starts close to its answer), or near `anchor` when it joins an existing drawing.
 */
function startPosition(node: ApiNode, anchor: { x: number; y: number } | null, spread: number): { x: number; y: number } {
  const angle = 2 * Math.PI * hashUnit(node.id, 1);
  const radius = spread * Math.sqrt(hashUnit(node.id, 2));
  if (anchor) return { x: anchor.x + Math.cos(angle) * radius * 0.15, y: anchor.y + Math.sin(angle) * radius * 0.15 };
  const community = node.community ?? -1;
  const centre = community >= 0 ? (2 * Math.PI * community) / 7 + community * 0.37 : 0;
  const ring = community >= 0 ? spread * 1.5 : 0;
  return { x: Math.cos(centre) * ring + Math.cos(angle) * radius, y: Math.sin(centre) * ring + Math.sin(angle) * radius };
}

function facets(node: ApiNode): Pick<NodeAttributes, 'level' | 'sector' | 'placeKind' | 'start' | 'end' | 'datasets'> {
  const record = node.node as Record<string, unknown> | null | undefined;
  const text = (...values: unknown[]) => (values.find((v) => typeof v === 'string' && v) as string | undefined) ?? null;
  return {
    level: (record?.level as string | undefined) ?? null,
    sector: ((record?.sector ?? record?.personSector) as string | undefined) ?? null,
    placeKind: (record?.placeKind as string | undefined) ?? null,
    start: text(record?.startDate, record?.commitmentStart, record?.eventStart, record?.learningDate),
    end: text(record?.endDate, record?.commitmentEnd, record?.eventEnd, record?.learningDate),
    // `Node.datasets { id }`, once the answer carries it (the network's node facets).
    datasets: Array.isArray(record?.datasets) ? (record.datasets as { id: string }[]).map((d) => d.id) : null,
  };
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/**
 * Adds the nodes and relationships the graph does not hold yet; existing nodes keep their place
 * and gain metrics they lacked. New nodes start near a neighbour already drawn, if any.
 * Relationships whose ends are missing are skipped (an answer always carries both ends).
 */
export function mergeSubgraph(graph: LociGraph, nodes: readonly ApiNode[], edges: readonly ApiEdge[]): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  const spread = Math.max(10, Math.sqrt(graph.order + nodes.length) * 4);
  const anchors = new Map<string, { x: number; y: number }>();
  for (const edge of edges) {
    for (const [from, to] of [[edge.source, edge.target], [edge.target, edge.source]]) {
      if (!anchors.has(to) && graph.hasNode(from)) anchors.set(to, graph.getNodeAttributes(from));
    }
  }
  for (const node of nodes) {
    if (graph.hasNode(node.id)) {
      const current = graph.getNodeAttributes(node.id);
      const known = facets(node);
      // Later answers fill gaps; they never erase what an earlier answer said.
      graph.mergeNodeAttributes(node.id, {
        degree: current.degree ?? node.degree ?? null,
        betweenness: current.betweenness ?? node.betweenness ?? null,
        community: current.community ?? node.community ?? null,
        level: known.level ?? current.level,
        sector: known.sector ?? current.sector,
        placeKind: known.placeKind ?? current.placeKind,
        start: known.start ?? current.start,
        end: known.end ?? current.end,
        datasets: known.datasets ?? current.datasets,
      });
      continue;
    }
    const position = startPosition(node, graph.order > 0 ? (anchors.get(node.id) ?? null) : null, spread);
    graph.addNode(node.id, {
      label: node.label,
      nodeType: node.type,
      ...position,
      size: 4,
      color: '#999',
      degree: node.degree ?? null,
      betweenness: node.betweenness ?? null,
      community: node.community ?? null,
      ...facets(node),
    });
    addedNodes.push(node.id);
  }
  for (const edge of edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
      relType: edge.type,
      role: edge.role ?? null,
      since: edge.since ?? null,
      until: edge.until ?? null,
      size: 1,
      color: EDGE_COLOUR,
    });
    addedEdges.push(edge.id);
  }
  return { addedNodes, addedEdges };
}

/**
 * The dashboard's figures, worked out from the network the page holds and what the filters show
 * (filters.ts), so the dashboard follows the filter and its counts are the filter panel's: a
 * place counts the nodes located there or in a place inside it, which is exactly what ticking it
 * in the filters shows. Pure: graph and visibility in, numbers out.
 */
import { locatedIn, type Visibility } from './filters.js';
import type { LociGraph } from './graph-model.js';
import { NODE_TYPES, RELATIONSHIP_WORDS, TYPE_PLURAL, type NodeType, type RelationshipType } from './vocabulary.js';

export interface Count {
  id: string;
  label: string;
  count: number;
}

export interface Figures {
  nodes: number;
  relationships: number;
  byType: (Count & { type: NodeType })[];
  byRegion: Count[];
  byCountry: Count[];
  /** Nodes with a date of their own, by the year it starts (initiatives, commitments, events, learnings). */
  startedPerYear: { year: number; count: number }[];
  /** The shown nodes with the highest betweenness (as the network answer measured it). */
  brokers: (Count & { type: NodeType; betweenness: number })[];
  byRelationship: Count[];
}

/** How many nodes each place (of `kind`) holds, counted among `shown`; places holding none left out; most first. */
export function countByPlace(graph: LociGraph, kind: 'COUNTRY' | 'WORLD_REGION', shown: (node: string) => boolean = () => true): Count[] {
  return graph
    .filterNodes((_n, a) => a.placeKind === kind)
    .map((place) => ({ id: place, label: graph.getNodeAttribute(place, 'label'), count: [...locatedIn(graph, place)].filter(shown).length }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The figures of what `visibility` leaves on show (everything, with no filter). */
export function computeFigures(graph: LociGraph, visibility: Visibility, brokers = 10): Figures {
  const shown = (node: string) => !visibility.hiddenNodes.has(node);
  const types = new Map<NodeType, number>();
  const years = new Map<number, number>();
  const rels = new Map<string, number>();
  const nodes = graph.filterNodes((node) => shown(node));
  for (const node of nodes) {
    const a = graph.getNodeAttributes(node);
    types.set(a.nodeType, (types.get(a.nodeType) ?? 0) + 1);
    if (a.start) years.set(Number(a.start.slice(0, 4)), (years.get(Number(a.start.slice(0, 4))) ?? 0) + 1);
  }
  graph.forEachEdge((edge, a) => {
    if (!visibility.hiddenEdges.has(edge)) rels.set(a.relType, (rels.get(a.relType) ?? 0) + 1);
  });
  return {
    nodes: nodes.length,
    relationships: graph.size - visibility.hiddenEdges.size,
    byType: NODE_TYPES.filter((t) => types.has(t)).map((type) => ({ id: type, type, label: TYPE_PLURAL[type], count: types.get(type)! })),
    byRegion: countByPlace(graph, 'WORLD_REGION', shown),
    byCountry: countByPlace(graph, 'COUNTRY', shown),
    startedPerYear: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
    brokers: nodes
      .map((id) => ({ id, a: graph.getNodeAttributes(id) }))
      .filter(({ a }) => (a.betweenness ?? 0) > 0)
      .sort((x, y) => (y.a.betweenness ?? 0) - (x.a.betweenness ?? 0))
      .slice(0, brokers)
      .map(({ id, a }) => ({ id, label: a.label, type: a.nodeType, betweenness: a.betweenness ?? 0, count: graph.degree(id) })),
    byRelationship: [...rels.entries()]
      .map(([type, count]) => ({ id: type, label: RELATIONSHIP_WORDS[type as RelationshipType]?.out ?? type, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  };
}

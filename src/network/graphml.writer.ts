import type { NetworkSubgraph } from './subgraph.js';

/** One GraphML attribute: its key, what it belongs to, its GraphML type, and how to read it. */
interface Key<T> {
  name: string;
  type: 'string' | 'int' | 'double' | 'boolean';
  read: (item: T) => string | number | boolean | null | undefined;
}

type Node = NetworkSubgraph['nodes'][number];
type Edge = NetworkSubgraph['edges'][number];

const NODE_KEYS: Key<Node>[] = [
  { name: 'type', type: 'string', read: (n) => n.type },
  { name: 'label', type: 'string', read: (n) => n.label },
  { name: 'degree', type: 'int', read: (n) => n.degree },
  { name: 'betweenness', type: 'double', read: (n) => n.betweenness },
  { name: 'pagerank', type: 'double', read: (n) => n.pagerank },
  { name: 'community', type: 'int', read: (n) => n.community },
];

const EDGE_KEYS: Key<Edge>[] = [
  { name: 'type', type: 'string', read: (e) => e.type },
  { name: 'role', type: 'string', read: (e) => e.role },
  { name: 'since', type: 'string', read: (e) => e.since },
  { name: 'until', type: 'string', read: (e) => e.until },
];

/** XML text: the five special characters escaped, characters XML 1.0 forbids dropped. */
function xml(value: unknown): string {
  return String(value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function dataOf<T>(keys: Key<T>[], prefix: string, item: T): string {
  return keys
    .map((k) => [k, k.read(item)] as const)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `<data key="${prefix}_${k.name}">${xml(v)}</data>`)
    .join('');
}

/**
 * Writes a network as GraphML (http://graphml.graphdrawing.org/), directed, node and edge ids
 * kept, attributes declared with their types; absent values are left out. graphology-graphml
 * only parses, hence this writer.
 */
export function toGraphML(network: NetworkSubgraph): string {
  const keys = [
    ...NODE_KEYS.map((k) => `  <key id="n_${k.name}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k.name}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`),
  ];
  const nodes = network.nodes.map((n) => `    <node id="${xml(n.id)}">${dataOf(NODE_KEYS, 'n', n)}</node>`);
  const edges = network.edges.map((e) => `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${dataOf(EDGE_KEYS, 'e', e)}</edge>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="loci-network" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

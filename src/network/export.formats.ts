import { stringify } from 'csv-stringify/sync';
import { write as writeGexf } from 'graphology-gexf';
import { MultiDirectedGraph } from './graphology.js';
import { toGraphML } from './graphml.writer.js';
import type { NetworkSubgraph } from './subgraph.js';

/** One downloadable form of a network. */
export interface ExportFormat {
  contentType: string;
  /** The file name's extension: downloads are called `loci-network.<extension>`. */
  extension: string;
  render(network: NetworkSubgraph): string;
}

/** Drops null and undefined values: exchange formats have no null. */
function present(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== null && v !== undefined));
}

/**
 * The network as a graphology graph: directed, parallel relationships kept, node keys the
 * node ids and edge keys the relationships' elementIds.
 */
export function toGraphology(network: NetworkSubgraph): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: 'LOCI network', truncated: network.truncated });
  for (const { id, ...attributes } of network.nodes) graph.addNode(id, present(attributes));
  for (const { id, source, target, ...attributes } of network.edges) graph.addEdgeWithKey(id, source, target, present(attributes));
  return graph;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * such text cells get a leading apostrophe (OWASP's advice on CSV injection). Numbers pass.
 */
function safeCell(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csv(columns: string[], rows: Record<string, unknown>[]): string {
  return stringify(rows.map((r) => columns.map((c) => safeCell(r[c] ?? ''))), { header: true, columns });
}

/** The export routes (`/export/<name>`) and what each serves. */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'network.json': {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    // graphology's serialisation: Graph.from(json) rebuilds the same graph.
    render: (network) => JSON.stringify(toGraphology(network).export()),
  },
  'network.gexf': {
    contentType: 'application/gexf+xml; charset=utf-8',
    extension: 'gexf',
    render: (network) =>
      writeGexf(toGraphology(network), {
        formatNode: (_key, attributes) => ({ label: attributes.label as string, attributes: present(attributes) }),
        formatEdge: (_key, attributes) => ({ label: attributes.type as string, attributes: present(attributes) }),
      }),
  },
  'network.graphml': {
    contentType: 'application/graphml+xml; charset=utf-8',
    extension: 'graphml',
    render: toGraphML,
  },
  'nodes.csv': {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    render: (network) => csv(['id', 'type', 'label', 'degree', 'betweenness', 'pagerank', 'community'], network.nodes as never),
  },
  'edges.csv': {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    render: (network) => csv(['id', 'source', 'target', 'type', 'role', 'since', 'until'], network.edges as never),
  },
};

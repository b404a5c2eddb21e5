import path from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { ImportRefusedError } from '../problems.js';
import { readText, type FileFacts } from '../source.js';
import { cleanCell, type Cell, type Row, type Sheets } from './rows.js';

/**
 * The column a GraphML/GEXF node's own key becomes: it is the node's LOCI id when it is one (the
 * network export writes them), else only the file's name for the node (Gephi numbers its nodes).
 */
export const NODE_KEY_COLUMN = 'key';

function cells(attributes: Record<string, unknown>, extra: Record<string, unknown>): Map<string, Cell> {
  return new Map(Object.entries({ ...extra, ...attributes }).map(([k, v]) => [k, cleanCell(v)]));
}

/**
 * Reads a GraphML or GEXF file into `out` with graphology's parsers: each node a row of
 * elements (its key, label and attributes, viz attributes among them), each edge a row of
 * connections (source, target and attributes; a GEXF edge's label is the relationship type the
 * network export writes there).
 */
export async function readGraphFile(file: string, format: 'graphml' | 'gexf', encoding: string | undefined, out: Sheets, onRow: () => void): Promise<void> {
  const name = path.basename(file);
  const facts: FileFacts = { name, bytes: 0, sha256: '' };
  out.files.push(facts);
  let text = '';
  let graph: MultiGraph;
  try {
    for await (const chunk of readText(file, encoding, facts)) text += chunk;
    // A mixed multigraph takes whatever edge types the file has; each edge is read from source to target.
    graph = (format === 'gexf' ? parseGexf : parseGraphml)(MultiGraph, text, { addMissingNodes: false }) as MultiGraph;
  } catch (error) {
    if (error instanceof ImportRefusedError) out.errors.push(error.problem);
    else out.errors.push({ file: name, at: null, field: null, message: `is not a ${format === 'gexf' ? 'GEXF' : 'GraphML'} file: ${(error as Error).message}` });
    return;
  }
  let n = 0;
  graph.forEachNode((key, attributes) => {
    out.elements.push({ file: name, at: `node ${n++} (id ${key})`, cells: cells(attributes, { [NODE_KEY_COLUMN]: key }) });
    onRow();
  });
  let e = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    out.connections.push({ file: name, at: `edge ${e++} (id ${key})`, cells: cells(attributes, { source, target }) });
    onRow();
  });
}

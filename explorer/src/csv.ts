/** The CSV files of the explorer's export: nodes.csv and edges.csv of what is shown. */
import type { LociGraph } from './graph-model.js';

/**
 * One CSV cell. Spreadsheets run a text cell that starts with = + - @ (or a tab or carriage
 * return) as a formula, and labels come from anyone who may edit the graph: such cells get a
 * leading apostrophe, as the server's /export CSV does (OWASP's advice on CSV injection).
 * Numbers pass as they are (a negative number is no formula).
 */
export const csvCell = (value: unknown): string => {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const csv = (header: string[], rows: unknown[][]) => [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export function nodesCsv(graph: LociGraph): string {
  return csv(
    ['id', 'label', 'type', 'degree', 'betweenness', 'community', 'level', 'sector', 'placeKind'],
    graph.mapNodes((n, a) => [n, a.label, a.nodeType, a.degree ?? graph.degree(n), a.betweenness, a.community, a.level, a.sector, a.placeKind]),
  );
}

export function edgesCsv(graph: LociGraph): string {
  return csv(['id', 'source', 'target', 'type', 'role', 'since', 'until'], graph.mapEdges((e, a, s, t) => [e, s, t, a.relType, a.role, a.since, a.until]));
}

import type { Problem } from '../problems.js';
import type { FileFacts } from '../source.js';

/**
 * What the spreadsheet, GraphML and GEXF readers make of their input, before any column means
 * anything: rows of cells keyed by the column name as written, so an error can quote it.
 */
export type Cell = string | number | boolean | null;

export interface Row {
  /** The file's base name. */
  file: string;
  /** Where the row is: "row 12" (its line or sheet row), "node 3", "edge 7". */
  at: string;
  cells: Map<string, Cell>;
}

/** Everything read from a set of files of one format, elements and connections apart. */
export interface Sheets {
  elements: Row[];
  connections: Row[];
  files: FileFacts[];
  errors: Problem[];
  warnings: Problem[];
}

export const emptySheets = (): Sheets => ({ elements: [], connections: [], files: [], errors: [], warnings: [] });

/** A column name as compared: lower case, letters and digits only ("Start Date" -> "startdate"). */
export const columnKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Column names that mark a connections sheet (Kumu's From/To, the network export's source/target). */
export function isConnectionsHeader(columns: string[]): boolean {
  const keys = new Set(columns.map(columnKey));
  return (keys.has('from') && keys.has('to')) || (keys.has('source') && keys.has('target'));
}

/**
 * A cell as read: trimmed, empty as null, and the apostrophe the network export puts before a
 * text that a spreadsheet would run as a formula (= + - @) taken off again.
 */
export function cleanCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value).trim();
  if (!text) return null;
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

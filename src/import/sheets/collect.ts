import path from 'node:path';
import type { Format } from '../files.js';
import type { Problem } from '../problems.js';
import type { FileFacts } from '../source.js';
import { readCsvFile } from './csv.reader.js';
import { toConnection, toElement, type ConnectionDraft, type ElementDraft } from './elements.js';
import { readGraphFile } from './graph-file.reader.js';
import { emptySheets, type Row, type Sheets } from './rows.js';
import { readXlsxFile } from './xlsx.reader.js';

/** The elements and connections of a set of spreadsheet, GraphML or GEXF files, read and checked column by column. */
export interface CollectedSheets {
  elements: ElementDraft[];
  connections: ConnectionDraft[];
  files: FileFacts[];
  errors: Problem[];
  warnings: Problem[];
}

/** Past this many errors the rest is not listed: the input is refused anyway. */
const MAX_ERRORS = 50;

async function readFile(file: string, format: Exclude<Format, 'ocds'>, encoding: string | undefined, out: Sheets, onRow: () => void): Promise<void> {
  if (format === 'csv') return readCsvFile(file, encoding, out, onRow);
  if (format === 'xlsx') return readXlsxFile(file, out, onRow);
  return readGraphFile(file, format, encoding, out, onRow);
}

/** Reads each row with `read`; a column no row's type knows is one error per file, naming it. */
function readRows<T>(rows: Row[], read: (row: Row, problems: Problem[], unknown: Set<string>) => T | null, problems: Problem[], known: string): T[] {
  const out: T[] = [];
  const unknownByFile = new Map<string, Set<string>>();
  for (const row of rows) {
    const unknown = unknownByFile.get(row.file) ?? new Set<string>();
    unknownByFile.set(row.file, unknown);
    const item = read(row, problems, unknown);
    if (item) out.push(item);
  }
  for (const [file, columns] of unknownByFile) {
    for (const column of columns) problems.push({ file, at: null, field: column, message: `is not a column the importer knows (${known})` });
  }
  return out;
}

/**
 * Reads every file (one format) and turns its rows into element and connection drafts. Needs no
 * database: the ends of connections and the matching of elements are plan-sheets' work.
 */
export async function collectSheets(files: string[], format: Exclude<Format, 'ocds'>, encoding: string | undefined, onRow: () => void = () => undefined): Promise<CollectedSheets> {
  const sheets = emptySheets();
  for (const file of files) {
    await readFile(file, format, encoding, sheets, onRow);
    if (sheets.errors.length >= MAX_ERRORS) break;
  }
  const errors = [...sheets.errors];
  if (files.length > 0 && sheets.elements.length === 0 && sheets.connections.length === 0 && errors.length === 0) {
    errors.push({ file: files.map((f) => path.basename(f)).join(', '), at: null, field: null, message: 'holds no elements and no connections' });
  }
  const elements = readRows(sheets.elements, toElement, errors, 'an element column is id, label, type, sources or a field of the type');
  const connections = readRows(sheets.connections, toConnection, errors, 'a connection column is from, to, type, sources or a property of the type');
  return { elements, connections, files: sheets.files, errors: errors.slice(0, MAX_ERRORS), warnings: sheets.warnings };
}

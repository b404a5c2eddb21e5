import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cleanCell, columnKey, isConnectionsHeader, type Cell, type Row, type Sheets } from './rows.js';

/** Sheet names read as elements or connections (Kumu's, and the network export's words). */
const ELEMENT_SHEETS = new Set(['elements', 'nodes']);
const CONNECTION_SHEETS = new Set(['connections', 'edges', 'relationships']);

/** A cell's value as text or number: formulas by their result, rich text and links by their text, dates as ISO days. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('richText' in value) return cleanCell(value.richText.map((r) => r.text).join(''));
    if ('text' in value) return cleanCell(value.text);
    return null;
  }
  return cleanCell(value);
}

function sheetRows(sheet: ExcelJS.Worksheet, file: string, onRow: () => void): Row[] {
  const header: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => (header[col] = String(cellValue(cell.value) ?? '')));
  const rows: Row[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = new Map<string, Cell>();
    header.forEach((h, col) => h && cells.set(h, cellValue(row.getCell(col).value)));
    if ([...cells.values()].every((v) => v === null)) return;
    rows.push({ file, at: `sheet ${sheet.name} row ${number}`, cells });
    onRow();
  });
  return rows;
}

/**
 * Reads an XLSX workbook into `out` (Kumu's convention): an "Elements" sheet and a
 * "Connections" sheet, each with a header row; other sheets are named in a warning. A workbook
 * of one unnamed sheet is read by its header, as a CSV file is.
 */
export async function readXlsxFile(file: string, out: Sheets, onRow: () => void): Promise<void> {
  const name = path.basename(file);
  const bytes = await readFile(file);
  out.files.push({ name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    out.errors.push({ file: name, at: null, field: null, message: `is not an XLSX workbook: ${(error as Error).message}` });
    return;
  }
  const sheets = workbook.worksheets;
  for (const sheet of sheets) {
    const key = columnKey(sheet.name);
    const header: string[] = [];
    sheet.getRow(1).eachCell((cell) => header.push(String(cellValue(cell.value) ?? '')));
    const connections = CONNECTION_SHEETS.has(key) || (!ELEMENT_SHEETS.has(key) && sheets.length === 1 && isConnectionsHeader(header));
    if (!connections && !ELEMENT_SHEETS.has(key) && sheets.length > 1) {
      out.warnings.push({ file: name, at: `sheet ${sheet.name}`, field: null, message: 'is neither an "Elements" nor a "Connections" sheet: not read' });
      continue;
    }
    (connections ? out.connections : out.elements).push(...sheetRows(sheet, name, onRow));
  }
}

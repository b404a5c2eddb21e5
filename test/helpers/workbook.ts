import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** The rows of a CSV file, header first, as a spreadsheet holds them. */
export function csvRows(file: string): string[][] {
  return parse(readFileSync(file), { bom: true }) as string[][];
}

/** Writes an XLSX workbook with one sheet per entry (header row first), as Kumu's template lays it out. */
export async function writeWorkbook(file: string, sheets: Record<string, (string | number)[][]>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  await workbook.xlsx.writeFile(file);
}

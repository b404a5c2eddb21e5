import { once } from 'node:events';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { ImportRefusedError } from '../problems.js';
import { readText, type FileFacts } from '../source.js';
import { cleanCell, isConnectionsHeader, type Row, type Sheets } from './rows.js';

/**
 * Reads one CSV file into `out`: its header row names the columns; a file whose header has
 * from/to (or source/target) holds connections, any other elements (Kumu's two sheets as two
 * files, or the network export's nodes.csv and edges.csv). Text is decoded as readText does:
 * UTF-8 or refused, unless `encoding` is given.
 */
export async function readCsvFile(file: string, encoding: string | undefined, out: Sheets, onRow: () => void): Promise<void> {
  const name = path.basename(file);
  const facts: FileFacts = { name, bytes: 0, sha256: '' };
  out.files.push(facts);
  const parser = parse({ bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  const feeding = feed(parser, readText(file, encoding, facts));
  let header: string[] | null = null;
  let rows: Row[] = out.elements;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map((h) => h.trim());
        if (isConnectionsHeader(header)) rows = out.connections;
        continue;
      }
      rows.push({ file: name, at: `row ${info.lines}`, cells: new Map(header.map((h, i) => [h, cleanCell(record[i])])) });
      onRow();
    }
    await feeding;
  } catch (error) {
    if (error instanceof ImportRefusedError) out.errors.push(error.problem);
    else if (error instanceof CsvError) out.errors.push({ file: name, at: `row ${(error as CsvError & { lines?: number }).lines ?? '?'}`, field: null, message: `is not valid CSV: ${error.message}` });
    else throw error;
  }
}

/** Writes the decoded text into the parser, waiting when it is full; a decoding error ends the parse with it. */
async function feed(parser: ReturnType<typeof parse>, text: AsyncGenerator<string>): Promise<void> {
  try {
    for await (const chunk of text) if (!parser.write(chunk)) await once(parser, 'drain');
    parser.end();
  } catch (error) {
    parser.destroy(error as Error);
  }
}

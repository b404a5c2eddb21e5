import { open, readdir, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { ImportUsageError } from './problems.js';

export const FORMATS = ['ocds', 'csv', 'xlsx', 'graphml', 'gexf'] as const;
export type Format = (typeof FORMATS)[number];

/** File endings each format is recognised by (a trailing .gz aside). */
const ENDINGS: Record<Format, string[]> = {
  ocds: ['.json', '.jsonl', '.ndjson'],
  csv: ['.csv'],
  xlsx: ['.xlsx'],
  graphml: ['.graphml'],
  gexf: ['.gexf'],
};

/** The format of a file by its name, or null. */
export function formatOf(file: string): Format | null {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  return FORMATS.find((f) => ENDINGS[f].some((e) => name.endsWith(e))) ?? null;
}

/**
 * The files to import: each FILE as given, each FOLDER's files of a known format (not its
 * subfolders), sorted so that the same folder always imports in the same order.
 */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new ImportUsageError(`${input}: no such file or folder`);
    if (info.isFile()) files.push(input);
    else {
      const names = (await readdir(input)).filter((n) => formatOf(n)).sort();
      files.push(...names.map((n) => path.join(input, n)));
    }
  }
  if (files.length === 0) throw new ImportUsageError('no file to import (give files, or folders holding .json, .jsonl, .csv, .xlsx, .graphml or .gexf files)');
  return files;
}

/** How many bytes of a file sniffing reads. */
const SNIFF_BYTES = 4096;

/**
 * The format of a file by its first bytes, for a name that does not tell: a zip (XLSX), an XML
 * root of <gexf> or <graphml>, JSON (OCDS), else text with a comma, semicolon or tab in its first
 * line (CSV). Gzipped files are sniffed inside. Null when none fits.
 */
export async function sniffFormat(file: string): Promise<Format | null> {
  const handle = await open(file, 'r');
  let head: Buffer;
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (head[0] === 0x1f && head[1] === 0x8b) head = unzipHead(head);
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  const text = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (text.startsWith('<')) return /<gexf[\s>]/.test(text) ? 'gexf' : /<graphml[\s>]/.test(text) ? 'graphml' : null;
  if (text.startsWith('{') || text.startsWith('[')) return 'ocds';
  return /[,;\t]/.test(text.split(/\r?\n/)[0] ?? '') ? 'csv' : null;
}

/** The start of a gzipped file's content (as much as a partial read gives). */
function unzipHead(head: Buffer): Buffer {
  try {
    return gunzipSync(head, { finishFlush: 2 /* Z_SYNC_FLUSH: a truncated stream is no error */ });
  } catch {
    return Buffer.alloc(0);
  }
}

/** The one format of all files: --format when given, else by name, else by content; mixed formats are a usage error. */
export async function detectFormat(files: string[], given: string | undefined): Promise<Format> {
  if (given !== undefined) {
    if (!(FORMATS as readonly string[]).includes(given)) throw new ImportUsageError(`--format ${given}: not one of ${FORMATS.join(', ')}`);
    return given as Format;
  }
  const formats = new Set<Format>();
  for (const file of files) {
    const format = formatOf(file) ?? (await sniffFormat(file));
    if (!format) throw new ImportUsageError(`cannot tell the format of ${file} by its name or its content: give --format`);
    formats.add(format);
  }
  if (formats.size > 1) throw new ImportUsageError(`the files are of several formats (${[...formats].join(', ')}): import them one format at a time`);
  return [...formats][0]!;
}

import { readdir, stat } from 'node:fs/promises';
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

/** The one format of all files: --format when given, else detected; mixed formats are a usage error. */
export function detectFormat(files: string[], given: string | undefined): Format {
  if (given !== undefined) {
    if (!(FORMATS as readonly string[]).includes(given)) throw new ImportUsageError(`--format ${given}: not one of ${FORMATS.join(', ')}`);
    return given as Format;
  }
  const formats = new Set(files.map((f) => formatOf(f)));
  if (formats.has(null)) throw new ImportUsageError(`cannot tell the format of ${files.find((f) => !formatOf(f))}: give --format`);
  if (formats.size > 1) throw new ImportUsageError(`the files are of several formats (${[...formats].join(', ')}): import them one format at a time`);
  return [...formats][0]!;
}

import path from 'node:path';
import { ImportRefusedError } from '../problems.js';
import { readText, type FileFacts } from '../source.js';
import { jsonTokens, locateSyntaxError } from './json-values.js';
import { OcdsSplitter, type OcdsEntry } from './split.js';

/**
 * The releases and records of one OCDS file (any of the forms OcdsSplitter reads, gzipped or
 * not), streamed. Refuses, naming the file, invalid JSON (with its byte offset, line and column),
 * text that is not UTF-8 when no `encoding` is given, and JSON that is not OCDS.
 */
export async function* readOcdsFile(file: string, encoding: string | undefined, facts: FileFacts): AsyncGenerator<OcdsEntry> {
  const splitter = new OcdsSplitter();
  const name = path.basename(file);
  try {
    for await (const token of jsonTokens(readText(file, encoding, facts))) {
      for (const entry of splitter.push(token)) yield entry;
    }
  } catch (error) {
    if (error instanceof ImportRefusedError) throw error;
    if (error instanceof TypeError) throw new ImportRefusedError({ file: name, at: null, field: null, message: error.message });
    throw new ImportRefusedError({ file: name, at: await syntaxErrorPlace(file, encoding), field: null, message: `is not valid JSON (${(error as Error).message})` });
  }
}

/** "byte offset 1041 (line 40, column 7)" of a file's first JSON syntax error. */
async function syntaxErrorPlace(file: string, encoding: string | undefined): Promise<string | null> {
  const place = await locateSyntaxError(readText(file, encoding, { name: '', bytes: 0, sha256: '' }));
  if (!place) return null;
  return `byte offset ${await byteOffset(file, encoding, place.offset)} (line ${place.line}, column ${place.column})`;
}

/** The byte offset (of the decoded text, as UTF-8) of a character offset. */
async function byteOffset(file: string, encoding: string | undefined, chars: number): Promise<number> {
  let seen = 0;
  let bytes = 0;
  for await (const chunk of readText(file, encoding, { name: '', bytes: 0, sha256: '' })) {
    if (seen + chunk.length >= chars) return bytes + Buffer.byteLength(chunk.slice(0, chars - seen));
    seen += chunk.length;
    bytes += Buffer.byteLength(chunk);
  }
  return bytes;
}

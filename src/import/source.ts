import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import { createGunzip } from 'node:zlib';
import { ImportRefusedError, ImportUsageError } from './problems.js';

/** A file as the Dataset records it: its name, its size and the sha256 of its bytes as read (compressed when .gz). */
export interface FileFacts {
  name: string;
  bytes: number;
  sha256: string;
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** A decoder for `encoding`, or a usage error naming the label when the runtime knows no such encoding. */
function decoderFor(encoding: string | undefined): TextDecoder {
  try {
    // Without --encoding the text must be UTF-8: a wrong guess would store mangled names.
    return new TextDecoder(encoding ?? 'utf-8', { fatal: encoding === undefined });
  } catch {
    throw new ImportUsageError(`--encoding ${encoding}: not an encoding this runtime knows (try utf-8, latin1, windows-1252, utf-16le)`);
  }
}

/**
 * Streams a file's text: gunzipped when it starts with the gzip magic bytes, decoded as UTF-8
 * (refused, naming the byte offset, when it is not) or as `encoding`. `facts` is complete once
 * the stream has ended.
 */
export async function* readText(file: string, encoding: string | undefined, facts: FileFacts): AsyncGenerator<string> {
  const decoder = decoderFor(encoding);
  const hash = createHash('sha256');
  const gzip = await isGzip(file);
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 });
  // Hashed as read, before any gunzip: the sha256 is of the file as published.
  raw.on('data', (chunk) => {
    hash.update(chunk as Buffer);
    facts.bytes += (chunk as Buffer).length;
  });
  const bytes = gzip ? raw.pipe(createGunzip()) : raw;
  let offset = 0;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      const text = decodeChunk(decoder, chunk, file, offset);
      offset += chunk.length;
      // An empty string would read as the end of the text to the stream it is written to.
      if (text) yield text;
    }
    const rest = decodeChunk(decoder, undefined, file, offset);
    if (rest) yield rest;
  } finally {
    raw.destroy();
  }
  facts.sha256 = hash.digest('hex');
}

function decodeChunk(decoder: TextDecoder, chunk: Buffer | undefined, file: string, offset: number): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch {
    throw new ImportRefusedError({
      file: path.basename(file),
      at: `bytes ${offset}-${offset + (chunk?.length ?? 0)}`,
      field: null,
      message: 'is not UTF-8 text; give its encoding with --encoding (e.g. --encoding latin1) to read it',
    });
  }
}

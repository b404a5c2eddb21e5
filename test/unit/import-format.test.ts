import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/import/files.js';
import { ImportUsageError } from '../../src/import/problems.js';

/** The importer tells a file's format by --format, then its name, then its first bytes. */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'loci-format-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, content: string | Buffer): Promise<string> {
  const f = path.join(dir, name);
  await writeFile(f, content);
  return f;
}

describe('detectFormat', () => {
  it('reads the format from the extension, a trailing .gz aside', async () => {
    expect(await detectFormat([await file('a.csv', 'x')], undefined)).toBe('csv');
    expect(await detectFormat([await file('a.gexf.gz', 'x')], undefined)).toBe('gexf');
  });

  it('sniffs the content of a file whose name does not tell', async () => {
    expect(await detectFormat([await file('nodes.txt', 'id,label,type\nhivos,Hivos,Organisation\n')], undefined)).toBe('csv');
    expect(await detectFormat([await file('net.xml', '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">')], undefined)).toBe('gexf');
    expect(await detectFormat([await file('net2.xml', '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">')], undefined)).toBe('graphml');
    expect(await detectFormat([await file('data', '{"releases": []}')], undefined)).toBe('ocds');
    expect(await detectFormat([await file('zipped', gzipSync('{"releases": []}'))], undefined)).toBe('ocds');
    expect(await detectFormat([await file('book', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))], undefined)).toBe('xlsx');
  });

  it('refuses a file it cannot tell, and files of two formats, as usage errors', async () => {
    await expect(detectFormat([await file('notes', 'just words')], undefined)).rejects.toBeInstanceOf(ImportUsageError);
    await expect(detectFormat([await file('b.csv', 'x'), await file('b.gexf', 'x')], undefined)).rejects.toThrow(/several formats/);
  });

  it('takes --format over the name, and refuses an unknown one', async () => {
    expect(await detectFormat([await file('c.txt', 'x')], 'csv')).toBe('csv');
    await expect(detectFormat([await file('d.csv', 'x')], 'pdf')).rejects.toBeInstanceOf(ImportUsageError);
  });
});

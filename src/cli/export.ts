import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportGraph } from '../seed/export.repository.js';
import { runWithDatabase } from './database.js';

/** `npm run export -- [--out folder] [--include-synthetic]`: writes the graph in the seed format (the backup path). */
const { values } = parseArgs({ options: { out: { type: 'string', default: 'export' }, 'include-synthetic': { type: 'boolean', default: false } } });

await runWithDatabase(async (executor) => {
  const files = await exportGraph(executor, { includeSynthetic: values['include-synthetic'] });
  const out = path.resolve(values.out!);
  await mkdir(out, { recursive: true });
  for (const [name, text] of files) await writeFile(path.join(out, name), text);
  console.log(`wrote ${files.size} files to ${path.relative(process.cwd(), out) || '.'}: ${[...files.keys()].join(', ')}`);
});

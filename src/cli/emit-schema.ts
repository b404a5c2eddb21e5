import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printLociSchema } from '../schema/print-schema.js';
import { REPO_ROOT } from '../paths.js';

/** `npm run schema:emit`: writes schema/schema.graphql from the code. */
const target = path.join(REPO_ROOT, 'schema', 'schema.graphql');
await writeFile(target, await printLociSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);

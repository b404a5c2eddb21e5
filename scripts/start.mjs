// `npm start`: build what is missing or stale, then run the server (it starts the local Neo4j
// itself unless NEO4J_URI points at another one).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, REPO_ROOT } from './build.mjs';

ensureServerBuilt();
await import(pathToFileURL(path.join(REPO_ROOT, 'dist', 'src', 'main.js')).href);

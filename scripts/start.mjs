// `npm start`: build what is missing or stale, then run the server (it starts the local Neo4j
// itself unless NEO4J_URI points at another one).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, REPO_ROOT } from './build.mjs';

ensureServerBuilt();
// The explorer page (/explore) is built when missing; `npm run build:explorer` rebuilds it after changes.
if (!existsSync(path.join(REPO_ROOT, 'dist', 'explorer', 'index.html'))) {
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'explorer/vite.config.ts'], { stdio: 'inherit', cwd: REPO_ROOT });
  if (result.status !== 0) throw new Error('building the explorer failed');
}
await import(pathToFileURL(path.join(REPO_ROOT, 'dist', 'src', 'main.js')).href);

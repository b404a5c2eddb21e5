// Runs one TypeScript command-line entry (src/cli/*.ts) from the compiled build:
// `node scripts/run.mjs src/cli/seed.ts -- args`. Builds first when stale.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, REPO_ROOT } from './build.mjs';

const [entry, ...rest] = process.argv.slice(2);
if (!entry || !entry.startsWith('src/')) {
  console.error('usage: node scripts/run.mjs src/cli/<command>.ts [args]');
  process.exit(2);
}
ensureServerBuilt();
process.argv = [process.argv[0], entry, ...rest.filter((a) => a !== '--')];
await import(pathToFileURL(path.join(REPO_ROOT, 'dist', entry.replace(/\.ts$/, '.js'))).href);

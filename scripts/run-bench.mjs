// `npm run bench [-- --quick]`: compiles the server and the benchmark (bench/tsconfig.json, into
// dist/), then runs dist/bench/run.js; `npm run bench:explorer` (first argument `explorer`) runs
// dist/bench/explorer.js instead, `npm run bench:import` dist/bench/import.js. See bench/README.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './build.mjs';

const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const build = spawnSync(process.execPath, [tsc, '-p', path.join(REPO_ROOT, 'bench', 'tsconfig.json')], { stdio: 'inherit', cwd: REPO_ROOT });
if (build.status !== 0) {
  console.error('bench: TypeScript compilation failed');
  process.exit(1);
}
const [first, ...rest] = process.argv.slice(2);
const entry = first === 'explorer' || first === 'import' ? first : 'run';
const args = (entry === 'run' ? process.argv.slice(2) : rest).filter((a) => a !== '--');
process.argv = [process.argv[0], `bench/${entry}.ts`, ...args];
await import(pathToFileURL(path.join(REPO_ROOT, 'dist', 'bench', `${entry}.js`)).href);

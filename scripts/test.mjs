// `npm test`: the whole suite against a real Neo4j. Starts a test instance of its own (own port and
// data folder, wiped first, so a user's data is never touched), runs vitest, and stops the
// instance whatever happens. Extra arguments go to vitest: `npm test -- test/api.int.test.ts`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './build.mjs';
import { ensureLauncherBuilt, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j.mjs';

const port = Number(process.env.NEO4J_TEST_PORT ?? 7697);
const dataDir = process.env.NEO4J_TEST_DATA_DIR ?? '.data/neo4j-test';
const started = Date.now();

(await import('./ensure-chromium.mjs')).ensureChromium(); // the browser tests (test/browser) drive Debian's Chromium
await stopLocalNeo4j({ dataDir }).catch(() => undefined);
fs.rmSync(path.resolve(REPO_ROOT, dataDir), { recursive: true, force: true });
await ensureLauncherBuilt({});
const neo4j = await startLocalNeo4j({ port, dataDir, heap: '1g', pageCache: '256m' });
console.error(`test Neo4j ready at ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await stopLocalNeo4j({ dataDir }).catch((e) => console.error(`could not stop the test Neo4j: ${e.message}`));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(130));

const vitest = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'test',
    NEO4J_URI: neo4j.uri,
    // The test Neo4j's own random password (kept in its data folder, which is wiped above).
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    // No JWT_SECRET: the suite runs as `npm start` does, with a secret generated in its own folder.
    JWT_SECRET: '',
    JWT_SECRET_FILE: path.join(dataDir, 'jwt-secret'),
    NEO4J_TEST_PORT: String(port),
    NEO4J_TEST_DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  },
});
vitest.on('exit', (code, signal) => void stop(code ?? (signal ? 1 : 0)));

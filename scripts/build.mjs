// Compiles the server (tsc, incremental) so `npm start` and the CLIs run plain JavaScript with the
// decorator metadata type-graphql reads. Cheap when nothing changed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs `tsc -p tsconfig.build.json`; throws when compilation fails. */
export function ensureServerBuilt() {
  const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(REPO_ROOT, 'tsconfig.build.json')], { stdio: 'inherit', cwd: REPO_ROOT });
  if (result.status !== 0) throw new Error('TypeScript compilation failed');
}

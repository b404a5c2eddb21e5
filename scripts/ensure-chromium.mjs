// Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests (test/browser/*).
// Playwright's own browser download does not work on these machines, so the tests drive the
// system Chromium through playwright-core. Installs it with apt when missing and we are root;
// otherwise says what to run and exits non-zero (the browser tests would fail anyway).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Returns true when Chromium is present (installing it first if possible); never throws. */
export function ensureChromium() {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Chromium is missing at ${CHROMIUM_PATH}. The browser tests need it: run as root\n  apt-get update && apt-get install -y chromium\nor set CHROMIUM_PATH to an installed Chromium.`);
    return false;
  }
  console.error(`Chromium is missing at ${CHROMIUM_PATH}: installing Debian's chromium package (apt-get)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}); the browser tests will fail.`);
      return false;
    }
  }
  return fs.existsSync(CHROMIUM_PATH);
}

// Run directly (`node scripts/ensure-chromium.mjs`): exit 1 when Chromium could not be provided.
if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);

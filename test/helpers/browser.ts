import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/paths.js';

/** Debian's Chromium (scripts/ensure-chromium.mjs installs it): Playwright's own download does not work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium. No GPU on these machines: WebGL 2 (sigma.js) runs on SwiftShader,
 * Chromium's software renderer, which recent versions only enable on request.
 */
export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: run \`node scripts/ensure-chromium.mjs\` as root (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

/** Builds the explorer (dist/explorer) when it is missing, or always with `force`. */
export function ensureExplorerBuilt({ force = false } = {}): void {
  if (!force && fs.existsSync(path.join(REPO_ROOT, 'dist', 'explorer', 'index.html'))) return;
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'explorer/vite.config.ts', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the explorer build failed (npm run build:explorer)');
}

/** Collects what a page reports as errors: console errors, uncaught exceptions, failed requests. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A download navigates away from its request; that is not a failure of the page.
    if (!request.url().includes('/export/')) errors.push(`request: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`response: ${response.status()} ${response.url()}`);
  });
  return errors;
}

/** The page's exposed state (window.__loci.state), read in the page. */
export function explorerState<T = Record<string, any>>(page: Page): Promise<T> {
  return page.evaluate(() => {
    const loci = (globalThis as any).__loci;
    return JSON.parse(JSON.stringify({ ...loci.state, order: loci.graph.order, size: loci.graph.size }));
  });
}

/** Waits until the explorer has loaded its network and restored the view from the address. */
export async function waitForExplorer(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => (globalThis as any).__loci?.state?.ready === true, undefined, { timeout });
}

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { collectErrors, ensureExplorerBuilt, launchBrowser, waitForExplorer } from '../helpers/browser.js';
import { removeNodes } from '../helpers/security.js';

// Live updates in a real Chromium: the open explorer follows writes made through the API.
const P = 'live-browser';
let server: TestServer;
let browser: Browser;
let admin: string;

beforeAll(async () => {
  ensureExplorerBuilt({ force: process.env.EXPLORER_REBUILD === '1' });
  server = await startTestServer({ CHANGE_POLL_MIN_MS: '50', CHANGE_POLL_MAX_MS: '250' });
  admin = await server.token('admin');
  await removeNodes(server.db, P);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await removeNodes(server.db, P);
  await server?.close();
});

describe('the explorer follows the graph', () => {
  it('draws a node created through the API, its new relationship, a rename and a delete, without a reload and without moving the rest', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${server.url}/explore/`);
    await waitForExplorer(page);
    await page.waitForFunction(() => (globalThis as any).__loci.live?.connected === true);
    await expect.poll(() => page.locator('#live').textContent()).toContain('Live');
    const order = await page.evaluate(() => (globalThis as any).__loci.graph.order);
    // Let the first layout settle, then remember where LOCI is drawn.
    await page.waitForFunction(() => (globalThis as any).__loci.state.layoutRunning === false, undefined, { timeout: 30_000 });
    const lociBefore = await page.evaluate(() => (globalThis as any).__loci.graph.getNodeAttributes('loci'));

    const id = `${P}-theme`;
    const created = await server.gql(`mutation { createTheme(input: { id: "${id}", name: "Drawn live", sources: ["test"] }) { id } }`, {}, { token: admin });
    expect(created.errors).toBeUndefined();
    await page.waitForFunction((nodeId) => (globalThis as any).__loci.graph.hasNode(nodeId), id, { timeout: 15_000 });
    expect(await page.evaluate(() => (globalThis as any).__loci.graph.order)).toBe(order + 1);
    expect(await page.evaluate((nodeId) => (globalThis as any).__loci.graph.getNodeAttribute(nodeId, 'label'), id)).toBe('Drawn live');

    await server.gql(`mutation { connect(input: { type: ABOUT, from: "loci", to: "${id}" }) { type } }`, {}, { token: admin });
    await page.waitForFunction((nodeId) => (globalThis as any).__loci.graph.hasEdge?.('loci', nodeId) || (globalThis as any).__loci.graph.edges('loci', nodeId).length > 0, id, { timeout: 15_000 });

    await server.gql(`mutation { updateTheme(id: "${id}", input: { name: "Renamed live" }) { id } }`, {}, { token: admin });
    await page.waitForFunction((nodeId) => (globalThis as any).__loci.graph.getNodeAttribute(nodeId, 'label') === 'Renamed live', id, { timeout: 15_000 });

    await server.gql(`mutation { deleteTheme(id: "${id}") { id } }`, {}, { token: admin });
    await page.waitForFunction((nodeId) => !(globalThis as any).__loci.graph.hasNode(nodeId), id, { timeout: 15_000 });

    const lociAfter = await page.evaluate(() => (globalThis as any).__loci.graph.getNodeAttributes('loci'));
    expect({ x: lociAfter.x, y: lociAfter.y }).toEqual({ x: lociBefore.x, y: lociBefore.y });
    await expect.poll(() => page.locator('#live').textContent()).toMatch(/last change/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

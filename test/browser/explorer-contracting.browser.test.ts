import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticOcds } from '../../bench/ocds-synthetic.js';
import { importFiles, removeDataset } from '../../src/import/importer.js';
import { collectErrors, ensureExplorerBuilt, explorerState, launchBrowser, waitForExplorer } from '../helpers/browser.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

// Issue 19 in the explorer, against the real server with an imported portal: 360 fictional
// contracting processes (bench/ocds-synthetic.ts: clearly fake ocids and names) on top of the
// seeds. Processes are a node type of their own, hidden by default past 300, which the status
// line says; an organisation's details list its contracting by role; the filter panel lists the
// imported datasets.

const VIEWPORT = { width: 1440, height: 900 };
const DATASET = 'explorer-test-ocds';
/** 720 releases: a tender and an award for each of 360 processes. */
const RELEASES = 720;
let server: TestServer;
let browser: Browser;
let processes: number;

beforeAll(async () => {
  ensureExplorerBuilt({ force: process.env.EXPLORER_REBUILD === '1' });
  server = await startTestServer();
  const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'loci-explorer-ocds-')), 'portal.jsonl.gz');
  await writeSyntheticOcds(file, { releases: RELEASES, buyers: 10, suppliers: 20 });
  await importFiles(server.db, { inputs: [file], dataset: DATASET, importedBy: 'test' });
  const [row] = await server.db.read('MATCH (p:ContractingProcess) RETURN count(p) AS processes');
  processes = Number(row.processes);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await removeDataset(server.db, DATASET).catch(() => undefined);
  await server?.close();
}, 300_000);

async function open(address = '/explore/'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors = collectErrors(page);
  await page.goto(`${server.url}${address}`);
  await waitForExplorer(page, 60_000);
  return { page, errors };
}

const statusLine = (page: Page) => page.locator('#status-counts').textContent();

describe('the explorer with an imported contracting portal', () => {
  it('loads the processes as their own type, hidden by default past 300, and says so', async () => {
    expect(processes).toBe(RELEASES / 2);
    const { page, errors } = await open();
    const state = await explorerState(page);
    expect(state.error).toBeNull();
    const loaded = await page.evaluate(() => (globalThis as any).__loci.graph.filterNodes((_n: string, a: any) => a.nodeType === 'ContractingProcess').length);
    expect(loaded).toBe(processes);
    // Loaded but not drawn: the type filter hides every one of them, and the status line says why.
    expect(state.processesHiddenByDefault).toBe(processes);
    expect(state.hiddenNodes).toBeGreaterThanOrEqual(processes);
    await expect(statusLine(page)).resolves.toContain(`${processes} contracting processes are hidden (more than 300 loaded)`);
    await expect(page.locator('#f-types-ContractingProcess').isChecked()).resolves.toBe(false);
    // One tick draws them, and the status line's note goes.
    await page.check('#f-types-ContractingProcess');
    await page.waitForFunction(() => (globalThis as any).__loci.state.processesHiddenByDefault === 0);
    const shown = await explorerState(page);
    expect(shown.hiddenNodes).toBe(0);
    await expect(statusLine(page)).resolves.not.toContain('contracting processes are hidden');
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("lists an organisation's contracting by role, each process a button that moves the focus", async () => {
    const [buyer] = await server.db.read(
      'MATCH (o:Organisation)-[:BUYER_OF]->(p:ContractingProcess) WITH o, count(p) AS processes ORDER BY processes DESC, o.id LIMIT 1 RETURN o.id AS id, processes',
    );
    const { page, errors } = await open(`/explore/?focus=${encodeURIComponent(String(buyer.id))}`);
    const section = page.locator('#contracting');
    await section.waitFor({ timeout: 30_000 });
    await expect(section.locator('h4[data-role="buyer"]').textContent()).resolves.toBe(`Buyer of (${Number(buyer.processes)})`);
    const first = section.locator('ul[data-role="buyer"] button[data-focus]').first();
    const processId = await first.getAttribute('data-focus');
    expect(await section.locator('ul[data-role="buyer"] button[data-focus]').count()).toBe(5);
    await first.click();
    await page.waitForFunction((id) => (globalThis as any).__loci.state.view.focus === id, processId, { timeout: 30_000 });
    await expect(page.locator('#details-title').textContent()).resolves.toMatch(/^Synthetic purchase \d+$/);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("shows a supplier's awarded amounts with their currency", async () => {
    const [supplier] = await server.db.read(
      'MATCH (o:Organisation)-[r:AWARDED]->(:ContractingProcess) WHERE r.amount IS NOT NULL WITH o, count(r) AS awards ORDER BY awards DESC, o.id LIMIT 1 RETURN o.id AS id, awards',
    );
    const { page } = await open(`/explore/?focus=${encodeURIComponent(String(supplier.id))}`);
    const section = page.locator('#contracting');
    await section.waitFor({ timeout: 30_000 });
    await expect(section.locator('h4[data-role="supplier"]').textContent()).resolves.toBe(`Supplier in (${Number(supplier.awards)})`);
    const amounts = await section.locator('ul[data-role="supplier"] .amount').allTextContents();
    expect(amounts.length).toBeGreaterThan(0);
    for (const amount of amounts) expect(amount).toMatch(/^ · MXN\s[\d,]+\.\d{2}$/);
    await page.close();
  }, 120_000);

  it('lists the imported datasets in the filter panel', async () => {
    const { page } = await open();
    const filter = page.locator('#dataset-filter');
    await filter.waitFor({ timeout: 30_000 });
    const box = page.locator(`#f-datasets-${DATASET}`);
    await expect(box.count()).resolves.toBe(1);
    // The network's nodes say which datasets brought them (Node.datasets), so the box can be ticked,
    // and ticking it draws only what the dataset brought.
    await expect(page.evaluate(() => (globalThis as any).__loci.graph.someNode((_n: string, a: any) => a.datasets !== null))).resolves.toBe(true);
    await expect(box.isDisabled()).resolves.toBe(false);
    await page.check('#f-types-ContractingProcess');
    await box.check();
    await page.waitForFunction(() => (globalThis as any).__loci.state.hiddenNodes > 0);
    const { outside, shown } = await page.evaluate((dataset) => {
      const { graph, state } = (globalThis as any).__loci;
      const brought = graph.filterNodes((_n: string, a: any) => (a.datasets ?? []).includes(dataset)).length;
      return { outside: graph.order - brought - state.hiddenNodes, shown: graph.order - state.hiddenNodes };
    }, DATASET);
    expect(outside).toBe(0);
    expect(shown).toBeGreaterThan(0);
    await page.close();
  }, 120_000);
});

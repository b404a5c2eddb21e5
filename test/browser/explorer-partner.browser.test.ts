import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { collectErrors, ensureExplorerBuilt, explorerState, launchBrowser, waitForExplorer } from '../helpers/browser.js';
import { REPO_ROOT } from '../../src/paths.js';

// The explorer as a partner from a county open contracting office uses it, in a real Chromium
// against the real server and the seed data: first each thing such a partner ran into (issue 22),
// then the seven everyday tasks end to end, each asserting what the person sees (the status line,
// the panel's title, the address after Back) and saving a screenshot of its end state under
// test-results/partner-tasks/ (git-ignored: a test artifact).

const VIEWPORT = { width: 1440, height: 900 };
const SHOTS = path.join(REPO_ROOT, 'test-results', 'partner-tasks');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PREFIX = 'partner-test';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  ensureExplorerBuilt({ force: process.env.EXPLORER_REBUILD === '1' });
  server = await startTestServer();
  browser = await launchBrowser();
  await fs.mkdir(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.db.write((tx) => tx.run('MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: PREFIX }));
  await server?.close();
});

/** Opens the explorer at `address`; `bypassCSP` only to inject axe-core (the page's CSP allows its own scripts only). */
async function open(address = '/explore/', options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORT, bypassCSP: options.bypassCSP ?? false });
  const errors = collectErrors(page);
  await page.goto(`${server.url}${address}`);
  await waitForExplorer(page);
  return { page, errors };
}

const layoutSettled = (page: Page) => page.waitForFunction(() => (globalThis as any).__loci.state.layoutRunning === false, undefined, { timeout: 60_000 });
const focusIs = (page: Page, id: string | null) => page.waitForFunction((want) => (globalThis as any).__loci.state.view.focus === want, id, { timeout: 20_000 });
const statusLine = (page: Page) => page.locator('#status-counts').textContent();
/** A count as the explorer writes it: "1,152". */
const count = (n: number) => n.toLocaleString('en');
const title = (page: Page) => page.locator('#details-title').textContent();

/** Types into the top search box and presses Enter, as a person who knows what they want. */
async function searchAndEnter(page: Page, text: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.press('#search-input', 'Enter');
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(700); // the camera's last move
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/**
 * The labels sigma draws now, as boxes on screen (as the renderer lays them out: right of the
 * node, vertically centred), and the pairs of them that overlap.
 */
function overlappingLabels(page: Page): Promise<{ shown: number; overlaps: string[] }> {
  return page.evaluate(() => {
    const { renderer } = (globalThis as any).__loci;
    const context = (globalThis as any).document.createElement('canvas').getContext('2d');
    context.font = '13px Arial';
    const boxes = [...(renderer.getNodeDisplayedLabels() as Set<string>)].map((node) => {
      const data = renderer.getNodeDisplayData(node);
      const at = renderer.framedGraphToViewport(data);
      const left = at.x + renderer.scaleSize(data.size) + 3;
      return { node, left, right: left + context.measureText(data.label ?? '').width, top: at.y - 6.5, bottom: at.y + 6.5 };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${a.node} / ${b.node}`);
      }
    return { shown: boxes.length, overlaps };
  });
}

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => (globalThis as any).axe.run((globalThis as any).document, { resultTypes: ['violations'] }));
  return result.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical').map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
}

describe('what a partner ran into', () => {
  it('1. search finds what was meant: "LOCI" + Enter selects the initiative, "Kaduna State open" + Enter its initiative', async () => {
    const { page, errors } = await open();
    await searchAndEnter(page, 'LOCI');
    await focusIs(page, 'loci');
    await expect(page.locator('#details-title', { hasText: 'Local Open Contracting Initiative (LOCI)' }).waitFor()).resolves.toBeUndefined();
    // The list shows one best match above the grouped results.
    await page.fill('#search-input', 'Kaduna State open');
    await page.locator('#search-results .best-match button[data-best="kaduna-open-contracting"]').waitFor();
    await page.press('#search-input', 'Enter');
    await focusIs(page, 'kaduna-open-contracting');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('2. labels never pile up: around Kaduna, in Mexico, and while zooming in', async () => {
    const { page } = await open('/explore/?focus=kaduna-open-contracting');
    await layoutSettled(page);
    await page.waitForTimeout(1_500);
    const focused = await overlappingLabels(page);
    expect(focused.overlaps).toEqual([]);
    // Its neighbours were spread apart: most of them keep their label (a label that would
    // still cover another is hidden, lowest priority first, and comes back on hover).
    const state = await explorerState(page);
    expect(state.highlightedNodes.length).toBeGreaterThan(8);
    expect(focused.shown).toBeGreaterThanOrEqual(Math.ceil(state.highlightedNodes.length * 0.75));

    const { page: mexico } = await open('/explore/?places=mexico');
    await layoutSettled(mexico);
    await mexico.waitForTimeout(1_500);
    expect((await overlappingLabels(mexico)).overlaps).toEqual([]);
    await mexico.click('#zoom-in');
    await mexico.waitForTimeout(1_200);
    const zoomed = await overlappingLabels(mexico);
    expect(zoomed.overlaps).toEqual([]);
    expect(zoomed.shown).toBeGreaterThan(3);
    // Long names are shortened on the drawing; the details give the full one.
    const labels = await mexico.evaluate(() => {
      const { renderer } = (globalThis as any).__loci;
      return [...renderer.getNodeDisplayedLabels()].map((n) => renderer.getNodeDisplayData(n).label as string);
    });
    expect(labels.every((l) => l.length <= 28)).toBe(true);
    await page.close();
    await mexico.close();
  });

  it('3a. the theme filter says whether it adds neighbours, and draws them muted', async () => {
    const { page } = await open('/explore/?themes=ocds');
    const wide = await explorerState(page);
    expect(await statusLine(page)).toMatch(new RegExp(`^${count(wide.shownNodes)} of ${count(wide.order)} nodes and .* shown; \\d+ neighbours of the chosen themes or places in grey\\.$`));
    await page.check('#scope-neighbours-off');
    await page.waitForFunction((n) => (globalThis as any).__loci.state.shownNodes < n, wide.shownNodes);
    const tagged = await page.evaluate(() => {
      const { graph, state } = (globalThis as any).__loci;
      const about = new Set(graph.inNeighbors('ocds').filter((n: string) => graph.someEdge(n, 'ocds', (_e: string, a: any) => a.relType === 'ABOUT')));
      return { shown: state.shownNodes, tagged: about.size, muted: state.visible.muted };
    });
    expect(tagged.shown).toBe(tagged.tagged + 1); // the tagged nodes and the theme itself
    expect(tagged.muted).toBe(0);
    expect(page.url()).toContain('neighbours=0');
    await page.close();
  });

  it('3b. the year filter reads node dates and says how many undated items it keeps', async () => {
    const { page } = await open('/explore/?from=2009&to=2012');
    const state = await explorerState(page);
    expect(state.view.filters).toMatchObject({ yearFrom: 2009, yearTo: 2012 });
    // LOCI started in 2019: it is not in 2009–2012.
    expect(await page.evaluate(() => (globalThis as any).__loci.renderer.getNodeDisplayData('loci').visibility)).toBe('hidden');
    expect(await statusLine(page)).toMatch(new RegExp(`^${count(state.shownNodes)} of ${count(state.order)} nodes and [\\d,]+ of [\\d,]+ relationships shown; the year filter keeps ${count(state.visible.undated.nodes)} undated nodes and ${count(state.visible.undated.edges)} undated relationships\\.$`));
    expect(state.visible.undated.nodes).toBeGreaterThan(0);
    await page.close();
  });

  it('3c. the status line always states what is visible', async () => {
    const { page } = await open();
    const all = await explorerState(page);
    expect(await statusLine(page)).toBe(`All ${count(all.order)} nodes and ${count(all.size)} relationships shown.`);
    await page.uncheck('#f-types-Place');
    await page.waitForFunction(() => (globalThis as any).__loci.state.hiddenNodes > 0);
    const filtered = await explorerState(page);
    expect(await statusLine(page)).toBe(`${count(filtered.shownNodes)} of ${count(all.order)} nodes and ${count(all.size - filtered.hiddenEdges)} of ${count(all.size)} relationships shown.`);
    // Still there after something else was announced.
    await searchAndEnter(page, 'Hivos');
    await focusIs(page, 'hivos');
    expect(await statusLine(page)).toContain(`${count(filtered.shownNodes)} of ${count(all.order)} nodes`);
    await page.close();
  });

  it('3d. selecting a node the filters hide offers to show it, and a shared link keeps that working', async () => {
    const { page } = await open('/explore/?types=Initiative');
    await searchAndEnter(page, 'Hivos');
    await focusIs(page, 'hivos');
    await page.locator('#hidden-notice').waitFor();
    // Nothing greyed out for a node nobody sees.
    expect((await explorerState(page)).highlightedNodes).toEqual([]);
    await page.click('#show-hidden');
    await page.waitForFunction(() => (globalThis as any).__loci.state.focusHidden === false);
    const state = await explorerState(page);
    expect(state.highlightedNodes).toContain('hivos');
    expect(await page.locator('#hidden-notice').count()).toBe(0);
    expect(page.url()).toContain('show=hivos');
    const { page: shared } = await open(page.url().slice(server.url.length));
    expect((await explorerState(shared)).highlightedNodes).toContain('hivos');
    await page.close();
    await shared.close();
  });

  it('4. the dashboard follows the filter, agrees with the filter panel, and names everything in full', async () => {
    const { page } = await open('/explore/?panel=dashboard');
    await page.locator('#chart-countries').waitFor();
    expect(await page.locator('#dashboard-scope').textContent()).toBe('The whole network, no filter applied.');
    // Mexico: the dashboard's count is the filter panel's.
    const dashboardMexico = await page.locator('#chart-countries tr', { hasText: 'Mexico' }).locator('td.value').textContent();
    await page.click('#tab-filters');
    const panelMexico = await page.locator('label', { has: page.locator('#f-places-mexico') }).locator('.count').textContent();
    expect(dashboardMexico).toBe(panelMexico);
    // Filtered: the dashboard says so and counts what is shown.
    await page.check('#f-places-latin-america');
    await page.click('#tab-dashboard');
    await page.locator('#dashboard-scope', { hasText: 'As filtered' }).waitFor();
    const shown = (await explorerState(page)).shownNodes;
    const bigNumber = await page.locator('.big-numbers strong').first().textContent();
    expect(Number(bigNumber)).toBe(shown);
    // Every chart has a title and a heading for what it counts; relationship kinds are words.
    for (const id of ['chart-types', 'chart-regions', 'chart-countries', 'chart-brokers', 'chart-relationships']) {
      expect(await page.locator(`#${id} caption`).textContent()).toBeTruthy();
      expect(await page.locator(`#${id} thead th.value`).textContent()).toBeTruthy();
    }
    expect(await page.locator('#chart-growth .axis-title').textContent()).toBe('Year');
    expect(await page.locator('#chart-relationships').textContent()).not.toMatch(/[A-Z]+_[A-Z]+/);
    // Broker names in full, none cut off.
    const names = await page.locator('#chart-brokers tbody th').allTextContents();
    const labels = await page.evaluate((ids) => ids.map((label) => (globalThis as any).__loci.graph.findNode((_n: string, a: any) => a.label === label)), names);
    expect(labels.every(Boolean)).toBe(true);
    await page.close();
  });

  it('4b. the dashboard opens alone, ready for a partner\'s site (?view=dashboard&embed=1)', async () => {
    const { page, errors } = await open('/explore/?view=dashboard&embed=1');
    await page.locator('#chart-brokers').waitFor();
    await expect(page.locator('#topbar').isVisible()).resolves.toBe(false);
    await expect(page.locator('#panel-dashboard').isVisible()).resolves.toBe(true);
    await expect(page.locator('#graph').isVisible()).resolves.toBe(true); // drawn off screen, for the counts
    const box = await page.locator('#panel-dashboard').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('5a. Back and Forward move between selections instead of leaving the explorer', async () => {
    const { page } = await open();
    await searchAndEnter(page, 'LOCI');
    await focusIs(page, 'loci');
    await page.locator('#details button[data-focus="hivos"]').first().click();
    await focusIs(page, 'hivos');
    await page.goBack();
    await focusIs(page, 'loci');
    expect(page.url()).toBe(`${server.url}/explore/?focus=loci`);
    await page.locator('#details-title', { hasText: 'LOCI' }).waitFor();
    await page.goBack();
    await focusIs(page, null);
    expect(page.url()).toBe(`${server.url}/explore/`);
    await page.goForward();
    await focusIs(page, 'loci');
    await page.close();
  });

  it('5b. zooming during the fly-to keeps the chosen node on screen', async () => {
    const { page } = await open();
    await layoutSettled(page);
    await searchAndEnter(page, 'Kaduna State open');
    await focusIs(page, 'kaduna-open-contracting');
    await page.click('#zoom-in');
    await page.click('#zoom-in');
    await page.waitForFunction(() => !(globalThis as any).__loci.renderer.getCamera().isAnimating(), undefined, { timeout: 10_000 });
    const where = await page.evaluate(() => {
      const { renderer } = (globalThis as any).__loci;
      const at = renderer.framedGraphToViewport(renderer.getNodeDisplayData('kaduna-open-contracting'));
      return { ...at, ...renderer.getDimensions(), ratio: renderer.getCamera().ratio };
    });
    expect(where.x).toBeGreaterThan(where.width * 0.35);
    expect(where.x).toBeLessThan(where.width * 0.65);
    expect(where.y).toBeGreaterThan(where.height * 0.35);
    expect(where.y).toBeLessThan(where.height * 0.65);
    expect(where.ratio).toBeLessThan(0.6 / 1.5 / 1.4); // both zooms applied on top of the flight's
    await page.close();
  });

  it('6. text reads as text: Markdown rendered and sanitised, sources by title, no developer controls', async () => {
    const admin = await server.token('admin');
    const id = `${PREFIX}-markdown`;
    const description = 'A *tested* organisation. [Site](https://example.org/) [trap](javascript:alert(1)) <img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>';
    const created = await server.gql('mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', { input: { id, name: 'Markdown Test Organisation', description, kind: 'NGO', sector: 'CIVIL_SOCIETY', sources: ['https://example.org/about'] } }, { token: admin });
    expect(created.errors).toBeUndefined();

    const { page } = await open('/explore/?focus=hivos');
    await page.locator('#details .markdown').waitFor();
    expect(await page.locator('#details .markdown em', { hasText: 'stichting' }).count()).toBe(1);
    expect(await page.locator('#details .markdown').textContent()).not.toContain('*');
    const sources = await page.locator('#details .sources').textContent();
    expect(sources).toContain('LOCI announcement');
    expect(sources).not.toContain('seed-documents/');
    // Developer-only: the synthetic records control is not a partner's.
    await expect(page.locator('#network-synthetic').count()).resolves.toBe(0);
    // One scrolling region: no list scrolls inside the sidebar.
    const inner = await page.evaluate(() => {
      const g = globalThis as any;
      return [...g.document.querySelectorAll('#panel-filters *')].filter((e: unknown) => ['auto', 'scroll'].includes(g.getComputedStyle(e).overflowY)).length;
    });
    expect(inner).toBe(0);

    await page.goto(`${server.url}/explore/?focus=${id}`);
    await page.locator('#details .markdown em', { hasText: 'tested' }).waitFor();
    const links = await page.locator('#details .markdown a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['https://example.org/']);
    expect(await page.locator('#details .markdown img, #details .markdown script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as any).__pwned)).toBeUndefined();
    expect(await page.locator('#details .sources a').getAttribute('href')).toBe('https://example.org/about');
    expect(await page.locator('#details .sources a').textContent()).toBe('example.org');

    const { page: dev } = await open('/explore/?dev=1');
    await expect(dev.locator('#network-synthetic').count()).resolves.toBe(1);
    await page.close();
    await dev.close();
  });

  it('7. axe-core finds no serious or critical violation on any panel', async () => {
    const { page } = await open('/explore/', { bypassCSP: true });
    const found: Record<string, string[]> = {};
    const audit = async (name: string) => (found[name] = await seriousAxeViolations(page));
    await audit('main view');
    await page.fill('#search-input', 'LOCI');
    await page.locator('#search-results .best-match').waitFor();
    await audit('search results');
    await page.keyboard.press('Escape');
    await page.click('#export-button');
    await audit('export menu');
    await page.keyboard.press('Escape');
    await page.click('#share-button');
    await audit('share dialog');
    await page.keyboard.press('Escape');
    for (const [name, address, ready] of [
      ['details', '/explore/?focus=loci', '#details-title'],
      ['path finder', '/explore/?panel=path&path=daniel-dietrich,ilda', '#path-steps'],
      ['dashboard', '/explore/?panel=dashboard', '#chart-brokers'],
      ['dashboard alone', '/explore/?view=dashboard', '#chart-brokers'],
      ['a hidden focus', '/explore/?themes=ocds&neighbours=0&focus=hivos&from=2015', '#hidden-notice'],
      ['communities', '/explore/?color=community', '#legend'],
    ]) {
      await page.goto(`${server.url}${address}`);
      await waitForExplorer(page);
      await page.locator(ready).first().waitFor();
      await audit(name);
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    await page.close();
  }, 180_000);
});

describe("a partner's seven tasks", () => {
  it('1. finds LOCI\'s partners and where they are', async () => {
    const { page, errors } = await open();
    await searchAndEnter(page, 'LOCI');
    await page.locator('#details-title', { hasText: 'Local Open Contracting Initiative (LOCI)' }).waitFor();
    const partners = page.locator('#details h4', { hasText: /^Partners/ }).locator('xpath=following-sibling::ul[1]');
    const names = await partners.locator('button').allTextContents();
    for (const name of ['Africa Freedom of Information Centre', 'Development Gateway', 'Open Contracting Partnership']) expect(names.join('|')).toContain(name);
    await partners.locator('button[data-focus="ilda"]').click();
    await page.locator('#details-title', { hasText: 'Iniciativa Latinoamericana' }).waitFor();
    expect(await page.locator('#details h4', { hasText: /^Located in/ }).count()).toBe(1);
    expect(page.url()).toContain('focus=ilda');
    await screenshot(page, '1-loci-partners');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("2. opens Kaduna's initiative", async () => {
    const { page } = await open();
    await searchAndEnter(page, 'Kaduna State open');
    await page.locator('#details-title', { hasText: 'Kaduna State open contracting' }).waitFor();
    const state = await explorerState(page);
    expect(await statusLine(page)).toBe(`All ${count(state.order)} nodes and ${count(state.size)} relationships shown.`);
    expect(state.highlightedNodes).toContain('kaduna-open-contracting');
    await layoutSettled(page);
    await screenshot(page, '2-kaduna');
    await page.close();
  });

  it('3. reads its peers and comes back with Back', async () => {
    const { page } = await open('/explore/?focus=kaduna-open-contracting');
    await page.locator('#peers-title').waitFor();
    const peer = page.locator('.peer button[data-focus]').first();
    const peerId = await peer.getAttribute('data-focus');
    const peerName = (await peer.textContent())!.trim();
    await peer.click();
    await page.locator('#details-title', { hasText: peerName }).waitFor();
    expect(page.url()).toContain(`focus=${peerId}`);
    await page.goBack();
    await page.locator('#details-title', { hasText: 'Kaduna State open contracting' }).waitFor();
    expect(page.url()).toBe(`${server.url}/explore/?focus=kaduna-open-contracting`);
    await screenshot(page, '3-peers');
    await page.close();
  });

  it('4. finds a path from Daniel Dietrich to ILDA', async () => {
    const { page } = await open();
    await page.click('#tab-path');
    await page.fill('#path-from-input', 'Daniel Dietrich');
    await page.press('#path-from-input', 'Enter');
    await page.fill('#path-to-input', 'ILDA');
    await page.press('#path-to-input', 'Enter');
    await page.locator('#path-steps').waitFor();
    const state = await explorerState(page);
    expect(state.path.nodes[0]).toBe('daniel-dietrich');
    expect(state.path.nodes.at(-1)).toBe('ilda');
    expect(page.url()).toContain('path=daniel-dietrich,ilda');
    await screenshot(page, '4-path');
    // Back undoes the last choice (the path's end), not the whole visit.
    await page.goBack();
    await page.waitForFunction(() => (globalThis as any).__loci.state.view.pathTo === null);
    expect(page.url()).toContain('path=daniel-dietrich,');
    expect(page.url()).not.toContain('ilda');
    await page.close();
  });

  it('5. filters by a theme and years, and reads what is shown', async () => {
    const { page } = await open();
    await page.check('#f-themes-e-procurement');
    await page.check('#scope-neighbours-off');
    await page.locator('#year-from').fill('2015');
    await page.locator('#year-to').fill('2020');
    await page.waitForFunction(() => (globalThis as any).__loci.state.view.filters.yearTo === 2020);
    const state = await explorerState(page);
    expect(state.shownNodes).toBeLessThan(state.order);
    expect(state.shownNodes).toBeGreaterThan(0);
    const line = await statusLine(page);
    expect(line).toMatch(new RegExp(`^${count(state.shownNodes)} of ${count(state.order)} nodes and ${count(state.size - state.hiddenEdges)} of ${count(state.size)} relationships shown; the year filter keeps \\d+ undated nodes? and \\d+ undated relationships?\\.$`));
    expect(await page.locator('#filter-summary').textContent()).toBe(line);
    expect(page.url()).toMatch(/themes=e-procurement.*neighbours=0|neighbours=0.*themes=e-procurement/);
    await layoutSettled(page);
    await screenshot(page, '5-theme-and-years');
    await page.close();
  });

  it('6. shares a view: the link and the embed open it as it was', async () => {
    const { page } = await open('/explore/?places=africa');
    await searchAndEnter(page, 'Kaduna State open');
    await page.locator('#details-title', { hasText: 'Kaduna State open contracting' }).waitFor();
    await page.click('#share-button');
    const link = await page.locator('#share-url').inputValue();
    const embed = await page.locator('#share-embed').inputValue();
    const before = await statusLine(page);
    await page.keyboard.press('Escape');

    const { page: shared } = await open(link.slice(server.url.length));
    await shared.locator('#details-title', { hasText: 'Kaduna State open contracting' }).waitFor();
    expect(await statusLine(shared)).toBe(before);
    const src = /src="([^"]+)"/.exec(embed)![1];
    expect(src).toContain('embed=1');
    const { page: embedded } = await open(src.slice(server.url.length));
    expect((await explorerState(embedded)).view.focus).toBe('kaduna-open-contracting');
    expect(await statusLine(embedded)).toBe(before);
    await layoutSettled(shared);
    await screenshot(shared, '6-shared-view');
    await Promise.all([page.close(), shared.close(), embedded.close()]);
  });

  it('7. reads the dashboard', async () => {
    const { page } = await open();
    await page.click('#tab-dashboard');
    await page.locator('#chart-brokers').waitFor();
    expect(await page.locator('#dashboard-scope').textContent()).toBe('The whole network, no filter applied.');
    const state = await explorerState(page);
    expect(await page.locator('.big-numbers strong').first().textContent()).toBe(String(state.order));
    expect(await page.locator('#chart-types caption').textContent()).toBe('What the network holds');
    expect(page.url()).toContain('panel=dashboard');
    await screenshot(page, '7-dashboard');
    await page.close();
  });
});

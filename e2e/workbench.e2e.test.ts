import { findExpandable, launchChromium } from './browser';
/**
 * Browser test of the analyst's workbench: paths, time window, URL state (reload, back button),
 * undo, exports (PNG, GEXF), metrics and extracted-claim evidence. Real server with the sample
 * dataset (plus one extracted claim), built client, headless Chromium.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { ElementDefinition } from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../server/src/loader';
import { startServer, type TestServer } from '../server/src/testing/serve';

const ARTIFACTS = new URL('../test-artifacts/', import.meta.url);
const LONG = 60_000;

let server: TestServer | undefined;
let browser: Browser | undefined;
let page: Page;
const errors: string[] = [];

/** One machine-extracted claim, so the evidence view can be checked. */
const EXTRACTED = `
sources:
  - id: e2e-extracted-source
    title: Wire report on shell deliveries
    file: corpus/e2e-wire.txt
claims:
  - id: e2e-extracted-1
    subject: north-korea
    predicate: SUPPLIES
    object: russia
    status: REPORTED
    date: "2024-10"
    source: e2e-extracted-source
    origin: EXTRACTED
    evidence: Officials said the DPRK shipped millions of shells to Moscow this autumn.
    evidenceStart: 120
    evidenceEnd: 193
    confidence: 0.6
`;

const counts = () =>
  page.evaluate(() => {
    const g = document.querySelector('[data-testid="graph"]');
    return {
      nodes: Number(g?.getAttribute('data-node-count')),
      edges: Number(g?.getAttribute('data-edge-count')),
    };
  });

const nodeIds = () =>
  page.evaluate(() =>
    window
      .__relata!.cy.nodes()
      .map((n) => n.id())
      .sort(),
  );

/** Waits until no graph update (query, merge, layout) is in flight. */
const settled = async () => {
  await page.waitForFunction(
    () =>
      document.querySelector('#busy')?.hasAttribute('hidden') === true &&
      Number(document.querySelector('[data-testid="graph"]')?.getAttribute('data-node-count')) > 0,
    null,
    { timeout: LONG },
  );
  await page.evaluate(() => window.__relata!.app.idle());
  await page.waitForTimeout(250);
};

const open = async (hash = '') => {
  await page.goto(`${server!.url}/${hash}`);
  await settled();
};

const hash = () => page.evaluate(() => window.location.hash);

/** Chooses an actor in one of the path search boxes. */
const pickActor = async (testId: string, text: string, id: string) => {
  const input = page.getByTestId(testId);
  await input.fill('');
  await input.pressSequentially(text, { delay: 20 });
  await page.locator(`#${testId}-suggestions [data-actor-id="${id}"]`).click();
};

const expandable = () => findExpandable(page);

/** Double-clicks an actor on the canvas. */
const dblclickNode = async (id: string) => {
  await page.evaluate((id) => {
    const cy = window.__relata!.cy;
    cy.stop();
    cy.zoom(1.4);
    cy.center(cy.getElementById(id));
  }, id);
  await page.waitForTimeout(200);
  const at = await page.evaluate((id) => {
    const cy = window.__relata!.cy;
    const p = cy.getElementById(id).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.dblclick(at.x, at.y);
};

beforeAll(async () => {
  server = await startServer();
  const dataset = await validateFiles(server.store, [
    { file: 'e2e-extracted.yaml', text: EXTRACTED },
  ]);
  await server.store.load(dataset);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page.setDefaultTimeout(LONG);
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // The CSP would report blocked scripts, workers or styles here.
    if (m.type() === 'error' && /Content Security Policy|Refused/i.test(m.text()))
      errors.push(m.text());
  });
  await mkdir(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
});

describe('workbench', () => {
  it('finds the paths between Iran and Ukraine, lists them and highlights the chosen one', async () => {
    await open();
    await page.click('#btn-paths');
    await pickActor('path-from', 'Iran', 'iran');
    await pickActor('path-to', 'Ukraine', 'ukraine');
    await page.getByTestId('path-find').click();
    const list = page.getByTestId('path-list');
    await list.waitFor();
    await settled();
    const items = page.getByTestId('path-item');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    // Shortest first, each step with its predicate and claim count.
    const first = await items.first().innerText();
    expect(first).toMatch(/\d+ hops?/);
    expect(first).toMatch(/Iran[\s\S]*Ukraine/);
    const lengths = (await items.allInnerTexts()).map((t) => Number(/(\d+) hops?/.exec(t)?.[1]));
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    const hl = () =>
      page.evaluate(() => {
        const cy = window.__relata!.cy;
        return {
          on: cy
            .$('node.path-on')
            .map((n) => n.id())
            .sort(),
          edges: cy.$('edge.path-on').length,
          dim: cy.$('.path-dim').length,
        };
      });
    const one = await hl();
    expect(one.on).toContain('iran');
    expect(one.on).toContain('ukraine');
    expect(one.edges).toBeGreaterThanOrEqual(2);
    expect(one.dim).toBeGreaterThan(0);
    expect(await hash()).toContain('path=iran~ukraine~0');
    await page.screenshot({ path: new URL('paths.png', ARTIFACTS).pathname });
    // Choosing another path moves the highlight.
    await items.nth(1).click();
    await page.waitForFunction(() => window.location.hash.includes('path=iran~ukraine~1'));
    await settled();
    expect((await hl()).on).not.toEqual([]);
    await expect(items.nth(1).getAttribute('aria-pressed')).resolves.toBe('true');
    // Back restores the first path.
    await page.goBack();
    await page.waitForFunction(() => window.location.hash.includes('path=iran~ukraine~0'));
    await settled();
    expect((await hl()).on).toEqual(one.on);
  });

  it('applies a time window: fewer edges, undated claims noted, and Play slides it', async () => {
    await open();
    const before = await counts();
    await page.click('#btn-time');
    const bar = page.getByTestId('timebar');
    await bar.waitFor();
    // The domain comes from the data shown (2002 … 2024 in the sample).
    const scale = await bar.innerText();
    expect(scale).toContain('2002');
    expect(scale).toContain('2024');
    await page.getByTestId('time-start').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => window.location.hash.includes('w='));
    await settled();
    const after = await counts();
    expect(after.edges).toBeLessThan(before.edges);
    expect(after.edges).toBeGreaterThan(0);
    expect(await hash()).toMatch(/w=2024-12~2024-12/);
    await expect(page.locator('#time-note').innerText()).resolves.toMatch(/undated/i);
    await expect(page.locator('#time-label').innerText()).resolves.toBe('Dec 2024');
    // Every drawn edge has a dated claim in the window.
    const dates = await page.evaluate(() =>
      window.__relata!.cy.edges().map((e) => String(e.data('lastDate'))),
    );
    for (const d of dates) expect(d.startsWith('2024')).toBe(true);
    // Play moves the window; Stop keeps it and records one step.
    await page.getByTestId('time-play').click();
    await page.waitForFunction(
      () => document.querySelector('#timebar')?.getAttribute('data-window') !== '2024-12~2024-12',
    );
    await page.getByTestId('time-play').click();
    await page.waitForFunction(
      () => !document.querySelector('#timebar')?.hasAttribute('data-playing'),
    );
    await settled();
    expect(await hash()).not.toMatch(/w=2024-12~2024-12/);
    await page.screenshot({ path: new URL('time-window.png', ARTIFACTS).pathname });
  });

  it('reproduces the same view from its URL after a reload', async () => {
    await open();
    const target = await expandable();
    expect(target).not.toBeNull();
    await dblclickNode(target!);
    await page.waitForFunction((id) => window.location.hash.includes(id), target!);
    await settled();
    await page.click('#btn-filters');
    await page.uncheck('#filter-predicate-official_of');
    await settled();
    await page.keyboard.press('Escape');
    await page.click('#btn-time');
    await page.getByTestId('time-start').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => window.location.hash.includes('w='));
    await settled();
    await page.selectOption('#layout-select', 'grid');
    await settled();
    const view = {
      hash: await hash(),
      nodes: await nodeIds(),
      edges: (await counts()).edges,
    };
    expect(view.hash).toContain(`x=${target}`);
    expect(view.hash).toContain('p=');
    expect(view.hash).toContain('l=grid');
    await page.reload();
    await settled();
    expect(await hash()).toBe(view.hash);
    expect(await nodeIds()).toEqual(view.nodes);
    expect((await counts()).edges).toBe(view.edges);
    await expect(page.locator('#layout-select').inputValue()).resolves.toBe('grid');
    await expect(page.locator('#time-label').innerText()).resolves.toBe('Dec 2024');
    await page.click('#btn-filters');
    await expect(page.locator('#filter-predicate-official_of').isChecked()).resolves.toBe(false);
    await expect(page.locator('#filter-predicate-supplies').isChecked()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    // The same link in a fresh page gives the same view too.
    const other = await browser!.newPage({ viewport: { width: 1200, height: 800 } });
    try {
      await other.goto(`${server!.url}/${view.hash}`);
      await other.waitForFunction(
        (n) =>
          Number(
            document.querySelector('[data-testid="graph"]')?.getAttribute('data-node-count'),
          ) === n,
        view.nodes.length,
        { timeout: LONG },
      );
      const ids = await other.evaluate(() =>
        window
          .__relata!.cy.nodes()
          .map((n) => n.id())
          .sort(),
      );
      expect(ids).toEqual(view.nodes);
    } finally {
      await other.close();
    }
  });

  it('the back button undoes a step; Ctrl+Z undoes an expand and Ctrl+Shift+Z redoes it', async () => {
    await open();
    const start = { hash: await hash(), nodes: await nodeIds() };
    const target = await expandable();
    expect(target).not.toBeNull();
    await dblclickNode(target!);
    await page.waitForFunction((id) => window.location.hash.includes(`x=${id}`), target);
    await settled();
    const expanded = await nodeIds();
    expect(expanded.length).toBeGreaterThan(start.nodes.length);
    // Back: the expansion is gone (a selection step may sit in between).
    while ((await hash()).includes(`x=${target}`)) {
      await page.goBack();
      await page.waitForTimeout(150);
    }
    await settled();
    expect(await nodeIds()).toEqual(start.nodes);
    await page.goForward();
    await page.waitForFunction((id) => window.location.hash.includes(`x=${id}`), target);
    await settled();
    expect(await nodeIds()).toEqual(expanded);
    // Keyboard undo/redo from the graph.
    await page.locator('#graph').focus();
    await page.keyboard.press('Control+z');
    await page.waitForFunction((id) => !window.location.hash.includes(`x=${id}`), target);
    await settled();
    expect(await nodeIds()).toEqual(start.nodes);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction((id) => window.location.hash.includes(`x=${id}`), target);
    await settled();
    expect(await nodeIds()).toEqual(expanded);
    // Hide is undoable too, from the toolbar button.
    await page.locator('#graph').focus();
    await page.keyboard.press('ArrowRight');
    const selected = await page.evaluate(() => window.__relata!.cy.$('node:selected').first().id());
    await page.keyboard.press('h');
    await page.waitForFunction(
      (id) => !window.__relata!.cy.getElementById(id).nonempty(),
      selected,
    );
    expect(await hash()).toContain(`hd=${selected}`);
    await page.getByTestId('undo').click();
    await page.waitForFunction((id) => window.__relata!.cy.getElementById(id).nonempty(), selected);
  });

  it('downloads a PNG of the canvas and a GEXF of the view', async () => {
    await open('#c=0');
    const shown = await nodeIds();
    await page.getByTestId('export-button').click();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^relata-.*\.png$/);
    const pngPath = new URL('export.png', ARTIFACTS).pathname;
    await png.saveAs(pngPath);
    const bytes = await readFile(pngPath);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(20_000);

    await page.getByTestId('export-button').click();
    const [gexf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-gexf').click(),
    ]);
    expect(gexf.suggestedFilename()).toMatch(/\.gexf$/);
    const gexfPath = new URL('export.gexf', ARTIFACTS).pathname;
    await gexf.saveAs(gexfPath);
    const g = parseGexf(Graph, await readFile(gexfPath, 'utf8'));
    expect(g.nodes().sort()).toEqual(shown);
    expect(g.size).toBe((await counts()).edges);

    // SVG (cytoscape-svg, loaded on demand) works under the CSP too.
    await page.getByTestId('export-button').click();
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-svg').click(),
    ]);
    const svgPath = new URL('export.svg', ARTIFACTS).pathname;
    await svg.saveAs(svgPath);
    expect(await readFile(svgPath, 'utf8')).toMatch(/<svg[\s\S]*<\/svg>/);
  });

  it('sizes actors by a metric and colours them by community, with a legend', async () => {
    await open();
    await page.click('#btn-metrics');
    await page.check('#metric-pagerank');
    await page.check('#metric-communities');
    await page.waitForFunction(
      () => window.location.hash.includes('m=pr') && window.location.hash.includes('k=1'),
    );
    await settled();
    const styled = await page.evaluate(() => {
      const cy = window.__relata!.cy;
      const sizes = cy.nodes('.metric-sized').map((n) => Number(n.data('msize')));
      const colors = new Set(cy.nodes('.community').map((n) => String(n.data('ccolor'))));
      return {
        sized: sizes.length,
        min: Math.min(...sizes),
        max: Math.max(...sizes),
        colors: colors.size,
        all: cy.nodes().length,
      };
    });
    expect(styled.sized).toBe(styled.all);
    expect(styled.max).toBeGreaterThan(styled.min);
    expect(styled.colors).toBeGreaterThan(1);
    const legend = page.getByTestId('community-legend');
    await legend.waitFor();
    expect(await legend.locator('li').count()).toBe(Math.min(13, styled.colors));
    await expect(page.locator('#metrics-legend').innerText()).resolves.toMatch(/pagerank/i);
    await page.keyboard.press('Escape');
    // Concentric by the metric.
    await page.selectOption('#layout-select', 'concentric');
    await settled();
    expect(await hash()).toContain('l=concentric');
    await page.screenshot({ path: new URL('metrics.png', ARTIFACTS).pathname });
  });

  it('shows extracted claims with highlighted evidence, and filters by origin', async () => {
    await open('#sel=e~north-korea|SUPPLIES|russia');
    const panel = page.getByTestId('side-panel');
    await panel.getByTestId('badge-extracted').first().waitFor();
    const claim = panel.getByTestId('claim').filter({ has: page.getByTestId('badge-extracted') });
    await expect(claim.count()).resolves.toBe(1);
    const evidence = claim.getByTestId('evidence');
    await expect(evidence.locator('mark').allInnerTexts()).resolves.toEqual(['DPRK', 'Moscow']);
    const file = await claim.getByTestId('claim-file').innerText();
    expect(file).toContain('corpus/e2e-wire.txt');
    expect(file).toContain('chars 120–193');
    await panel.getByTestId('edge-timeline').waitFor();
    // Extracted only: the graph keeps just that relationship.
    await page.click('#btn-filters');
    await page.click('#filter-origin-extracted');
    await page.waitForFunction(() => window.location.hash.includes('o=E'));
    await settled();
    const edges = await page.evaluate(() => window.__relata!.cy.edges().map((e) => e.id()));
    expect(edges).toEqual(['north-korea|SUPPLIES|russia']);
    await page.click('#filter-origin-curated');
    await page.waitForFunction(() => window.location.hash.includes('o=C'));
    await settled();
    const curated = await page.evaluate(() => window.__relata!.cy.edges().length);
    expect(curated).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
  });

  it('lays out large views in a Web Worker (ForceAtlas2) under the CSP', async () => {
    await open();
    const result = await page.evaluate(async () => {
      const { cy, app } = window.__relata!;
      const els: ElementDefinition[] = [];
      for (let i = 0; i < 900; i++)
        els.push({
          group: 'nodes',
          data: { id: `syn-${i}`, label: `S${i}`, kind: 'GROUP' },
          classes: 'kind-group',
          position: { x: 0, y: 0 },
        });
      for (let i = 1; i < 900; i++)
        for (const j of [Math.floor(i / 2), (i * 7) % i]) {
          if (j === i) continue;
          els.push({
            group: 'edges',
            data: {
              id: `syn-e${i}-${j}`,
              source: `syn-${i}`,
              target: `syn-${j}`,
              width: 2,
              predicate: 'MEETS',
            },
          });
        }
      cy.add(els);
      await app.view.runLayout(false);
      const xs = cy.nodes('[id ^= "syn-"]').map((n) => Math.round(n.position('x')));
      return {
        elements: cy.elements().length,
        layout: app.view.lastLayout,
        distinct: new Set(xs).size,
      };
    });
    expect(result.elements).toBeGreaterThan(2000);
    expect(result.layout).toMatchObject({ name: 'forceatlas2', worker: true });
    expect(result.distinct).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });

  it('opens a big store on an overview of the top actors', async () => {
    await open();
    await page.evaluate(() => window.localStorage.setItem('relata:bigStoreClaims', '100'));
    try {
      await page.reload();
      await settled();
      await expect(
        page.getByTestId('notice-info').filter({ hasText: 'Large dataset' }).innerText(),
      ).resolves.toMatch(/top \d+ actors by PageRank/);
      const c = await counts();
      expect(c.nodes).toBeGreaterThan(0);
      expect(c.nodes).toBeLessThanOrEqual(120);
      await page.click('#btn-metrics');
      await expect(page.locator('#metric-scope-graph').isDisabled()).resolves.toBe(true);
      await page.keyboard.press('Escape');
    } finally {
      await page.evaluate(() => window.localStorage.removeItem('relata:bigStoreClaims'));
    }
  });

  it('is usable from the keyboard: help overlay, contested view, labelled controls', async () => {
    await open();
    await page.locator('#graph').focus();
    await page.keyboard.press('?');
    const help = page.getByTestId('help');
    await help.waitFor({ state: 'visible' });
    await expect(help.innerText()).resolves.toMatch(/Undo[\s\S]*Redo/);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    const before = await counts();
    await page.keyboard.press('c');
    await page.waitForFunction(() => window.location.hash.includes('c=1'));
    await settled();
    const contested = await page.evaluate(() =>
      window.__relata!.cy.edges().map((e) => Boolean(e.data('contested'))),
    );
    expect(contested.length).toBeLessThan(before.edges);
    expect(contested.every(Boolean)).toBe(true);
    // A contested edge shows both sides.
    const id = await page.evaluate(() => window.__relata!.cy.edges().first().id());
    await page.evaluate((id) => {
      window.__relata!.cy.getElementById(id).select();
    }, id);
    await page.getByTestId('dispute-affirm').waitFor();
    await page.getByTestId('dispute-deny').waitFor();
    await page.screenshot({ path: new URL('contested.png', ARTIFACTS).pathname });
    // Every control has an accessible name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select')]
        .filter((el) => !(el as HTMLElement).closest('[hidden]'))
        .filter((el) => {
          const e = el as HTMLElement;
          const label = e.getAttribute('aria-label') ?? '';
          const text = e.textContent?.trim() ?? '';
          const byFor = e.id !== '' && document.querySelector(`label[for="${e.id}"]`) !== null;
          return label === '' && text === '' && !byFor && e.closest('label') === null;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    expect(errors).toEqual([]);
  });
});

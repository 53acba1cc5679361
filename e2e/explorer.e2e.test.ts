import { findExpandable, launchChromium } from './browser';
/**
 * Browser test of the explorer: real server (sample dataset), built client, headless Chromium.
 * Assumes client/dist is built (the e2e project's global setup does it).
 */
import { mkdir } from 'node:fs/promises';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../server/src/testing/serve';

// window.__relata is declared by client/src/main.ts: { cy, app }.

const ARTIFACTS = new URL('../test-artifacts/', import.meta.url);
const LONG = 90_000;

let server: TestServer | undefined;
let browser: Browser | undefined;
let page: Page;

const counts = () =>
  page.evaluate(() => {
    const g = document.querySelector('[data-testid="graph"]');
    return {
      nodes: Number(g?.getAttribute('data-node-count')),
      edges: Number(g?.getAttribute('data-edge-count')),
    };
  });

/** Waits until no graph update (query, merge, layout) is in flight. */
const settled = async () => {
  await page.waitForFunction(
    () => document.querySelector('#busy')?.hasAttribute('hidden') === true,
    null,
    {
      timeout: LONG,
    },
  );
  await page.waitForTimeout(300);
};

/** Centres an element, then returns its page coordinates (node centre or edge midpoint). */
const pointOf = async (id: string, zoom = 1.6): Promise<{ x: number; y: number }> => {
  await page.evaluate(
    ({ id, zoom }) => {
      const cy = window.__relata!.cy;
      cy.stop();
      cy.zoom(zoom);
      cy.center(cy.getElementById(id));
    },
    { id, zoom },
  );
  await page.waitForTimeout(250);
  return page.evaluate((id) => {
    const cy = window.__relata!.cy;
    const ele = cy.getElementById(id);
    const p = ele.isNode()
      ? (ele as NodeSingular).renderedPosition()
      : (ele as EdgeSingular).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
};

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(LONG);
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await server?.close();
  }
});

describe('explorer', () => {
  it('opens on the axis network', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server!.url);
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="graph"]')?.getAttribute('data-node-count')) >=
        20,
      null,
      { timeout: LONG },
    );
    await settled();
    const c = await counts();
    expect(c.nodes).toBeGreaterThanOrEqual(20);
    expect(c.edges).toBeGreaterThan(0);
    const axis = await page.evaluate(() =>
      window
        .__relata!.cy.nodes('.axis')
        .map((n) => n.id())
        .sort(),
    );
    expect(axis).toEqual(['china', 'iran', 'north-korea', 'russia']);
    // The counts attribute matches the graph.
    expect(await page.evaluate(() => window.__relata!.cy.nodes().length)).toBe(c.nodes);
    await expect(page.locator('#stats').innerText()).resolves.toMatch(/actors/i);
    expect(errors).toEqual([]);
  });

  it('suggests actors as you type, showing the matching alias', async () => {
    const search = page.getByTestId('search');
    await search.click();
    await search.pressSequentially('pyong', { delay: 40 });
    const first = page.getByTestId('suggestion').first();
    await first.waitFor();
    const text = await first.innerText();
    expect(text).toContain('North Korea');
    expect(text).toContain('Pyongyang');
    await search.press('Escape');
    await search.fill('');
  });

  it('selects North Korea when "DPRK" is typed and Enter pressed', async () => {
    const search = page.getByTestId('search');
    await search.click();
    // Enter straight after typing, before the debounced suggestions arrive.
    await search.pressSequentially('DPRK', { delay: 20 });
    await search.press('Enter');
    await page.waitForFunction(
      () =>
        window
          .__relata!.cy.$(':selected')
          .map((e) => e.id())
          .join() === 'north-korea',
    );
    const panel = page.getByTestId('side-panel');
    await panel.locator('h2', { hasText: 'North Korea' }).waitFor();
    await expect(panel.innerText()).resolves.toContain('DPRK');
    await expect(search.inputValue()).resolves.toBe('North Korea');
  });

  it('shows every claim and its source when an edge is clicked', async () => {
    // The best-attested edge: thick, so easy to hit.
    const edge = await page.evaluate(() => {
      const edges = window
        .__relata!.cy.edges()
        .sort((a, b) => b.data('claimCount') - a.data('claimCount'));
      const e = edges.first();
      return { id: e.id(), claims: Number(e.data('claimCount')) };
    });
    await settled();
    const at = await pointOf(edge.id, 2);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => window.__relata!.cy.$('edge:selected').length === 1);
    const selected = await page.evaluate(() => {
      const e = window.__relata!.cy.$('edge:selected').first();
      return { id: e.id(), claims: Number(e.data('claimCount')) };
    });
    const panel = page.getByTestId('side-panel');
    await panel.getByTestId('claim').first().waitFor();
    const claims = await panel.getByTestId('claim').count();
    expect(claims).toBeGreaterThanOrEqual(selected.claims);
    const titles = await panel.getByTestId('claim-source').allInnerTexts();
    expect(titles).toHaveLength(claims);
    for (const t of titles) expect(t.trim().length).toBeGreaterThan(0);
    await expect(panel.locator('.badge-status').first().innerText()).resolves.toMatch(
      /asserted|reported|alleged|denied|hypothetical|negated/i,
    );
    await page.evaluate(() => {
      window.__relata!.cy.fit(undefined, 40);
    });
    await page.waitForTimeout(400);
    await page.screenshot({ path: new URL('explorer.png', ARTIFACTS).pathname });
  });

  it('expands a node on double-click', async () => {
    await settled();
    const before = await counts();
    // A drawn actor with neighbours that are not drawn yet.
    const target = await findExpandable(page);
    expect(target).not.toBeNull();
    const at = await pointOf(target!);
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="graph"]')?.getAttribute('data-node-count')) >
        n,
      before.nodes,
    );
    await settled();
    const after = await counts();
    expect(after.nodes).toBeGreaterThan(before.nodes);
    expect(await page.evaluate(() => window.__relata!.cy.nodes().length)).toBe(after.nodes);
  });

  it('warns when an expansion is truncated', async () => {
    await page.evaluate(() => {
      window.__relata!.app.expandLimit = 2;
    });
    const hub = await page.evaluate(() =>
      window
        .__relata!.cy.nodes()
        .not('.axis')
        .max((n) => (n as NodeSingular).degree(false))
        .ele.id(),
    );
    const at = await pointOf(hub);
    await page.mouse.dblclick(at.x, at.y);
    await page
      .getByTestId('notice-warning')
      .filter({ hasText: /neighbours/ })
      .first()
      .waitFor();
    await page.evaluate(() => {
      window.__relata!.app.expandLimit = 60;
    });
    await settled();
  });

  it('filters by predicate and status, re-querying the server', async () => {
    const before = await counts();
    await page.click('#btn-filters');
    await page.uncheck('#filter-predicate-official_of');
    await settled();
    const noOfficial = await page.evaluate(
      () => window.__relata!.cy.edges('[predicate = "OFFICIAL_OF"]').length,
    );
    expect(noOfficial).toBe(0);
    expect((await counts()).edges).toBeLessThan(before.edges);
    await page.check('#filter-status-hypothetical');
    await settled();
    await page.click('#filter-reset');
    await settled();
    const restored = await page.evaluate(
      () => window.__relata!.cy.edges('[predicate = "OFFICIAL_OF"]').length,
    );
    expect(restored).toBeGreaterThan(0);
  });

  it('resets the view to the axis', async () => {
    await page.keyboard.press('Escape');
    await page.click('#btn-reset');
    await settled();
    const sel = await page.evaluate(() => window.__relata!.cy.$(':selected').length);
    expect(sel).toBe(0);
    expect((await counts()).nodes).toBeGreaterThanOrEqual(20);
  });
});

/**
 * Dev helper: screenshots of the explorer in headless Chromium.
 *   npx tsx client/scripts/screenshot.ts http://127.0.0.1:4100 out.png [scenario]
 * Scenarios: axis (default), actor, edge, expand, narrow.
 */
import type { NodeSingular } from 'cytoscape';
import { chromium } from 'playwright-core';

const [url = 'http://127.0.0.1:4100', out = 'test-artifacts/shot.png', scenario = 'axis'] =
  process.argv.slice(2);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const narrow = scenario === 'narrow' || process.env.NARROW === '1';
  const page = await browser.newPage({
    viewport: narrow
      ? { width: 700, height: 1100 }
      : { width: Number(process.env.W ?? 1440), height: Number(process.env.H ?? 900) },
    deviceScaleFactor: 1,
  });
  page.on('console', (m) => console.log('[console]', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  await page.goto(url);
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="graph"]')?.getAttribute('data-node-count')) >=
      20,
    null,
    { timeout: 60000 },
  );
  await page.waitForSelector('#busy[hidden]', { state: 'attached', timeout: 60000 });
  await page.waitForTimeout(1500);
  if (scenario === 'actor' || scenario === 'edge' || scenario === 'expand') {
    await page.fill('[data-testid="search"]', 'DPRK');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="side-panel"] h2:has-text("North Korea")', {
      timeout: 20000,
    });
    await page.waitForTimeout(800);
  }
  if (scenario === 'edge') {
    await page.click('.rel-item');
    await page.waitForSelector('[data-testid="claim"]', { timeout: 20000 });
    await page.waitForTimeout(800);
  }
  if (scenario === 'suggest') {
    await page.click('[data-testid="search"]');
    await page.keyboard.type(process.env.Q ?? 'ko', { delay: 50 });
    await page.waitForSelector('[data-testid="suggestion"]', { timeout: 20000 });
    await page.keyboard.press(process.env.KEY ?? 'ArrowDown');
    await page.waitForTimeout(Number(process.env.WAIT ?? 300));
  }
  if (scenario === 'filters') {
    await page.click('#btn-filters');
    await page.check('#filter-status-hypothetical');
    await page.waitForSelector('#busy[hidden]', { state: 'attached', timeout: 60000 });
    await page.uncheck('#filter-predicate-official_of');
    await page.waitForTimeout(400);
    await page.waitForSelector('#busy[hidden]', { state: 'attached', timeout: 60000 });
    await page.waitForTimeout(1500);
  }
  if (scenario === 'truncate') {
    await page.evaluate(() => {
      window.__relata!.app.expandLimit = 4;
    });
  }
  if (process.env.FIT === '1') {
    await page.click('#btn-fit');
    await page.waitForTimeout(800);
  }
  if (scenario === 'expand' || scenario === 'truncate') {
    const pos = await page.evaluate(() => {
      const cy = window.__relata!.cy;
      const n = cy
        .nodes()
        .filter((x) => !x.hasClass('axis') && x.degree(false) > 0)
        .first() as NodeSingular;
      const p = n.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, id: n.id() };
    });
    console.log('expanding', pos.id);
    await page.mouse.dblclick(pos.x, pos.y);
    await page.waitForTimeout(5000);
  }
  await page.screenshot({
    path: out,
    clip: process.env.CLIP
      ? (JSON.parse(process.env.CLIP) as { x: number; y: number; width: number; height: number })
      : undefined,
  });
  console.log(
    await page.evaluate(() =>
      document.querySelector('[data-testid="graph"]')?.outerHTML.slice(0, 200),
    ),
  );
} finally {
  await browser.close();
}

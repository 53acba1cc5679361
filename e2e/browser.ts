import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere (browser downloads are not possible here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium as the browser tests and the front-end benchmark run it: no GPU (canvas
 * rasterised in software; WebGL on SwiftShader) and no background network traffic.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
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

/** A drawn, non-axis actor with neighbours that are not drawn yet (to test expansion). */
export const findExpandable = (page: Page): Promise<string | null> =>
  page.evaluate(async () => {
    const cy = window.__relata!.cy;
    const shown = new Set(cy.nodes().map((n) => n.id()));
    for (const n of cy.nodes().not('.axis')) {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query($id: ID!) { neighborhood(actorIds: [$id], depth: 1, limit: 60) { nodes { id } } }',
          variables: { id: n.id() },
        }),
      });
      const body = (await res.json()) as { data: { neighborhood: { nodes: { id: string }[] } } };
      if (body.data.neighborhood.nodes.some((x) => !shown.has(x.id))) return n.id();
    }
    return null;
  });

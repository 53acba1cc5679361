import { chromium, type Browser } from 'playwright-core';

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

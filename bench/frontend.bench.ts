import { launchChromium } from '../e2e/browser';
/**
 * Front-end rendering benchmark: time to first render and to a settled layout for synthetic
 * views of 500 / 2,000 / 10,000 elements in headless Chromium, with Cytoscape's canvas and
 * WebGL renderers. The page is a minimal one built here with Vite from the app's own graph
 * modules (GraphView, elements, stylesheet, layouts incl. the ForceAtlas2 worker), so it
 * measures what the explorer runs. Everything built is removed afterwards.
 *
 * WebGL on these machines is software-rendered (SwiftShader): the numbers say how slow it is
 * without a GPU, which is why the app only enables WebGL when it detects a hardware GPU.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { BenchResult } from './types';

const CLIENT_SRC = fileURLToPath(new URL('../client/src/', import.meta.url));
/** One measurement may not take longer (software WebGL at 10,000 elements is slow). */
const RUN_TIMEOUT_MS = 180_000;

interface RunResult {
  elements: number;
  renderer: 'canvas' | 'webgl';
  /** The renderer Cytoscape actually used (WebGL may be unavailable). */
  used: string;
  firstRenderMs: number;
  layoutMs: number;
  layout: string;
  redrawMs: number;
  gl: string | null;
  error?: string;
}

const PAGE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>Relata frontend bench</title>
<style>html,body{margin:0;height:100%}#graph{position:absolute;inset:0}</style></head>
<body><div id="graph"></div><script type="module" src="./main.ts"></script></body></html>`;

const PAGE_MAIN = (src: string) => `
import { GraphView } from '${src}graph/view';
import { toElements } from '${src}graph/elements';
import { LARGE_VIEW, glRendererString } from '${src}graph/gpu';

/** Deterministic synthetic view: ~40% nodes, the rest edges, a few hubs (like real data). */
const synthetic = (elements) => {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
  const n = Math.max(2, Math.round(elements * 0.4));
  const m = elements - n;
  const kinds = ['STATE', 'OFFICIAL', 'ORGANIZATION', 'GROUP'];
  const preds = ['SUPPLIES', 'MEETS', 'WARNS', 'SANCTIONS', 'SUPPORTS', 'ACCUSES', 'ATTACKS'];
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: 'a' + i, name: 'Actor ' + i, kind: kinds[i % 4], aliases: [], role: null,
  }));
  const edges = [];
  const seen = new Set();
  while (edges.length < m) {
    const a = Math.floor(Math.pow(rnd(), 2.2) * n);
    const b = Math.floor(rnd() * n);
    const p = preds[Math.floor(rnd() * preds.length)];
    const id = 'a' + a + '|' + p + '|a' + b;
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    const contested = rnd() < 0.1;
    edges.push({
      id, source: { id: 'a' + a }, target: { id: 'a' + b }, predicate: p,
      claimCount: 1 + Math.floor(rnd() * 6), status: 'ASSERTED',
      statuses: contested ? ['ASSERTED', 'DENIED'] : ['ASSERTED'], contested,
      firstDate: '2024', lastDate: '2024', maxConfidence: 0.9,
    });
  }
  return toElements({ nodes, edges }, new Set(['a0', 'a1', 'a2', 'a3']));
};

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

window.benchRun = async ({ elements, webgl }) => {
  const container = document.getElementById('graph');
  const view = new GraphView(container, {
    onSelectNode() {}, onSelectEdge() {}, onClearSelection() {}, onExpand() {},
  });
  let used = 'canvas';
  try {
    // As the app does: large views also get the texture-while-panning renderer options.
    view.setRenderer(webgl, elements > LARGE_VIEW);
    used = view.usesWebgl ? 'webgl' : 'canvas';
  } catch (e) {
    return { error: 'renderer: ' + (e && e.message) };
  }
  const els = synthetic(elements);
  // Starting positions: a square spiral, as seeded positions would be.
  let i = 0;
  const placed = els.map((el) => {
    if (el.group !== 'nodes') return el;
    const a = i * 2.4, r = 14 * Math.sqrt(++i);
    return { ...el, position: { x: Math.cos(a) * r, y: Math.sin(a) * r } };
  });
  const cy = view.cy;
  const t0 = performance.now();
  // First frame with the elements drawn: the renderer draws on the next animation frame.
  cy.add(placed);
  cy.fit(undefined, 30);
  await frame();
  const firstRenderMs = performance.now() - t0;
  const t1 = performance.now();
  await view.runLayout(false);
  await frame();
  const layoutMs = performance.now() - t1;
  const layout = view.lastLayout ? view.lastLayout.name + (view.lastLayout.worker ? ' (worker)' : '') : '?';
  // Steady redraw cost: a few viewport changes, each drawn.
  const t2 = performance.now();
  for (let k = 0; k < 5; k++) {
    cy.zoom({ level: cy.zoom() * (k % 2 ? 1.1 : 0.9), renderedPosition: { x: 300, y: 300 } });
    await frame();
  }
  const redrawMs = (performance.now() - t2) / 5;
  return { used, firstRenderMs, layoutMs, layout, redrawMs, gl: glRendererString() };
};
window.benchReady = true;
`;

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

const serve = (root: string): Promise<{ server: Server; url: string }> =>
  new Promise((resolve) => {
    const server = createServer((req, res) => {
      void (async () => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const file = join(root, path === '/' ? 'index.html' : path);
        if (!file.startsWith(root) || !(await stat(file).catch(() => null))?.isFile()) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          // The app's CSP, so the bench runs under the same rules (workers from 'self').
          'content-security-policy':
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'",
        });
        createReadStream(file).pipe(res);
      })();
    });
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });

/** Closes the static server, dropping keep-alive connections so the process can exit. */
const closeServer = (server: Server | undefined): Promise<void> =>
  new Promise((resolve) => {
    if (server === undefined) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });

export async function benchFrontend(options: { quick: boolean }): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'relata-frontend-bench-'));
  let server: Server | undefined;
  const browser = await (async () => {
    await writeFile(join(dir, 'index.html'), PAGE_HTML);
    // The page inlines its style in <style>: allowed by style-src 'unsafe-inline'.
    await writeFile(join(dir, 'main.ts'), PAGE_MAIN(CLIENT_SRC));
    await build({
      root: dir,
      configFile: false,
      logLevel: 'error',
      build: { outDir: join(dir, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 5000 },
    });
    const s = await serve(join(dir, 'dist'));
    server = s.server;
    const b = await launchChromium();
    return { b, url: s.url };
  })().catch(async (e: unknown) => {
    await closeServer(server);
    await rm(dir, { recursive: true, force: true });
    throw e;
  });
  const sizes = [500, 2000, 10_000];
  // --quick leaves out the slowest run: software WebGL at 10,000 elements (about a minute).
  const skip = (n: number, renderer: string) =>
    options.quick && n === 10_000 && renderer === 'webgl';
  const runs: RunResult[] = [];
  try {
    for (const elements of sizes) {
      for (const renderer of ['canvas', 'webgl'] as const) {
        if (skip(elements, renderer)) continue;
        const page = await browser.b.newPage({ viewport: { width: 1280, height: 800 } });
        process.stderr.write(`  frontend: ${renderer} @${elements}…\n`);
        page.setDefaultTimeout(RUN_TIMEOUT_MS);
        try {
          await page.goto(browser.url);
          await page.waitForFunction(
            () => (window as unknown as { benchReady?: boolean }).benchReady === true,
          );
          const r = await Promise.race([
            page.evaluate(
              (a) =>
                (
                  window as unknown as {
                    benchRun(x: typeof a): Promise<Omit<RunResult, 'elements' | 'renderer'>>;
                  }
                ).benchRun(a),
              { elements, webgl: renderer === 'webgl' },
            ),
            new Promise<never>((_, reject) =>
              setTimeout(
                () => reject(new Error(`timed out after ${RUN_TIMEOUT_MS / 1000} s`)),
                RUN_TIMEOUT_MS,
              ),
            ),
          ]);
          runs.push({ elements, renderer, ...r });
        } catch (e) {
          runs.push({
            elements,
            renderer,
            used: 'failed',
            firstRenderMs: Number.NaN,
            layoutMs: Number.NaN,
            layout: '',
            redrawMs: Number.NaN,
            gl: null,
            error: e instanceof Error ? e.message.split('\n')[0] : String(e),
          });
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.b.close();
    await closeServer(server);
    await rm(dir, { recursive: true, force: true });
  }

  const details: Record<string, number | string> = {};
  const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : Number.NaN);
  for (const r of runs) {
    const k = `${r.renderer}@${r.elements}`;
    details[`${k}.firstRenderMs`] = round(r.firstRenderMs);
    details[`${k}.layoutMs`] = round(r.layoutMs);
    details[`${k}.redrawMs`] = round(r.redrawMs);
    details[`${k}.layout`] = r.layout;
    if (r.used !== r.renderer) details[`${k}.used`] = r.used;
    if (r.error !== undefined) details[`${k}.error`] = r.error;
  }
  const gl = runs.find((r) => r.gl !== null)?.gl ?? 'none';
  details.glRenderer = gl;
  details.note = /swiftshader|llvmpipe|software/i.test(gl)
    ? 'WebGL is software-rendered here (SwiftShader, no GPU): the app would keep the canvas renderer on this machine'
    : 'WebGL ran on the renderer above';
  const at = (n: number, renderer: 'canvas' | 'webgl') =>
    runs.find((r) => r.elements === n && r.renderer === renderer)?.firstRenderMs ?? Number.NaN;
  if (options.quick) details['webgl@10000'] = 'skipped (--quick)';
  // Only sizes measured with both renderers get a ratio (--quick skips WebGL at 10,000).
  return sizes
    .filter((n) => Number.isFinite(at(n, 'webgl')) && Number.isFinite(at(n, 'canvas')))
    .map((n) => ({
      name: `frontend: WebGL ÷ canvas first render @${n.toLocaleString('en-US')}`,
      ratio: at(n, 'webgl') / at(n, 'canvas'),
      target: n === 2000 ? '≤ 1 with a GPU' : undefined,
      details:
        n === 2000 ? details : { canvasMs: round(at(n, 'canvas')), webglMs: round(at(n, 'webgl')) },
    }));
}

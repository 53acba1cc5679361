/**
 * Rendering budget (pure): whether the browser has a real GPU, and how a view of a given size
 * is drawn — canvas or WebGL, layout on the main thread or in a worker, or not at all.
 */

/**
 * Renderer strings of software rasterisers. WebGL on these is slower than Cytoscape's canvas
 * renderer (measured 3.7 vs 48.6 fps at 2,000 elements), so they count as "no GPU".
 */
const SOFTWARE = [
  /swiftshader/i,
  /llvmpipe/i,
  /softpipe/i,
  /software/i,
  /microsoft basic render/i,
  /mesa offscreen/i,
  /\bwarp\b/i,
  /lavapipe/i,
];

/** True when the (unmasked) WebGL renderer string names a hardware GPU. */
export const isHardwareRenderer = (renderer: string | null | undefined): boolean => {
  if (renderer === null || renderer === undefined) return false;
  const r = renderer.trim();
  if (r === '') return false;
  return !SOFTWARE.some((re) => re.test(r));
};

/** Views with more elements than this get WebGL (with a GPU) and an off-main-thread layout. */
export const LARGE_VIEW = 2000;
/** The UI never draws more elements than this at once. */
export const MAX_DRAWN = 10_000;

export type DrawPlan =
  { draw: true; webgl: boolean; workerLayout: boolean } | { draw: false; reason: string };

/** How to draw `elements` elements given whether a hardware GPU is present. */
export const drawPlan = (elements: number, hardwareGpu: boolean): DrawPlan => {
  if (elements > MAX_DRAWN)
    return {
      draw: false,
      reason: `This view has ${elements.toLocaleString('en-US')} elements, more than the ${MAX_DRAWN.toLocaleString('en-US')} the explorer draws at once.`,
    };
  const large = elements > LARGE_VIEW;
  return { draw: true, webgl: large && hardwareGpu, workerLayout: large };
};

/**
 * The GL renderer string of this browser (WEBGL_debug_renderer_info when exposed, else the
 * masked RENDERER), or null without WebGL. Browser-only; never throws.
 */
export const glRendererString = (doc: Document = document): string | null => {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (gl === null) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const value: unknown = gl.getParameter(
      ext !== null ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER,
    );
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
};

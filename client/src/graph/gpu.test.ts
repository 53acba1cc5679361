import { describe, expect, it } from 'vitest';
import { LARGE_VIEW, MAX_DRAWN, drawPlan, isHardwareRenderer } from './gpu';

describe('GPU detection', () => {
  it('treats software rasterisers as no GPU', () => {
    for (const r of [
      'Google SwiftShader',
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa OffScreen',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
      'Software Rasterizer',
      'softpipe',
      '',
      null,
      undefined,
    ])
      expect(isHardwareRenderer(r)).toBe(false);
  });

  it('accepts hardware renderers', () => {
    for (const r of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3080 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M2',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'AMD Radeon Pro 5500M OpenGL Engine',
      'Mali-G78',
    ])
      expect(isHardwareRenderer(r)).toBe(true);
  });
});

describe('draw plan', () => {
  it('draws small views on canvas on the main thread', () => {
    expect(drawPlan(500, true)).toEqual({ draw: true, webgl: false, workerLayout: false });
  });

  it('uses WebGL only with a hardware GPU, and a worker layout, above the large-view size', () => {
    expect(drawPlan(LARGE_VIEW + 1, true)).toEqual({ draw: true, webgl: true, workerLayout: true });
    expect(drawPlan(LARGE_VIEW + 1, false)).toEqual({
      draw: true,
      webgl: false,
      workerLayout: true,
    });
  });

  it('refuses to draw beyond the cap, with a message', () => {
    const p = drawPlan(MAX_DRAWN + 1, true);
    expect(p.draw).toBe(false);
    if (!p.draw) expect(p.reason).toMatch(/10,001 elements.*10,000/);
    expect(drawPlan(MAX_DRAWN, true).draw).toBe(true);
  });
});

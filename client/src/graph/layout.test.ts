import { describe, expect, it } from 'vitest';
import { incrementalLayout, initialLayout, ringPositions, seedPositions } from './layout';

describe('layouts', () => {
  it('lays out from scratch with fcose', () => {
    expect(initialLayout(false)).toMatchObject({
      name: 'fcose',
      randomize: true,
      animate: false,
      fit: true,
    });
  });

  it('keeps existing nodes fixed on incremental layouts', () => {
    const fixed = [{ nodeId: 'russia', position: { x: 1, y: 2 } }];
    expect(incrementalLayout(fixed, false)).toMatchObject({
      randomize: false,
      fixedNodeConstraint: fixed,
      fit: false,
    });
    expect(incrementalLayout([], true).fixedNodeConstraint).toBeUndefined();
  });
});

describe('ringPositions', () => {
  it('places new nodes around their anchor, away from the centre', () => {
    const anchor = { x: 100, y: 0 };
    const pts = ringPositions(anchor, { x: 0, y: 0 }, 5, 100);
    expect(pts).toHaveLength(5);
    for (const p of pts) {
      const d = Math.hypot(p.x - anchor.x, p.y - anchor.y);
      expect(d).toBeGreaterThanOrEqual(100);
      expect(d).toBeLessThanOrEqual(146);
    }
    const meanX = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    expect(meanX).toBeGreaterThan(anchor.x);
  });

  it('uses a full circle when the anchor is the centre', () => {
    const pts = ringPositions({ x: 0, y: 0 }, { x: 0, y: 0 }, 4, 50);
    const keys = new Set(pts.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(keys.size).toBe(4);
  });

  it('handles zero and one node', () => {
    expect(ringPositions({ x: 0, y: 0 }, { x: 10, y: 0 }, 0)).toEqual([]);
    const [p] = ringPositions({ x: 10, y: 0 }, { x: 0, y: 0 }, 1, 50);
    expect(p?.x).toBeCloseTo(60);
    expect(p?.y).toBeCloseTo(0);
  });
});

describe('seedPositions', () => {
  const centre = { x: 0, y: 0 };
  it('puts new nodes next to their drawn neighbour, then next to each other', () => {
    const placed = new Map([['uk', { x: 500, y: 0 }]]);
    const edges = [
      { source: 'starmer', target: 'uk' },
      { source: 'macron', target: 'starmer' },
    ];
    const out = seedPositions(['starmer', 'macron', 'lonely'], edges, placed, centre);
    const starmer = out.get('starmer')!;
    const macron = out.get('macron')!;
    expect(Math.hypot(starmer.x - 500, starmer.y)).toBeLessThan(250);
    expect(Math.hypot(macron.x - starmer.x, macron.y - starmer.y)).toBeLessThan(200);
    expect(out.get('lonely')).toBeDefined();
  });

  it('prefers the expanded node as anchor', () => {
    const placed = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 1000, y: 1000 }],
    ]);
    const edges = [
      { source: 'n', target: 'a' },
      { source: 'n', target: 'b' },
    ];
    const p = seedPositions(['n'], edges, placed, { x: 500, y: 500 }, 'b').get('n')!;
    expect(Math.hypot(p.x - 1000, p.y - 1000)).toBeLessThan(250);
  });
});

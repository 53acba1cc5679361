import { describe, expect, it } from 'vitest';
import {
  concentricLevels,
  fa2Iterations,
  incrementalLayout,
  initialLayout,
  rescalePositions,
  ringPositions,
  seedPositions,
} from './layout';

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

describe('concentricLevels', () => {
  it('puts the top value in the centre, then rings of 6, 12… with ties together', () => {
    const values = new Map(Array.from({ length: 20 }, (_, i) => [`n${i}`, i] as [string, number]));
    values.set('tie', 18);
    const levels = concentricLevels(values);
    // 21 actors: 1 + 6 + 12 + 2 → four rings, levels 3 (centre) … 0.
    expect(levels.get('n19')).toBe(3);
    expect(levels.get('tie')).toBe(levels.get('n18'));
    expect(levels.get('n0')).toBe(0);
    const count = (l: number) => [...levels.values()].filter((x) => x === l).length;
    expect([count(3), count(2), count(1)]).toEqual([1, 6, 12]);
    const ordered = [...values.keys()].map((k) => levels.get(k)!);
    for (let i = 1; i < 20; i++) expect(ordered[i]!).toBeGreaterThanOrEqual(ordered[i - 1]!);
    expect(concentricLevels(new Map()).size).toBe(0);
    expect(concentricLevels(new Map([['a', 1]])).get('a')).toBe(0);
  });
});

describe('rescalePositions', () => {
  it('centres positions and scales the median edge to the target length', () => {
    const pos = new Map([
      ['a', { x: 10, y: 10 }],
      ['b', { x: 12, y: 10 }],
      ['c', { x: 14, y: 10 }],
    ]);
    const out = rescalePositions(
      pos,
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
      ],
      100,
    );
    expect(out.get('b')).toEqual({ x: 0, y: 0 });
    expect(out.get('a')!.x).toBeCloseTo(-100);
    expect(out.get('c')!.x).toBeCloseTo(100);
  });

  it('copes with no edges and coincident points', () => {
    const one = rescalePositions(new Map([['a', { x: 5, y: 5 }]]), []);
    expect(one.get('a')).toEqual({ x: 0, y: 0 });
    expect(rescalePositions(new Map(), []).size).toBe(0);
  });

  it('runs fewer ForceAtlas2 iterations on bigger graphs', () => {
    expect(fa2Iterations(100)).toBeGreaterThan(fa2Iterations(3000));
    expect(fa2Iterations(10_000)).toBeGreaterThan(0);
  });
});

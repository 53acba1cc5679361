import { describe, expect, it } from 'vitest';
import {
  COMMUNITY_PALETTE,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  OTHER_COMMUNITY_COLOR,
  communityColors,
  formatMetric,
  metricSizes,
  metricValues,
} from './metrics';

describe('metric → node size', () => {
  it('spans the size range with area proportional to the value', () => {
    const s = metricSizes(
      new Map([
        ['a', 0],
        ['b', 0.25],
        ['c', 1],
      ]),
    );
    expect(s.get('a')).toBe(MIN_NODE_SIZE);
    expect(s.get('c')).toBe(MAX_NODE_SIZE);
    // √0.25 = 0.5 → halfway in diameter.
    expect(s.get('b')).toBeCloseTo((MIN_NODE_SIZE + MAX_NODE_SIZE) / 2, 0);
  });

  it('is monotonic and handles offsets, ties and bad values', () => {
    const s = metricSizes(
      new Map([
        ['a', 10],
        ['b', 11],
        ['c', 30],
        ['d', Number.NaN],
      ]),
    );
    expect(s.get('a')!).toBeLessThan(s.get('b')!);
    expect(s.get('b')!).toBeLessThan(s.get('c')!);
    expect(s.get('d')).toBe(MIN_NODE_SIZE);
    const tie = metricSizes(
      new Map([
        ['a', 3],
        ['b', 3],
      ]),
    );
    expect(tie.get('a')).toBe((MIN_NODE_SIZE + MAX_NODE_SIZE) / 2);
    expect(metricSizes(new Map()).size).toBe(0);
  });

  it('reads a metric for the ids in view, 0 when missing', () => {
    const nodes = [
      { id: 'a', degree: 3, weightedDegree: 9, betweenness: 0.5, pagerank: 0.2, community: 0 },
    ];
    expect([...metricValues(nodes, 'weightedDegree', ['a', 'z'])]).toEqual([
      ['a', 9],
      ['z', 0],
    ]);
    expect(formatMetric('pagerank', 0.123456)).toBe('0.1235');
    expect(formatMetric('degree', 3.2)).toBe('3');
  });
});

describe('community palette', () => {
  it('colours the communities in view, largest first, grey beyond the palette', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      community: i < 10 ? 7 : 100 + (i % 15),
    }));
    const inView = new Set(nodes.map((n) => n.id).filter((id) => id !== 'n29'));
    const colors = communityColors(nodes, [{ id: 7, size: 40 }], inView);
    expect(colors[0]).toMatchObject({ id: 7, inView: 10, size: 40, color: COMMUNITY_PALETTE[0] });
    expect(new Set(colors.slice(0, COMMUNITY_PALETTE.length).map((c) => c.color)).size).toBe(
      Math.min(colors.length, COMMUNITY_PALETTE.length),
    );
    for (const c of colors.slice(COMMUNITY_PALETTE.length))
      expect(c.color).toBe(OTHER_COMMUNITY_COLOR);
    // Communities only out of view are not listed.
    expect(colors.every((c) => c.inView > 0)).toBe(true);
  });

  it('is stable for ties (by scope size, then id)', () => {
    const nodes = [
      { id: 'a', community: 2 },
      { id: 'b', community: 1 },
    ];
    const all = new Set(['a', 'b']);
    expect(communityColors(nodes, [], all).map((c) => c.id)).toEqual([1, 2]);
    expect(
      communityColors(
        nodes,
        [
          { id: 2, size: 9 },
          { id: 1, size: 3 },
        ],
        all,
      ).map((c) => c.id),
    ).toEqual([2, 1]);
  });

  it('palette colours are distinct hex colours', () => {
    expect(new Set(COMMUNITY_PALETTE).size).toBe(COMMUNITY_PALETTE.length);
    for (const c of COMMUNITY_PALETTE) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});

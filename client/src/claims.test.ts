import { describe, expect, it } from 'vitest';
import { claimTimeline, disputeSides } from './claims';
import type { Claim, ClaimStatus } from './model';

let n = 0;
const claim = (status: ClaimStatus, date: string | null, source = 's1', who?: string): Claim => ({
  id: `c${++n}`,
  status,
  date,
  note: null,
  evidence: null,
  confidence: 0.9,
  items: [],
  quantity: null,
  origin: 'CURATED',
  role: null,
  cameo: null,
  attributedTo: who === undefined ? null : { id: who, name: who },
  subject: { id: 'a', name: 'A' },
  object: { id: 'b', name: 'B' },
  source: {
    id: source,
    title: source.toUpperCase(),
    publisher: null,
    publishedDate: null,
    url: null,
    file: null,
  },
});

describe('claim timeline', () => {
  it('places dated claims across the strip, marks denials, lists undated apart', () => {
    const t = claimTimeline([
      claim('ASSERTED', '2024-01'),
      claim('DENIED', '2024-12-05'),
      claim('REPORTED', null),
      claim('ALLEGED', '2024-01-20'),
    ]);
    expect(t.undated.map((c) => c.status)).toEqual(['REPORTED']);
    expect(t.marks).toHaveLength(3);
    const [first, second, last] = t.marks;
    expect(first!.x).toBeLessThan(last!.x);
    expect(first!.x).toBeGreaterThan(0);
    expect(last!.x).toBeLessThan(1);
    // Same month: stacked.
    expect(second!.x).toBe(first!.x);
    expect([first!.row, second!.row]).toEqual([0, 1]);
    expect(last!.denied).toBe(true);
    expect(t.ticks.map((x) => x.label)).toContain('2024');
  });

  it('shows year-only dates as a wide band and copes with no dates', () => {
    const t = claimTimeline([claim('ASSERTED', '2024')]);
    expect(t.marks[0]!.width).toBeGreaterThan(0.8);
    expect(t.marks[0]!.x).toBeCloseTo(0.5, 1);
    const none = claimTimeline([claim('ASSERTED', null)]);
    expect(none.domain).toBeNull();
    expect(none.marks).toEqual([]);
    expect(none.undated).toHaveLength(1);
  });

  it('thins year ticks on long spans', () => {
    const t = claimTimeline([claim('ASSERTED', '1990'), claim('ASSERTED', '2024')]);
    expect(t.ticks.length).toBeLessThanOrEqual(7);
  });
});

describe('dispute sides', () => {
  it('puts asserting/reporting sources against alleging/denying ones', () => {
    const sides = disputeSides([
      claim('ASSERTED', null, 'reuters'),
      claim('REPORTED', null, 'reuters', 'Ukraine'),
      claim('REPORTED', null, 'bbc'),
      claim('DENIED', null, 'tass', 'Russia'),
      claim('ALLEGED', null, 'reuters'),
      claim('HYPOTHETICAL', null, 'blog'),
    ]);
    expect(sides.affirm.map((s) => [s.title, s.claims, s.statuses])).toEqual([
      ['REUTERS', 2, ['ASSERTED', 'REPORTED']],
      ['BBC', 1, ['REPORTED']],
    ]);
    expect(sides.affirm[0]!.attributedTo).toEqual(['Ukraine']);
    expect(sides.dispute.map((s) => s.title)).toEqual(['REUTERS', 'TASS']);
    expect(sides.dispute[1]!.attributedTo).toEqual(['Russia']);
  });
});

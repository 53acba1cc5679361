import { describe, expect, it } from 'vitest';
import {
  coversDomain,
  dateDomain,
  fractionOf,
  isoToMonth,
  monthLabel,
  monthToIso,
  monthsOf,
  playNext,
  playStart,
  playStep,
  unionDomain,
  windowFromMonths,
  windowLabel,
  windowMonths,
} from './time';

const m = (iso: string) => isoToMonth(iso)!;

describe('months', () => {
  it('maps partial dates to the months they may fall in', () => {
    expect(monthsOf('2024')).toEqual({ min: m('2024-01'), max: m('2024-12') });
    expect(monthsOf('2024-06')).toEqual({ min: m('2024-06'), max: m('2024-06') });
    expect(monthsOf('2024-06-19')).toEqual(monthsOf('2024-06'));
    expect(monthsOf(null)).toBeNull();
    expect(monthsOf('June')).toBeNull();
    expect(monthsOf('2024-13')).toBeNull();
  });

  it('converts month indexes both ways', () => {
    expect(m('2024-01')).toBe(2024 * 12);
    expect(monthToIso(m('2024-12'))).toBe('2024-12');
    expect(monthToIso(m('0999-03'))).toBe('0999-03');
    expect(monthLabel(m('2024-06'))).toBe('Jun 2024');
  });
});

describe('slider domain', () => {
  it('spans the earliest to the latest date, ignoring undated values', () => {
    expect(dateDomain(['2024-06-19', null, '2002', '', 'x', '2024-03'])).toEqual({
      min: m('2002-01'),
      max: m('2024-06'),
    });
    expect(dateDomain([null, undefined])).toBeNull();
    expect(unionDomain(null, { min: 1, max: 2 })).toEqual({ min: 1, max: 2 });
    expect(unionDomain({ min: 0, max: 5 }, { min: 3, max: 9 })).toEqual({ min: 0, max: 9 });
  });

  it('turns handle positions into a clamped, ordered window', () => {
    const d = { min: m('2024-01'), max: m('2024-12') };
    expect(windowFromMonths(m('2024-09'), m('2024-03'), d)).toEqual({
      from: '2024-03',
      to: '2024-09',
    });
    expect(windowFromMonths(m('2020-01'), m('2030-01'), d)).toEqual({
      from: '2024-01',
      to: '2024-12',
    });
    expect(windowMonths({ from: '2024-03', to: '2024' })).toEqual({
      min: m('2024-03'),
      max: m('2024-12'),
    });
    expect(windowMonths({ from: '2024-05', to: '2024-02' })).toBeNull();
    expect(coversDomain({ from: '2024-01', to: '2024-12' }, d)).toBe(true);
    expect(coversDomain({ from: '2024-02', to: '2024-12' }, d)).toBe(false);
    expect(windowLabel({ from: '2024-01', to: '2024-06' })).toBe('Jan 2024 – Jun 2024');
    expect(windowLabel({ from: '2024-03', to: '2024-03' })).toBe('Mar 2024');
    expect(fractionOf(m('2024-07'), { min: m('2024-01'), max: m('2025-01') })).toBeCloseTo(0.5);
    expect(fractionOf(5, { min: 5, max: 5 })).toBe(0.5);
  });
});

describe('Play', () => {
  const d = { min: m('2002-01'), max: m('2024-12') };

  it('moves in steps that cross the domain in about 40 frames', () => {
    expect(playStep(d)).toBe(7);
    expect(playStep({ min: 0, max: 5 })).toBe(1);
  });

  it('starts from the current window, or a sixth of the domain at its start', () => {
    expect(playStart(d, { from: '2010-01', to: '2010-06' })).toEqual({
      min: m('2010-01'),
      max: m('2010-06'),
    });
    const w = playStart(d, null);
    expect(w.min).toBe(d.min);
    expect(w.max - w.min + 1).toBe(46);
    // A window already at the end restarts from the beginning.
    expect(playStart(d, { from: '2024-01', to: '2024-12' }).min).toBe(d.min);
  });

  it('slides the window to the end and stops', () => {
    let w: { min: number; max: number } | null = playStart(d, null);
    const width = w.max - w.min;
    let frames = 0;
    let last = w;
    while (w !== null) {
      expect(w.max - w.min).toBe(width);
      last = w;
      w = playNext(d, w, playStep(d));
      frames++;
    }
    expect(last.max).toBe(d.max);
    expect(frames).toBeLessThanOrEqual(41);
  });
});

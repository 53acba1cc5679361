import { describe, expect, it } from 'vitest';
import {
  fold,
  formatConfidence,
  formatDate,
  formatDateRange,
  formatQuantity,
  matchingAlias,
  plural,
  statusCounts,
} from './format';

describe('dates', () => {
  it('formats partial ISO dates', () => {
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('2024-06')).toBe('Jun 2024');
    expect(formatDate('2024-06-09')).toBe('9 Jun 2024');
    expect(formatDate(null)).toBe('');
    expect(formatDate('soon')).toBe('soon');
  });

  it('formats ranges', () => {
    expect(formatDateRange('2023-09', '2024-06-19')).toBe('Sep 2023 – 19 Jun 2024');
    expect(formatDateRange('2024', '2024')).toBe('2024');
    expect(formatDateRange(null, '2024')).toBe('2024');
    expect(formatDateRange(null, null)).toBe('Undated');
  });
});

describe('numbers', () => {
  it('formats confidence, quantities and plurals', () => {
    expect(formatConfidence(0.856)).toBe('86%');
    expect(formatConfidence(2)).toBe('100%');
    expect(formatConfidence(Number.NaN)).toBe('—');
    expect(formatQuantity({ value: 1000000, unit: 'shells' })).toBe('1,000,000 shells');
    expect(formatQuantity(null)).toBe('');
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(3, 'claim')).toBe('3 claims');
  });
});

describe('statusCounts', () => {
  it('counts by status, strongest first', () => {
    expect(
      statusCounts([
        { status: 'DENIED' },
        { status: 'REPORTED' },
        { status: 'DENIED' },
        { status: 'ASSERTED' },
      ]),
    ).toEqual([
      { status: 'ASSERTED', count: 1 },
      { status: 'REPORTED', count: 1 },
      { status: 'DENIED', count: 2 },
    ]);
  });
});

describe('matchingAlias', () => {
  const aliases = ['DPRK', "Democratic People's Republic of Korea", 'Pyongyang'];
  it('explains alias matches', () => {
    expect(matchingAlias('DPRK', 'North Korea', aliases)).toBe('DPRK');
    expect(matchingAlias('pyong', 'North Korea', aliases)).toBe('Pyongyang');
  });
  it('stays quiet when the name matches', () => {
    expect(matchingAlias('north', 'North Korea', aliases)).toBeNull();
    expect(matchingAlias('', 'North Korea', aliases)).toBeNull();
  });
  it('folds case and accents', () => {
    expect(fold('Türkiye')).toBe('turkiye');
    expect(matchingAlias('turkiye', 'Turkey', ['Türkiye'])).toBe('Türkiye');
  });
});

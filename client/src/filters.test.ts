import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../../server/src/domain/predicates';
import {
  defaultFilters,
  filterSummary,
  filterVariables,
  isDefaultFilters,
  isEmptyFilter,
  originChoice,
  setAllPredicates,
  setOrigin,
  setPredicate,
  setStatus,
  withOriginChoice,
} from './filters';

describe('filters', () => {
  it('defaults to every predicate and the drawn statuses', () => {
    const f = defaultFilters();
    expect(f.predicates.size).toBe(PREDICATES.length);
    expect([...f.statuses]).toEqual(['ASSERTED', 'REPORTED', 'ALLEGED', 'DENIED']);
    expect(isDefaultFilters(f)).toBe(true);
    expect(filterSummary(f)).toBe('All relationships');
  });

  it('sends no predicate filter when all are selected, statuses always', () => {
    expect(filterVariables(defaultFilters())).toEqual({
      predicates: null,
      statuses: ['ASSERTED', 'REPORTED', 'ALLEGED', 'DENIED'],
      origins: null,
    });
  });

  it('toggles predicates immutably and keeps a stable order', () => {
    const f0 = defaultFilters();
    const f1 = setPredicate(f0, 'MEETS', false);
    expect(f0.predicates.has('MEETS')).toBe(true);
    expect(f1.predicates.has('MEETS')).toBe(false);
    const only = setPredicate(
      setPredicate(setAllPredicates(f1, false), 'SUPPLIES', true),
      'ATTACKS',
      true,
    );
    expect(filterVariables(only).predicates).toEqual(['SUPPLIES', 'ATTACKS']);
    expect(filterSummary(only)).toBe(`2 of ${PREDICATES.length} types`);
  });

  it('lets hypothetical and negated claims be selected', () => {
    const f = setStatus(setStatus(defaultFilters(), 'NEGATED', true), 'HYPOTHETICAL', true);
    expect(filterVariables(f).statuses).toEqual([
      'ASSERTED',
      'REPORTED',
      'ALLEGED',
      'DENIED',
      'HYPOTHETICAL',
      'NEGATED',
    ]);
    expect(isDefaultFilters(f)).toBe(false);
    expect(filterSummary(f)).toBe('6 statuses');
  });

  it('detects filters that cannot draw anything', () => {
    expect(isEmptyFilter(setAllPredicates(defaultFilters(), false))).toBe(true);
    let f = defaultFilters();
    for (const s of ['ASSERTED', 'REPORTED', 'ALLEGED', 'DENIED'] as const)
      f = setStatus(f, s, false);
    expect(isEmptyFilter(f)).toBe(true);
    expect(isEmptyFilter(defaultFilters())).toBe(false);
  });

  it('filters by claim origin: curated only, extracted only, or both', () => {
    const f = defaultFilters();
    expect(originChoice(f)).toBe('all');
    const curated = withOriginChoice(f, 'curated');
    expect(filterVariables(curated).origins).toEqual(['CURATED']);
    expect(originChoice(curated)).toBe('curated');
    expect(filterSummary(curated)).toBe('curated only');
    const extracted = withOriginChoice(f, 'extracted');
    expect(filterVariables(extracted).origins).toEqual(['EXTRACTED']);
    expect(filterSummary(extracted)).toBe('extracted only');
    const mixed = setOrigin(f, 'IMPORTED', false);
    expect(originChoice(mixed)).toBeNull();
    expect(filterVariables(mixed).origins).toEqual(['CURATED', 'EXTRACTED']);
    expect(isEmptyFilter(setOrigin(extracted, 'EXTRACTED', false))).toBe(true);
    expect(filterVariables(withOriginChoice(extracted, 'all')).origins).toBeNull();
  });
});

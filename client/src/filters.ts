/** Filter state (pure): which predicates, claim statuses and claim origins are drawn. */
import { PREDICATES, type Predicate } from '../../server/src/domain/predicates';
import { CLAIM_STATUSES, DRAWN_STATUSES, type ClaimStatus } from '../../server/src/domain/status';
import type { ClaimOrigin } from './model';

export const CLAIM_ORIGINS: readonly ClaimOrigin[] = ['CURATED', 'EXTRACTED', 'IMPORTED'];

export interface FilterState {
  readonly predicates: ReadonlySet<Predicate>;
  readonly statuses: ReadonlySet<ClaimStatus>;
  readonly origins: ReadonlySet<ClaimOrigin>;
}

export const defaultFilters = (): FilterState => ({
  predicates: new Set(PREDICATES),
  statuses: new Set(DRAWN_STATUSES),
  origins: new Set(CLAIM_ORIGINS),
});

const toggled = <T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> => {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
};

export const setPredicate = (f: FilterState, p: Predicate, on: boolean): FilterState => ({
  ...f,
  predicates: toggled(f.predicates, p, on),
});

export const setStatus = (f: FilterState, s: ClaimStatus, on: boolean): FilterState => ({
  ...f,
  statuses: toggled(f.statuses, s, on),
});

export const setOrigin = (f: FilterState, o: ClaimOrigin, on: boolean): FilterState => ({
  ...f,
  origins: toggled(f.origins, o, on),
});

/** The origin choices offered in the UI: curated only, extracted only, or every origin. */
export type OriginChoice = 'all' | 'curated' | 'extracted';

export const originChoice = (f: FilterState): OriginChoice | null => {
  if (f.origins.size === CLAIM_ORIGINS.length) return 'all';
  if (f.origins.size === 1 && f.origins.has('CURATED')) return 'curated';
  if (f.origins.size === 1 && f.origins.has('EXTRACTED')) return 'extracted';
  return null;
};

export const withOriginChoice = (f: FilterState, c: OriginChoice): FilterState => ({
  ...f,
  origins: new Set(
    c === 'all'
      ? CLAIM_ORIGINS
      : c === 'curated'
        ? (['CURATED'] as const)
        : (['EXTRACTED'] as const),
  ),
});

export const setAllPredicates = (f: FilterState, on: boolean): FilterState => ({
  ...f,
  predicates: new Set(on ? PREDICATES : []),
});

export const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

export const sameFilters = (a: FilterState, b: FilterState): boolean =>
  sameSet(a.predicates, b.predicates) &&
  sameSet(a.statuses, b.statuses) &&
  sameSet(a.origins, b.origins);

export const isDefaultFilters = (f: FilterState): boolean => sameFilters(f, defaultFilters());

/** Nothing can be drawn: no predicate, no status or no origin selected. */
export const isEmptyFilter = (f: FilterState): boolean =>
  f.predicates.size === 0 || f.statuses.size === 0 || f.origins.size === 0;

export interface FilterVariables {
  predicates: Predicate[] | null;
  statuses: ClaimStatus[];
  origins: ClaimOrigin[] | null;
}

/**
 * GraphQL variables for the filter, in a stable order. All predicates (origins) selected → no
 * predicate (origin) filter, which lets the server skip it; statuses are always sent explicitly.
 */
export const filterVariables = (f: FilterState): FilterVariables => ({
  predicates:
    f.predicates.size === PREDICATES.length ? null : PREDICATES.filter((p) => f.predicates.has(p)),
  statuses: CLAIM_STATUSES.filter((s) => f.statuses.has(s)),
  origins:
    f.origins.size === CLAIM_ORIGINS.length ? null : CLAIM_ORIGINS.filter((o) => f.origins.has(o)),
});

/** A short summary for the filter toggle button, e.g. "3 of 13 types · 5 statuses". */
export const filterSummary = (f: FilterState): string => {
  if (isDefaultFilters(f)) return 'All relationships';
  const parts: string[] = [];
  if (f.predicates.size !== PREDICATES.length)
    parts.push(`${f.predicates.size} of ${PREDICATES.length} types`);
  const d = defaultFilters().statuses;
  if (!sameSet(f.statuses, d))
    parts.push(`${f.statuses.size} status${f.statuses.size === 1 ? '' : 'es'}`);
  const o = originChoice(f);
  if (o === 'curated') parts.push('curated only');
  else if (o === 'extracted') parts.push('extracted only');
  else if (o === null) parts.push(`${f.origins.size} origin${f.origins.size === 1 ? '' : 's'}`);
  return parts.join(' · ');
};

/** Filter state (pure): which predicates and claim statuses are drawn. */
import { PREDICATES, type Predicate } from '../../server/src/domain/predicates';
import { CLAIM_STATUSES, DRAWN_STATUSES, type ClaimStatus } from '../../server/src/domain/status';

export interface FilterState {
  readonly predicates: ReadonlySet<Predicate>;
  readonly statuses: ReadonlySet<ClaimStatus>;
}

export const defaultFilters = (): FilterState => ({
  predicates: new Set(PREDICATES),
  statuses: new Set(DRAWN_STATUSES),
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

export const setAllPredicates = (f: FilterState, on: boolean): FilterState => ({
  ...f,
  predicates: new Set(on ? PREDICATES : []),
});

export const isDefaultFilters = (f: FilterState): boolean => {
  const d = defaultFilters();
  return sameSet(f.predicates, d.predicates) && sameSet(f.statuses, d.statuses);
};

const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

/** Nothing can be drawn: no predicate or no status selected. */
export const isEmptyFilter = (f: FilterState): boolean =>
  f.predicates.size === 0 || f.statuses.size === 0;

/**
 * GraphQL variables for the filter, in a stable order. All predicates selected → no predicate
 * filter (lets the server skip it); statuses are always sent explicitly.
 */
export const filterVariables = (
  f: FilterState,
): { predicates: Predicate[] | null; statuses: ClaimStatus[] } => ({
  predicates:
    f.predicates.size === PREDICATES.length ? null : PREDICATES.filter((p) => f.predicates.has(p)),
  statuses: CLAIM_STATUSES.filter((s) => f.statuses.has(s)),
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
  return parts.join(' · ');
};

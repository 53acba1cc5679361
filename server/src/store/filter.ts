import {
  DRAWN_STATUSES,
  type Claim,
  type ClaimOrigin,
  type ClaimStatus,
  type Predicate,
} from '../domain';
import type { ClaimFilter } from './types';

/** A ClaimFilter with defaults applied; `null` means "any". */
export interface ResolvedFilter {
  /** Stable key of the filter, for caches. */
  key: string;
  predicates: ReadonlySet<Predicate> | null;
  statuses: ReadonlySet<ClaimStatus>;
  origins: ReadonlySet<ClaimOrigin> | null;
  from: string | null;
  to: string | null;
}

const setOrNull = <T>(xs: readonly T[] | null | undefined): ReadonlySet<T> | null =>
  xs === null || xs === undefined ? null : new Set(xs);

export const resolveFilter = (f: ClaimFilter = {}): ResolvedFilter => {
  const r = {
    predicates: setOrNull(f.predicates),
    statuses: new Set(f.statuses ?? DRAWN_STATUSES),
    origins: setOrNull(f.origins),
    from: f.from ?? null,
    to: f.to ?? null,
  };
  const list = (s: ReadonlySet<string> | null) => (s === null ? '*' : [...s].sort().join(','));
  const key = [
    list(r.predicates),
    list(r.statuses),
    list(r.origins),
    r.from ?? '',
    r.to ?? '',
  ].join(';');
  return { ...r, key };
};

/**
 * Inclusive date window on partial ISO dates: a claim dated "2024-06" is inside a window
 * ending "2024-06-10" (it may fall in it). Undated claims are outside any window.
 */
export const inWindow = (date: string | undefined, from: string | null, to: string | null) => {
  if (from === null && to === null) return true;
  if (date === undefined) return false;
  if (from !== null && date < from.slice(0, date.length)) return false;
  if (to !== null && date.slice(0, to.length) > to) return false;
  return true;
};

export const matchesClaim = (f: ResolvedFilter, c: Claim): boolean =>
  (f.predicates === null || f.predicates.has(c.predicate)) &&
  f.statuses.has(c.status) &&
  (f.origins === null || f.origins.has(c.origin)) &&
  inWindow(c.date, f.from, f.to);

/** Stable key of a filter, for caches and DataLoader keys. */
export const filterKey = (f: ClaimFilter = {}): string => resolveFilter(f).key;

export const LIMITS = {
  maxDepth: 3,
  maxNodes: 5000,
  /** Edges a neighbourhood returns at most (the explorer draws at most ~10,000 elements). */
  maxEdges: 10_000,
  maxSearch: 50,
  maxBatch: 1000,
} as const;

/**
 * The hard edge cap of a neighbourhood: beyond `max`, keep the edges with the most matching
 * claims (then by id), in id order. Shared by both stores so they cut identically.
 */
export const capEdges = <E extends { id: string; claimCount: number }>(
  edges: E[],
  max: number = LIMITS.maxEdges,
): { edges: E[]; cut: boolean } => {
  if (edges.length <= max) return { edges, cut: false };
  const kept = [...edges]
    .sort((a, b) => b.claimCount - a.claimCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, max)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { edges: kept, cut: true };
};

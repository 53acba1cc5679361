/** Claim summaries for the edge panel (pure): the per-edge timeline and the two sides of a dispute. */
import type { Claim, ClaimStatus } from './model';
import { dateDomain, fractionOf, monthLabel, monthsOf, type MonthRange } from './time';

export interface TimelineMark {
  claimId: string;
  status: ClaimStatus;
  denied: boolean;
  /** 0..1 across the strip (the middle of the months the date may fall in). */
  x: number;
  /** 0..1: how much of the strip the date's uncertainty covers ("2024" spans a year). */
  width: number;
  date: string;
  /** Stack level, so marks at the same place do not hide each other. */
  row: number;
}

export interface TimelineTick {
  x: number;
  label: string;
}

export interface Timeline {
  domain: MonthRange | null;
  marks: TimelineMark[];
  ticks: TimelineTick[];
  undated: Pick<Claim, 'id' | 'status'>[];
}

/**
 * Where each dated claim goes on a strip spanning the claims' months (padded by a month each
 * side), stacked when they share a place; undated claims listed apart. Ticks at year starts
 * (at most ~6, thinned evenly).
 */
export const claimTimeline = (
  claims: readonly Pick<Claim, 'id' | 'status' | 'date'>[],
): Timeline => {
  const dated = claims.filter((c) => monthsOf(c.date) !== null);
  const undated = claims
    .filter((c) => monthsOf(c.date) === null)
    .map((c) => ({ id: c.id, status: c.status }));
  const inner = dateDomain(dated.map((c) => c.date));
  if (inner === null) return { domain: null, marks: [], ticks: [], undated };
  const domain = { min: inner.min - 1, max: inner.max + 1 };
  const span = domain.max - domain.min;
  const used = new Map<string, number>();
  const marks = dated
    .map((c) => {
      const r = monthsOf(c.date) as MonthRange;
      const x = fractionOf((r.min + r.max) / 2, domain);
      const key = x.toFixed(3);
      const row = used.get(key) ?? 0;
      used.set(key, row + 1);
      return {
        claimId: c.id,
        status: c.status,
        denied: c.status === 'DENIED' || c.status === 'NEGATED',
        x,
        width: (r.max - r.min + 1) / (span + 1),
        date: c.date ?? '',
        row,
      };
    })
    .sort((a, b) => a.x - b.x || a.row - b.row);
  const firstYear = Math.ceil(domain.min / 12);
  const lastYear = Math.floor(domain.max / 12);
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  const every = Math.max(1, Math.ceil(years.length / 6));
  const ticks = years
    .filter((_, i) => i % every === 0)
    .map((y) => ({ x: fractionOf(y * 12, domain), label: String(y) }));
  if (ticks.length === 0)
    ticks.push({ x: fractionOf(inner.min, domain), label: monthLabel(inner.min) });
  return { domain, marks, ticks, undated };
};

export interface SourceSide {
  sourceId: string;
  title: string;
  publisher: string | null;
  url: string | null;
  statuses: ClaimStatus[];
  claims: number;
  /** Who the claims are attributed to, when they report someone else's words. */
  attributedTo: string[];
}

export interface DisputeSides {
  /** Sources asserting or reporting the relationship. */
  affirm: SourceSide[];
  /** Sources alleging it (unestablished) or denying it. */
  dispute: SourceSide[];
}

const AFFIRM: ReadonlySet<ClaimStatus> = new Set(['ASSERTED', 'REPORTED']);
const DISPUTE: ReadonlySet<ClaimStatus> = new Set(['ALLEGED', 'DENIED']);

/**
 * The sources on each side of a contested relationship: asserting/reporting vs
 * alleging/denying. A source with claims on both sides appears in both columns.
 * Hypothetical and negated claims belong to neither. Most claims first.
 */
export const disputeSides = (claims: readonly Claim[]): DisputeSides => {
  const side = (set: ReadonlySet<ClaimStatus>): SourceSide[] => {
    const by = new Map<string, SourceSide>();
    for (const c of claims) {
      if (!set.has(c.status)) continue;
      const s =
        by.get(c.source.id) ??
        ({
          sourceId: c.source.id,
          title: c.source.title,
          publisher: c.source.publisher,
          url: c.source.url,
          statuses: [],
          claims: 0,
          attributedTo: [],
        } satisfies SourceSide);
      s.claims += 1;
      if (!s.statuses.includes(c.status)) s.statuses.push(c.status);
      const who = c.attributedTo?.name;
      if (who !== undefined && !s.attributedTo.includes(who)) s.attributedTo.push(who);
      by.set(c.source.id, s);
    }
    return [...by.values()].sort((a, b) => b.claims - a.claims || a.title.localeCompare(b.title));
  };
  return { affirm: side(AFFIRM), dispute: side(DISPUTE) };
};

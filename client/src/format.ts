/** Pure display helpers for dates, numbers and status summaries. */
import { CLAIM_STATUSES, type ClaimStatus } from '../../server/src/domain/status';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Partial ISO dates as analysts read them: 2024 → "2024", 2024-06 → "Jun 2024", 2024-06-09 → "9 Jun 2024". */
export const formatDate = (iso: string | null | undefined): string => {
  if (iso === null || iso === undefined || iso === '') return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (m === null) return iso;
  const [, year, month, day] = m;
  const mon = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (mon === undefined) return year ?? iso;
  if (day === undefined) return `${mon} ${year}`;
  return `${Number(day)} ${mon} ${year}`;
};

export const formatDateRange = (
  first: string | null | undefined,
  last: string | null | undefined,
): string => {
  const a = formatDate(first);
  const b = formatDate(last);
  if (a === '' && b === '') return 'Undated';
  if (a === '' || b === '' || a === b) return a || b;
  return `${a} – ${b}`;
};

export const formatConfidence = (c: number): string =>
  Number.isFinite(c) ? `${Math.round(Math.max(0, Math.min(1, c)) * 100)}%` : '—';

export const formatNumber = (n: number): string => n.toLocaleString('en-US');

export const formatQuantity = (q: { value: number; unit: string } | null | undefined): string =>
  q === null || q === undefined ? '' : `${formatNumber(q.value)} ${q.unit}`.trim();

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

/** Claim counts per status, strongest status first, zero counts left out. */
export const statusCounts = (
  claims: readonly { status: ClaimStatus }[],
): { status: ClaimStatus; count: number }[] => {
  const counts = new Map<ClaimStatus, number>();
  for (const c of claims) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  return CLAIM_STATUSES.filter((s) => counts.has(s)).map((s) => ({
    status: s,
    count: counts.get(s) ?? 0,
  }));
};

/** Lower-cased, accent-free text for matching what the user typed against names and aliases. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The alias that explains why an actor matched `query`, when its name does not
 * (typing "DPRK" shows "North Korea · matches DPRK").
 */
export const matchingAlias = (
  query: string,
  name: string,
  aliases: readonly string[],
): string | null => {
  const q = fold(query);
  if (q === '' || fold(name).includes(q)) return null;
  const exact = aliases.find((a) => fold(a) === q);
  if (exact !== undefined) return exact;
  return (
    aliases.find((a) => fold(a).includes(q)) ?? aliases.find((a) => q.includes(fold(a))) ?? null
  );
};

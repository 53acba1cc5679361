/**
 * Time-window maths (pure): partial ISO dates ↔ month indexes, the slider's domain, windows
 * and the Play button's steps. A month index counts months from year 0 (2024-01 → 24288).
 */

export interface MonthRange {
  /** First month (inclusive). */
  min: number;
  /** Last month (inclusive). */
  max: number;
}

/** A time window as sent to the server: inclusive `YYYY-MM` bounds. */
export interface TimeWindow {
  from: string;
  to: string;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The months a partial date may fall in: "2024" → Jan..Dec 2024, "2024-06" and "2024-06-19"
 * → Jun 2024. Null for anything that is not a date.
 */
export const monthsOf = (date: string | null | undefined): MonthRange | null => {
  if (date === null || date === undefined) return null;
  const m = DATE.exec(date);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { min: year * 12, max: year * 12 + 11 };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return { min: year * 12 + month - 1, max: year * 12 + month - 1 };
};

/** Month index → `YYYY-MM`. */
export const monthToIso = (index: number): string => {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
};

/** `YYYY-MM` (or `YYYY`, `YYYY-MM-DD`) → the first month it covers. */
export const isoToMonth = (iso: string): number | null => monthsOf(iso)?.min ?? null;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month index → "Jun 2024". */
export const monthLabel = (index: number): string => {
  const year = Math.floor(index / 12);
  return `${MONTHS[index - year * 12] ?? '?'} ${year}`;
};

/**
 * The slider's domain: from the first month of the earliest date to the last month of the
 * latest one among `dates` (null, undated or malformed values ignored). Null when none is dated.
 */
export const dateDomain = (dates: Iterable<string | null | undefined>): MonthRange | null => {
  let min = Infinity;
  let max = -Infinity;
  for (const d of dates) {
    const r = monthsOf(d);
    if (r === null) continue;
    if (r.min < min) min = r.min;
    if (r.max > max) max = r.max;
  }
  return Number.isFinite(min) ? { min, max } : null;
};

/** Merges two domains (either may be missing). */
export const unionDomain = (a: MonthRange | null, b: MonthRange | null): MonthRange | null => {
  if (a === null) return b;
  if (b === null) return a;
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
};

export const clampMonth = (m: number, domain: MonthRange): number =>
  Math.max(domain.min, Math.min(domain.max, Math.round(m)));

/** The window for two slider positions (in any order), clamped to the domain. */
export const windowFromMonths = (a: number, b: number, domain: MonthRange): TimeWindow => {
  const lo = clampMonth(Math.min(a, b), domain);
  const hi = clampMonth(Math.max(a, b), domain);
  return { from: monthToIso(lo), to: monthToIso(hi) };
};

/** A window as month indexes; null when malformed or reversed. */
export const windowMonths = (w: TimeWindow): MonthRange | null => {
  const from = isoToMonth(w.from);
  const to = monthsOf(w.to)?.max ?? null;
  if (from === null || to === null || from > to) return null;
  return { min: from, max: to };
};

/** True when the window covers the whole domain (so it filters nothing but undated claims). */
export const coversDomain = (w: TimeWindow, domain: MonthRange): boolean => {
  const m = windowMonths(w);
  return m !== null && m.min <= domain.min && m.max >= domain.max;
};

/** Months the window spans (inclusive). */
export const windowWidth = (w: MonthRange): number => w.max - w.min + 1;

/** The Play button moves the window by this many months: a whole run takes ~`frames` steps. */
export const playStep = (domain: MonthRange, frames = 40): number =>
  Math.max(1, Math.round(windowWidth(domain) / frames));

/**
 * Where Play starts: the current window when it leaves room to slide, otherwise a window of
 * about a sixth of the domain (at least one month) at its start.
 */
export const playStart = (domain: MonthRange, current: TimeWindow | null): MonthRange => {
  const m = current === null ? null : windowMonths(current);
  if (m !== null && m.max < domain.max && m.min >= domain.min) return m;
  const width = Math.max(1, Math.round(windowWidth(domain) / 6));
  return { min: domain.min, max: Math.min(domain.max, domain.min + width - 1) };
};

/** The next window when playing, the same width moved by `step`; null once past the end. */
export const playNext = (domain: MonthRange, w: MonthRange, step: number): MonthRange | null => {
  if (w.max >= domain.max) return null;
  const shift = Math.min(step, domain.max - w.max);
  return { min: w.min + shift, max: w.max + shift };
};

/** Human label for a window: "Jan 2024 – Jun 2024" or "Mar 2024". */
export const windowLabel = (w: TimeWindow): string => {
  const m = windowMonths(w);
  if (m === null) return `${w.from} – ${w.to}`;
  return m.min === m.max ? monthLabel(m.min) : `${monthLabel(m.min)} – ${monthLabel(m.max)}`;
};

/** Fraction (0..1) of the way a month lies across a domain (a one-month domain → 0.5). */
export const fractionOf = (month: number, domain: MonthRange): number =>
  domain.max === domain.min ? 0.5 : (month - domain.min) / (domain.max - domain.min);

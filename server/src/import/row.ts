import type { Actor, Claim, Source } from '../domain';
import { CAMEO_ROOTS } from './cameo';
import { BoundedCache, Interner, shortHash } from './text';

/** One event row turned into Relata records. */
export interface ParsedRow {
  actors: Actor[];
  source: Source;
  claim: Claim;
}

/**
 * Why a row gives no claim. `bad-row` aborts the import (unless bad rows are skipped);
 * rows without two distinct actors are always skipped and counted.
 */
export type ProblemKind = 'bad-row' | 'missing-actor' | 'same-actor';
export interface Problem {
  problem: ProblemKind;
  line: number;
  message: string;
}

export type RowResult = ParsedRow | Problem;
export const isProblem = (r: RowResult): r is Problem => 'problem' in r;

export const problem = (kind: ProblemKind, line: number, message: string): Problem => ({
  problem: kind,
  line,
  message,
});

/** Confidence of an event reported by `n` distinct sources: 0.4 for one, up to 0.9. */
export const confidenceFromSources = (n: number | undefined): number =>
  Math.round(Math.min(0.9, 0.3 + 0.1 * Math.max(1, n ?? 1)) * 100) / 100;

const notes = new BoundedCache<string>(10_000);

/** A short note in our words; one shared string per dataset, code and event text. */
export const eventNote = (dataset: 'GDELT' | 'ICEWS', cameo: string, text = ''): string => {
  const key = `${dataset}${cameo}|${text}`;
  const hit = notes.get(key);
  if (hit !== undefined) return hit;
  const what = text !== '' ? text.toLowerCase() : (CAMEO_ROOTS[cameo.slice(0, 2)] ?? 'event');
  const note = `${dataset}-coded event: ${what} (CAMEO ${cameo}).`;
  notes.set(key, note);
  return note;
};

export const dates = new Interner(50_000);

const sourceCache = new BoundedCache<Source>(50_000);

/** A source for a GDELT SOURCEURL (a web URL, or a citation for offline sources). */
export const sourceForUrl = (raw: string): Source => {
  const hit = sourceCache.get(raw);
  if (hit !== undefined) return hit;
  const source = makeSource(raw.trim());
  sourceCache.set(raw, source);
  return source;
};

const makeSource = (text: string): Source => {
  if (text === '') return { id: 'gdelt-unsourced', title: 'GDELT event without a source URL' };
  const id = `src-${shortHash(text)}`;
  if (/^https?:\/\//i.test(text)) {
    try {
      const u = new URL(text);
      const title = `${u.host}${u.pathname === '/' ? '' : u.pathname}`.slice(0, 500);
      return { id, title, url: u.href };
    } catch {
      // not a valid URL: keep it as a citation
    }
  }
  return { id, title: text.slice(0, 500) };
};

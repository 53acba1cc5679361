/** Query parameters shared by several statements. */
import neo4j, { type Integer } from 'neo4j-driver';
import { RelataError } from '../../domain';
import type { ResolvedFilter } from '../filter';

/** The claim filter as the $predicates, $statuses, $origins, $from, $to parameters. */
export const filterParams = (f: ResolvedFilter) => ({
  predicates: f.predicates === null ? null : [...f.predicates],
  statuses: [...f.statuses],
  origins: f.origins === null ? null : [...f.origins],
  from: f.from,
  to: f.to,
});

export const chunk = <T>(xs: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

/** Unique values in first-seen order. */
export const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

/** Lucene query-syntax characters, escaped with a backslash in user text. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const escapeLucene = (s: string): string => s.replace(LUCENE_SPECIAL, '\\$&');

/**
 * Lucene query for already-folded text: every word must occur inside some indexed word
 * (`*word*`), which every actor the embedded ranking accepts satisfies (a term containing
 * "w1 w2 … wn" has a word ending in w1, words equal to w2…, and one starting with wn). Neo4j's
 * full-text query parser allows the leading wildcard (it sets allowLeadingWildcard). Wildcard
 * and prefix queries score a constant, so the word itself and `word*` are OR-ed in with
 * boosts: when more actors match than the candidate cap, Lucene's top hits are the exact and
 * prefix matches the ranking puts first, not an arbitrary subset.
 */
export const luceneQuery = (folded: string): string =>
  folded
    .split(' ')
    .filter((w) => w !== '')
    .map(escapeLucene)
    .map((w) => `(${w}^4 OR ${w}*^2 OR *${w}*)`)
    .join(' AND ');

/**
 * Parameters Cypher needs as INTEGER (LIMIT, procedure arguments). The driver sends every JS
 * number as a FLOAT, and `LIMIT 3.0` is an error, so these must be Neo4j Integers.
 */
export const INTEGER_PARAMS: ReadonlySet<string> = new Set([
  'batchSize',
  'limit',
  'max',
  'timeoutSeconds',
]);

export const integer = (n: number): Integer => neo4j.int(Math.trunc(n));

/** Fails fast (in every environment) when an integer parameter is passed as a JS number. */
export const checkParams = (name: string, params: Record<string, unknown>): void => {
  for (const key of INTEGER_PARAMS)
    if (key in params && !neo4j.isInt(params[key]))
      throw new RelataError('INTERNAL', `${name}: parameter $${key} must be a Neo4j Integer`);
};

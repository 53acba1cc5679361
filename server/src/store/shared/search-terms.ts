/**
 * Actor search shared by both stores: the folded terms an actor is found by, how well one term
 * matches a folded query, and the order of hits. The embedded store scans its own index with
 * these; the Neo4j store narrows candidates with its full-text index and re-ranks them with
 * the same functions, so both return the same actors in the same order.
 */
import { foldText, type Actor } from '../../domain';

/** Folded name, aliases and id (dashes as spaces), without empties or duplicates, in that order. */
export const searchTerms = (a: Pick<Actor, 'id' | 'name' | 'aliases'>): string[] => [
  ...new Set([a.name, ...a.aliases, a.id.replace(/-/g, ' ')].map(foldText).filter(Boolean)),
];

/** 4 exact, 3 prefix, 2 word prefix, 1 substring, 0 no match (`q` already folded). */
export const scoreTerm = (term: string, q: string): number => {
  if (term === q) return 4;
  if (term.startsWith(q)) return 3;
  if (term.split(' ').some((w) => w.startsWith(q)) || term.includes(` ${q}`)) return 2;
  if (term.includes(q)) return 1;
  return 0;
};

/** The best score of any of the terms (0 when none matches). */
export const bestScore = (terms: readonly string[], q: string): number =>
  terms.reduce((best, t) => Math.max(best, scoreTerm(t, q)), 0);

export interface SearchHit {
  id: string;
  name: string;
  score: number;
}

/** Best score first, then name, then id. */
export const compareHits = (a: SearchHit, b: SearchHit): number =>
  b.score - a.score || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

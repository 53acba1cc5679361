import { foldText, type Actor } from '../../domain';
import { bestScore, compareHits, searchTerms, type SearchHit } from '../shared/search-terms';

interface Entry {
  id: string;
  name: string;
  terms: string[];
}

/**
 * Name/alias search for the embedded store. Hand-written because the ranking rules (exact,
 * prefix, word-prefix, substring over folded names and aliases) are tiny and must match the
 * Neo4j store's results; a general full-text library would rank differently.
 */
export class SearchIndex {
  private entries = new Map<string, Entry>();

  put(a: Actor): void {
    this.entries.set(a.id, { id: a.id, name: a.name, terms: searchTerms(a) });
  }

  copyFrom(other: SearchIndex): void {
    this.entries = new Map(other.entries);
  }

  /** Ids ranked by best match score, then name, then id. */
  query(text: string, first: number): string[] {
    const q = foldText(text);
    if (q === '') return [];
    const hits: SearchHit[] = [];
    for (const e of this.entries.values()) {
      const score = bestScore(e.terms, q);
      if (score > 0) hits.push({ id: e.id, name: e.name, score });
    }
    hits.sort(compareHits);
    return hits.slice(0, first).map((h) => h.id);
  }
}

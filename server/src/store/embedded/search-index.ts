import { foldText, type Actor } from '../../domain';

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
    const terms = [a.name, ...a.aliases, a.id.replace(/-/g, ' ')].map(foldText).filter(Boolean);
    this.entries.set(a.id, { id: a.id, name: a.name, terms: [...new Set(terms)] });
  }

  copyFrom(other: SearchIndex): void {
    this.entries = new Map(other.entries);
  }

  /** Ids ranked by best match score, then name, then id. */
  query(text: string, first: number): string[] {
    const q = foldText(text);
    if (q === '') return [];
    const hits: { id: string; name: string; score: number }[] = [];
    for (const e of this.entries.values()) {
      const score = Math.max(...e.terms.map((t) => scoreTerm(t, q)));
      if (score > 0) hits.push({ id: e.id, name: e.name, score });
    }
    hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return hits.slice(0, first).map((h) => h.id);
  }
}

export const scoreTerm = (term: string, q: string): number => {
  if (term === q) return 4;
  if (term.startsWith(q)) return 3;
  if (term.split(' ').some((w) => w.startsWith(q)) || term.includes(` ${q}`)) return 2;
  if (term.includes(q)) return 1;
  return 0;
};

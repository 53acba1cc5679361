/**
 * Orderings shared by both stores. Plain code-point comparison, not localeCompare: it is ~10×
 * faster on hot paths and is what Neo4j's ORDER BY does on strings, so both stores agree.
 */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byId = (a: { id: string }, b: { id: string }): number => compareStrings(a.id, b.id);

/** Claims: by date (undated first), then id. */
export const byDateThenId = (
  a: { date?: string; id: string },
  b: { date?: string; id: string },
): number => compareStrings(a.date ?? '', b.date ?? '') || compareStrings(a.id, b.id);

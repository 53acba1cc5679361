import type { ExtractedClaim } from './types';

/** One JSON object per claim and line, with exactly the fields of `relata extract --jsonl`. */
export const formatJsonl = (claims: readonly ExtractedClaim[]): string =>
  claims
    .map((c) =>
      JSON.stringify({
        subject: c.subject,
        predicate: c.predicate,
        object: c.object,
        status: c.status,
        source: c.source,
        evidence: c.evidence,
        start: c.start,
        end: c.end,
        date: c.date,
        items: c.items,
        quantity: c.quantity,
        confidence: c.confidence,
      }),
    )
    .map((l) => `${l}\n`)
    .join('');

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));

/** A readable table: one row per claim, evidence shortened. */
export const formatTable = (claims: readonly ExtractedClaim[]): string => {
  const head = ['SUBJECT', 'PREDICATE', 'OBJECT', 'STATUS', 'DATE', 'SOURCE', 'EVIDENCE'];
  const rows = claims.map((c) => [
    cut(c.subject, 28),
    c.predicate,
    cut(c.object, 28),
    c.status + (c.attributedTo ? ` (${cut(c.attributedTo, 20)})` : ''),
    c.date ?? '',
    cut(c.source, 24),
    cut(c.evidence.replace(/\s+/g, ' '), 70),
  ]);
  const widths = head.map((h, k) =>
    Math.max(h.length, ...rows.map((r) => [...(r[k] ?? '')].length)),
  );
  const line = (r: string[]) =>
    r
      .map((x, k) => pad(x, k === r.length - 1 ? 0 : widths[k]!))
      .join('  ')
      .trimEnd();
  const summary = `${claims.length} claim${claims.length === 1 ? '' : 's'}`;
  return [line(head), ...rows.map(line), summary].join('\n') + '\n';
};

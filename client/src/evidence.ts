/**
 * Evidence highlighting (pure): the spans of an extracted claim's sentence that name its
 * subject or object, by name or alias.
 */

export interface EvidenceActor {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export interface EvidenceSegment {
  text: string;
  /** The actor this span names; absent for plain text. */
  actorId?: string;
  role?: 'subject' | 'object';
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters and digits in any script: matches must not start or end inside a word. */
const WORD = /[\p{L}\p{N}]/u;

/**
 * Splits `sentence` into plain and highlighted segments. Every name and alias of the subject
 * and object is looked for, case-insensitively, at word boundaries; longer names win over
 * shorter ones they contain ("North Korea" over "Korea"), and spans never overlap.
 * Terms shorter than two characters are ignored.
 */
export const highlightEvidence = (
  sentence: string,
  subject: EvidenceActor,
  object: EvidenceActor,
): EvidenceSegment[] => {
  const terms: { term: string; actorId: string; role: 'subject' | 'object' }[] = [];
  const add = (a: EvidenceActor, role: 'subject' | 'object') => {
    for (const t of [a.name, ...(a.aliases ?? [])]) {
      const term = t.trim();
      if (term.length >= 2) terms.push({ term, actorId: a.id, role });
    }
  };
  add(subject, 'subject');
  if (object.id !== subject.id) add(object, 'object');
  terms.sort((a, b) => b.term.length - a.term.length);

  const taken: { start: number; end: number; actorId: string; role: 'subject' | 'object' }[] = [];
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start);
  for (const t of terms) {
    const re = new RegExp(escapeRe(t.term), 'giu');
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = sentence[start - 1];
      const after = sentence[end];
      const bounded =
        (before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after));
      if (bounded && !overlaps(start, end))
        taken.push({ start, end, actorId: t.actorId, role: t.role });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const out: EvidenceSegment[] = [];
  let at = 0;
  for (const t of taken) {
    if (t.start > at) out.push({ text: sentence.slice(at, t.start) });
    out.push({ text: sentence.slice(t.start, t.end), actorId: t.actorId, role: t.role });
    at = t.end;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at) });
  return out;
};

/** "chars 120–245" for an extracted claim's offsets in its source file, or "". */
export const offsetLabel = (start: number | null, end: number | null): string =>
  start === null || end === null ? '' : `chars ${start}–${end}`;

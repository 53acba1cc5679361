/**
 * A cheap split of a paragraph at its surest sentence ends, used only to decide which parts
 * need tagging at all. Hand-written: wink-nlp's splitter runs only after its full tokenizer,
 * which is the cost this avoids; so it splits only where wink-nlp surely does too (". " after
 * a lower-case word or a number, before a capital), never at abbreviations ("U.S.", "Gen.").
 * Pure.
 */
export interface Segment {
  start: number;
  end: number;
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
const CLOSERS = new Set(['"', '”', '’', "'", ')']);
const OPENERS = new Set(['"', '“', '‘', "'"]);
const ABBREVIATIONS = new Set(['no', 'vs', 'approx', 'est', 'etc', 'al']);

/** Whether the word ending at `end` (exclusive) may close a sentence with a full stop. */
const plainWord = (text: string, end: number): boolean => {
  let b = end;
  while (b > 0 && (isLower(text.charCodeAt(b - 1)) || isDigit(text.charCodeAt(b - 1)))) b--;
  const word = text.slice(b, end);
  const before = b > 0 ? text[b - 1]! : ' ';
  // ("a.m.", "U.S.", "e.g.": a dotted word; "Gen.", "Mr.": capitalised)
  if (word.length < 2 || !/\s/.test(before) || ABBREVIATIONS.has(word)) return false;
  return isLower(word.charCodeAt(0)) ? word.length >= 3 : /^\d+$/.test(word);
};

/** The paragraph [from, to) cut at its sure sentence ends. */
export const sureSentences = (text: string, from: number, to: number): Segment[] => {
  const out: Segment[] = [];
  let start = from;
  for (let k = from; k < to - 2; k++) {
    const c = text[k]!;
    if (c !== '.' && c !== '?' && c !== '!') continue;
    let e = k + 1;
    while (e < to && CLOSERS.has(text[e]!)) e++;
    if (text[e] !== ' ') continue;
    let n = e;
    while (n < to && text[n] === ' ') n++;
    const next = text.charCodeAt(n);
    if (!(isUpper(next) || OPENERS.has(text[n] ?? ''))) continue;
    if (c === '.' && !plainWord(text, k)) continue;
    out.push({ start, end: e });
    start = n;
  }
  out.push({ start, end: to });
  return out;
};

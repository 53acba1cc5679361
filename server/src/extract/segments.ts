/**
 * A cheap split of a paragraph at its surest sentence ends, used only to decide which parts
 * need tagging at all. Hand-written: wink-nlp's splitter runs only after its full tokenizer,
 * which is the cost this avoids; so it splits only where wink-nlp surely does too (". " after
 * a lower-case word of three letters or more or a number, before a capital or an opening
 * quote), never at abbreviations ("U.S.", "Gen.", "a.m.", "no.") nor at "?" and "!".
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

/** Whether the word ending at `end` (exclusive, after `from`) may close a sentence with a full stop. */
const plainWord = (text: string, from: number, end: number): boolean => {
  let b = end;
  while (b > from && (isLower(text.charCodeAt(b - 1)) || isDigit(text.charCodeAt(b - 1)))) b--;
  const word = text.slice(b, end);
  const before = b > from ? text[b - 1]! : ' ';
  // ("a.m.", "U.S.", "e.g.": a dotted word; "Gen.", "Mr.": capitalised)
  if (word.length < 2 || !/\s/.test(before) || ABBREVIATIONS.has(word)) return false;
  return isLower(word.charCodeAt(0)) ? word.length >= 3 : /^\d+$/.test(word);
};

/** The paragraph [from, to) cut at its sure sentence ends. */
export const sureSentences = (text: string, from: number, to: number): Segment[] => {
  const out: Segment[] = [];
  let start = from;
  for (let k = from; k < to - 2; k++) {
    // (only full stops: "Yahoo! News", '"Why now?" Macron asked' go on)
    if (text[k] !== '.') continue;
    let e = k + 1;
    while (e < to && CLOSERS.has(text[e]!)) e++;
    if (text[e] !== ' ') continue;
    let n = e;
    while (n < to && text[n] === ' ') n++;
    if (n >= to) break;
    if (!(isUpper(text.charCodeAt(n)) || OPENERS.has(text[n]!))) continue;
    if (!plainWord(text, from, k)) continue;
    out.push({ start, end: e });
    start = n;
  }
  out.push({ start, end: to });
  return out;
};

/**
 * A wire dateline at the start of a paragraph ("VIENNA, Nov 18 (Reuters) — ", "ERBIL, Iraq — ",
 * "Pyongyang, November 9 (KCNA) -- ", "MOSCOW, November 12. /TASS/. "): where the report was
 * filed, not an actor in it. A city in capitals needs only a dash after it; a city written
 * as a name needs a date or an agency ("Damascus, SANA - ").
 */
const CAPS = "[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*";
const TITLE = "[A-Z][a-z.'-]+(?: [A-Z][a-z.'-]+)*";
const PLACE = "(?:, [A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+)*)?";
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}';
const DATE = `(?:,? (?:\\d{1,2}(?:st|nd|rd|th)? )?${MONTH}\\.?(?: \\d{1,2})?(?:, \\d{4})?\\.?)`;
const AGENCY = '(?: ?\\([A-Za-z/ ]+\\)| ?/[A-Z]+/\\.?|, [A-Z]{2,8}(?= ?[—–-]))';
const DASH = '(?: ?(?:—|–|--?))';
const DATELINE = new RegExp(
  `^(?:${CAPS}${PLACE}${DATE}?${AGENCY}?${DASH}|${CAPS}${PLACE}${DATE}?${AGENCY}|` +
    `${TITLE}${PLACE}(?:${DATE}${AGENCY}?|, [A-Z]{2,8})${DASH}) ?`,
);
export const datelineEnd = (text: string, from: number, to: number): number => {
  const m = DATELINE.exec(text.slice(from, Math.min(to, from + 90)));
  return m ? from + m[0].length : from;
};

/**
 * Separates an article's body text from headlines, navigation, bylines, teasers and
 * footers. Only body blocks are mined for claims.
 */
export interface Block {
  start: number;
  end: number;
}

export interface ArticleLayout {
  blocks: Block[];
  title?: string;
  date?: string;
}

/** Lines that are site furniture whatever their punctuation. */
const NAV =
  /^(home|menu|close|search|share|subscribe|sign (up|in)|log ?in|advertisement|related( stories| articles)?|read more|more from|most read|trending|cookies?|accept|skip to|follow us|all rights reserved|copyright|©|published|updated|posted)\b/i;
const BYLINE = /^By [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,4}$/;
const TIMESTAMP = /\b\d+\s+(minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i;
const HEADING = /^(#{1,6}\s|H[1-6]:)/;
const TERMINAL = /[.!?]["'”’)\]]*$/;
const TRUNCATED = /(…|\.\.\.)["'”’]?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`);
const DATE_DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`);
const DATE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

const pad = (n: number): string => String(n).padStart(2, '0');
export const monthIndex = (m: string): number => MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1;

/** Finds a full date (YYYY-MM-DD) in a line of text. */
export const findFullDate = (line: string): string | undefined => {
  const iso = DATE_ISO.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = DATE_MDY.exec(line);
  if (mdy) return `${mdy[3]}-${pad(monthIndex(mdy[1] ?? ''))}-${pad(Number(mdy[2]))}`;
  const dmy = DATE_DMY.exec(line);
  if (dmy) return `${dmy[3]}-${pad(monthIndex(dmy[2] ?? ''))}-${pad(Number(dmy[1]))}`;
  return undefined;
};

const words = (line: string): string[] => line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
/** At least n words (cheap on long paragraphs). */
const hasWords = (line: string, n: number): boolean =>
  line.split(/\s+/, n + 2).filter((w) => /\p{L}/u.test(w)).length >= n;

/** Headline-style capitalisation: most longer words start with a capital. */
const titleCase = (line: string): boolean => {
  const long = words(line).filter((w) => w.replace(/\W/g, '').length >= 4);
  return (
    long.length >= 2 && long.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length / long.length > 0.7
  );
};

const isNav = (line: string): boolean =>
  (line.length < 80 && BYLINE.test(line)) ||
  (line.length < 120 && TIMESTAMP.test(line)) ||
  (NAV.test(line) && !hasWords(line, 9));

const isBody = (line: string): boolean =>
  TERMINAL.test(line) &&
  !TRUNCATED.test(line) &&
  !HEADING.test(line) &&
  !isNav(line) &&
  hasWords(line, 3) &&
  !(/[?!]["'”’)]*$/.test(line) && titleCase(line));

/** Splits an article into body blocks (one per paragraph), plus its headline and date if visible. */
export const articleLayout = (text: string): ArticleLayout => {
  const lines: Block[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t !== '') lines.push({ start: at + lead, end: at + lead + t.length });
    at += raw.length + 1;
  }
  const textOf = (b: Block): string => text.slice(b.start, b.end);
  // Re-join hard-wrapped paragraphs: a line continues when it lacks final punctuation
  // and the next one starts in lower case.
  const joined: Block[] = [];
  for (const l of lines) {
    const prev = joined[joined.length - 1];
    const p = prev ? textOf(prev) : '';
    const open =
      /^[\p{Ll}]/u.test(textOf(l)) ||
      /(,|\b(to|of|the|a|an|and|or|with|by|for|in|on|at|from|that|as))$/i.test(p);
    if (prev && !TERMINAL.test(p) && open) prev.end = l.end;
    else joined.push({ ...l });
  }
  const seen = new Set<string>();
  const blocks: Block[] = [];
  let title: string | undefined;
  let date: string | undefined;
  joined.forEach((b, i) => {
    const t = textOf(b);
    const body = isBody(t);
    if (i < 8 && date === undefined && !body) date = findFullDate(t);
    if (body && !seen.has(t)) blocks.push(b);
    else if (
      title === undefined &&
      blocks.length === 0 &&
      !isNav(t) &&
      hasWords(t, 4) &&
      !TERMINAL.test(t)
    )
      title = t;
    seen.add(t);
  });
  return {
    blocks,
    ...(title !== undefined ? { title } : {}),
    ...(date !== undefined ? { date } : {}),
  };
};

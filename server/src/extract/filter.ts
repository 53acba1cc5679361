import { CONSEQUENCES, CUT_VERBS, EVENT_REFS, TROOP_HEADS, VERDICTS } from './lexicon';
import type { ArticleState } from './names';
import { foldToken } from './nlp';
import { DENY_VERBS, NOUN_RULES, VERB_RULES } from './patterns';
import type { Gazetteer, Mention } from './types';

/** Irregular forms of trigger verbs (regular ones are generated). */
const IRREGULAR =
  'sent sold gave given held met struck stricken shot fought bought sought stood spoke spoken withheld lent hit froze frozen';
/** Generated forms that are mostly something else. */
const NOT_TRIGGERS = new Set([
  'united',
  'according',
  'accorded',
  'generals',
  'general',
  'arms',
  'callings',
]);
const ROLE =
  /\b(?:minister|president|secretary|spokes(?:man|woman|person)|ambassador|envoy|governor|commander|chancellor|premier|appointed|elected)\b/i;
const NAME_PAIR = /(?:^|\s)\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{Ll}'’-]+/u;

const forms = (lemma: string): string[] => {
  const out = [lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}d`, `${lemma}ing`];
  if (lemma.endsWith('y')) out.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  if (lemma.endsWith('e')) out.push(`${lemma.slice(0, -1)}ing`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(lemma))
    out.push(`${lemma}${lemma.at(-1)}ed`, `${lemma}${lemma.at(-1)}ing`);
  return out;
};

const FORMS = new Set<string>();
// rules that need a cue word ("said X would pay a price", "called it unacceptable") are
// triggered by that word, not by the common verb
const cued = (x: { flags: Set<string> }) =>
  x.flags.has('troopsubj') ||
  x.flags.has('troops') || // troop nouns are trigger words themselves
  x.flags.has('weaponsubj') ||
  x.flags.has('threat') ||
  x.flags.has('verdict') ||
  x.flags.has('demand') ||
  x.flags.has('list') ||
  x.flags.has('cannon') ||
  x.flags.has('terror');
for (const r of [...VERB_RULES.filter((x) => !cued(x)), ...NOUN_RULES])
  for (const l of r.lemmas) for (const f of forms(l)) FORMS.add(f);
for (const l of [...CONSEQUENCES, ...VERDICTS]) for (const f of forms(l)) FORMS.add(f);
for (const l of [...DENY_VERBS, ...TROOP_HEADS, 'member']) for (const f of forms(l)) FORMS.add(f);
// drills: a later "condemned the drills" refers to whoever held them
for (const l of ['drill', 'exercise', 'manoeuvre', 'maneuver', 'wargame'])
  for (const f of forms(l)) FORMS.add(f);
// "halted all trade with Israel" (a sanction)
for (const l of CUT_VERBS) for (const f of forms(l)) FORMS.add(f);
for (const w of IRREGULAR.split(' ')) FORMS.add(w);
for (const w of NOT_TRIGGERS) FORMS.delete(w);
FORMS.add('arms');
FORMS.add('must'); // "said Kyiv must withdraw" (demands)
FORMS.add('list'); // "placed X on its sanctions list"
FORMS.add('blacklist');
FORMS.add('cannon'); // "blasted the vessel with water cannon"
FORMS.add('terrorist'); // "designated … as foreign terrorist organisations"

/** Personal pronouns, a bit each. */
const PRONOUNS = new Map(
  ['he', 'she', 'him', 'it', 'its', 'they', 'their'].map((w, k) => [w, 1 << k]),
);
const TRIGGER = 1;
const SIGNAL = 2;
const PAIR = 4;
/** Lower-case word → TRIGGER (a trigger word) and/or SIGNAL (may refer to an actor: pronouns, denials). */
const WORDS = new Map<string, number>();
for (const w of FORMS) WORDS.set(w, TRIGGER);
for (const w of [
  'he',
  'she',
  'him',
  'it',
  'its',
  'they',
  'their',
  'group',
  'alliance',
  'bloc',
  'militants',
  'rebels',
  'militia',
  'insurgents',
  'paramilitaries',
  'allies',
  'tank',
  'watchdog',
  // bodies that stand for a state named before ("the foreign ministry", "officials")
  'ministry',
  'government',
  'administration',
  'junta',
  'regime',
  // "The president also accused Moscow …": a title standing for the person named before
  'president',
  'leader',
  'chancellor',
  ...[...DENY_VERBS].flatMap(forms),
])
  WORDS.set(w, (WORDS.get(w) ?? 0) | SIGNAL);
// ellipsis: "Canada followed suit", "Germany did the same" ("…, as did Japan" follows a trigger)
for (const w of ['suit', 'likewise', 'same']) WORDS.set(w, TRIGGER | SIGNAL);
// "would take resolute measures": a threat aimed at the latest adversary, named earlier
for (const w of ['measures', 'steps', 'actions', 'countermeasures']) WORDS.set(w, TRIGGER | SIGNAL);
// "vowed to retaliate", "warned that Moscow would respond": the same, without a named target
for (const w of [
  'retaliate',
  'retaliation',
  'avenge',
  'unpunished',
  'reprisal',
  'reprisals',
  'idly',
])
  WORDS.set(w, TRIGGER | SIGNAL);
for (const w of ['respond', 'response', 'options']) WORDS.set(w, (WORDS.get(w) ?? 0) | SIGNAL);
// "the two leaders", "both countries" name two actors at once
for (const w of ['two', 'both']) WORDS.set(w, (WORDS.get(w) ?? 0) | SIGNAL | PAIR);
/** "the decision", "these strikes": a reference back to an earlier act (a signal after a determiner). */
const EVENT_WORDS = new Set([...EVENT_REFS].flatMap((w) => [w, `${w}s`]));
const EVENT_DETS = new Set(['the', 'this', 'these', 'such', 'The', 'This', 'These', 'Such']);
/**
 * A cheap first test before the word look-ups (hand-written: this loop sees every word of
 * every article, and hashing each word for a map look-up cost more than all the rest of it):
 * a bit per (length, first letter, last letter) of the lower-case words that mean something.
 */
const SHAPES = new Uint8Array(32 * 128 * 128);
const shapeOf = (len: number, first: number, last: number): number =>
  (Math.min(len, 31) << 14) | ((first & 127) << 7) | (last & 127);
for (const w of [...WORDS.keys(), ...EVENT_WORDS])
  SHAPES[shapeOf(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
const PLAIN = /^[A-Za-z0-9-]*$/;
const trimWord = (w: string): string => {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(w.length - 1);
  return a === 46 || a === 45 || b === 46 || b === 45 ? w.replace(/^[.-]+|[.-]+$/g, '') : w;
};
const keyOf = (w: string): string => {
  const t = trimWord(w);
  return PLAIN.test(t) ? t.toLowerCase() : foldToken(t);
};
const UPPER = /^\p{Lu}/u;

/** One word of a paragraph, as seen by the cheap pre-tagging look. */
export interface Word {
  /** offset in the article */
  at: number;
  trigger: boolean;
  /** a pronoun, a denial (which needs only the denying party) or a gazetteer hit */
  signal: boolean;
  /** "two", "both": counts as two possible actors */
  pair?: boolean;
  /** a personal pronoun, one bit per word ("their" twice counts once) */
  pronoun?: number;
  /** gazetteer actor named from this word on */
  id?: string;
  /** whether that hit is a name (kept for surnames and recency), not a demonym or place */
  name?: boolean;
  /** a capitalised word the gazetteer does not know: maybe a surname named earlier */
  key?: string;
}

/** Word separators: white space and the punctuation that never belongs to a name. */
const ASCII_SEPARATORS = new Uint8Array(128);
for (const c of ' \t\n\r\v\f,;:!?()[]{}"\'/|') ASCII_SEPARATORS[c.charCodeAt(0)] = 1;
const OTHER_SEPARATOR = /[\s“”‘’]/;
const isSeparator = (c: number, text: string, k: number): boolean =>
  c < 128 ? ASCII_SEPARATORS[c] === 1 : OTHER_SEPARATOR.test(text[k]!);

/** Scans a paragraph once: trigger words, pronouns and gazetteer names, with their offsets. */
export const scanParagraph = (text: string, from: number, to: number, gaz: Gazetteer): Word[] => {
  // parallel arrays, not an object per word: most words are looked at once and dropped
  const raws: string[] = [];
  const ats: number[] = [];
  // hand-rolled split on separators: a regex exec per word allocated a match array per word,
  // and this loop sees every word of every paragraph
  let start = -1;
  for (let k = from; k <= to; k++) {
    const sep = k === to || isSeparator(text.charCodeAt(k), text, k);
    if (sep) {
      if (start >= 0) {
        raws.push(text.slice(start, k));
        ats.push(start);
        start = -1;
      }
    } else if (start < 0) start = k;
  }
  const out: Word[] = [];
  for (let i = 0; i < raws.length; i++) {
    const w = trimWord(raws[i]!);
    if (w.length < 2) continue;
    const c = w.charCodeAt(0);
    const upper = (c >= 65 && c <= 90) || (c >= 128 && UPPER.test(w));
    // (non-ASCII letters fall through to the look-ups: their shape bits may collide)
    const shaped =
      upper ||
      c >= 128 ||
      SHAPES[shapeOf(w.length, c, w.charCodeAt(w.length - 1))] === 1 ||
      w.charCodeAt(w.length - 1) >= 128;
    if (!shaped) continue; // most words: nothing to remember
    const lower = upper ? w.toLowerCase() : w;
    let kind = WORDS.get(lower) ?? 0;
    // "the two leaders" may be a pair of actors, "more than two hundred pages" is not
    if ((kind & PAIR) !== 0 && w.length === 3 && !/^the$/i.test(raws[i - 1] ?? '')) kind = 0;
    const event = !upper && EVENT_WORDS.has(w) && EVENT_DETS.has(raws[i - 1] ?? '');
    if (!upper && kind === 0 && !event) continue;
    const word: Word = {
      at: ats[i]!,
      trigger: (kind & TRIGGER) !== 0,
      signal: (kind & SIGNAL) !== 0 || event,
      ...((kind & PAIR) !== 0 ? { pair: true } : {}),
      ...((kind & SIGNAL) !== 0 && PRONOUNS.has(lower) ? { pronoun: PRONOUNS.get(lower) } : {}),
    };
    out.push(word);
    if (!upper) continue;
    let node = gaz.trie;
    let hit: { id: string; end: number; name: boolean } | undefined;
    for (let j = i; j < raws.length && j < i + 7; j++) {
      const key = keyOf(raws[j]!);
      const next =
        node.next.get(key) ?? (key.includes('-') ? node.next.get(key.split('-')[0]!) : undefined);
      if (!next) break;
      node = next;
      if (next.entry)
        hit = { id: next.entry.actorId, end: j + 1, name: next.entry.type === 'name' };
    }
    if (!hit) {
      word.key = keyOf(w);
      continue;
    }
    if (hit.id === '') {
      i = hit.end - 1; // a region that names no actor ("the South China Sea")
      continue;
    }
    word.id = hit.id;
    word.name = hit.name;
    word.signal = true;
    i = hit.end - 1;
  }
  return out;
};

/** An official's role next to a name: a structural fact may follow even without a trigger word. */
export const ROLE_AND_NAMES = (paragraph: string): boolean =>
  ROLE.test(paragraph) && NAME_PAIR.test(paragraph);

/** Whether any word of the paragraph is a trigger (else none of its sentences can hold a claim). */
export const anyTrigger = (words: readonly Word[], paragraph: string): boolean =>
  words.some((w) => w.trigger) || (ROLE.test(paragraph) && NAME_PAIR.test(paragraph));

export interface Preview {
  /** worth tagging: it uses a trigger word and names at least two possible actors */
  candidate: boolean;
  /** people and organizations named in it (kept for surname references when it is only skimmed) */
  names: Mention[];
}

/**
 * A cheap look at a sentence (the scanned words between its offsets) before tagging. To
 * hold a claim it must use a trigger word (a relation verb or noun, a denial, a troop noun,
 * or an official's role next to a name) and name at least two actors (gazetteer names,
 * demonyms, places, pronouns, surnames already named, or an unknown full name). Other
 * sentences are only skimmed for names.
 */
export const preview = (words: readonly Word[], sentence: string, st: ArticleState): Preview => {
  const names: Mention[] = [];
  let trigger = false;
  let signals = 0;
  // a pronoun said twice most likely means the same actor both times ("their … their")
  let pronouns = 0;
  words.forEach((w, k) => {
    trigger ||= w.trigger;
    const id = w.id ?? (w.key !== undefined ? st.short.get(w.key) : undefined);
    if (w.pronoun !== undefined) {
      if ((pronouns & w.pronoun) === 0) signals++;
      pronouns |= w.pronoun;
    } else if (w.signal || id !== undefined) signals += w.pair ? 2 : 1;
    if (id !== undefined && w.name !== false)
      names.push({ start: k, end: k + 1, actorId: id, kind: 'actor', poss: false });
  });
  if (trigger && signals < 2 && NAME_PAIR.test(sentence)) signals++;
  trigger ||= signals >= 1 && ROLE.test(sentence) && NAME_PAIR.test(sentence);
  return { candidate: trigger && signals >= 2, names };
};

/** The words of a scanned paragraph that fall in [start, end). */
export const wordsIn = (words: readonly Word[], start: number, end: number): Word[] => {
  // (words are in text order: a binary search for the first, then a slice)
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.at < start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < words.length && words[e]!.at < end) e++;
  return words.slice(lo, e);
};

/**
 * The phrase around a mention the left scan meets: the preposition governing it ("in Kyiv",
 * but not "some of the units"), a possessor acting through an agent noun ("Russia's foreign
 * ministry said"), a clause opener it is the subject after ("after Hezbollah fired"), and the
 * words that end or open a clause. Pure.
 */
import { AGENT_HEADS, OFFICIAL_ROLES, TROOP_HEADS, WEAPON_HEADS } from './lexicon';
import { POSS } from './mentions';
import { appositionStart } from './scan-asides';
import { isPrep, SKIPPABLE, type Ctx } from './scan-ctx';
import type { Mention, Tok } from './types';

/** Subordinators that end the scan: the clause they open has a subject of its own. */
export const STOP_SCONJ = new Set([
  'if',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'unless',
  'whether',
  'since',
  'once',
]);
/** Time words that end an adverbial, not a noun phrase: "agreed on Monday to provide". */
export const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday week weekend month
  year morning evening night january february march april may june july august september october
  november december`.split(/\s+/),
);
/** Prepositions that also open a clause ("after Hezbollah fired", "since Russia invaded"). */
export const CLAUSE_OPENERS = new Set([
  'after',
  'before',
  'since',
  'until',
  'as',
  'once',
  'when',
  'while',
]);
/** m, after a clause-opening preposition, is the subject of the verb group ending at `from`. */
export const clauseSubject = (ctx: Ctx, m: Mention, from: number): boolean => {
  // ("after 42 Chinese firms were added": past the subject's determiners and numbers)
  let s = m.start - 1;
  while (s > 0 && ['NUM', 'DET', 'ADJ'].includes(ctx.toks[s]!.p)) s--;
  const pre = ctx.toks[s];
  if (!pre || !CLAUSE_OPENERS.has(pre.f) || m.end > from) return false;
  // "before the two leaders held talks and signed …": a verb coordinated with the clause's
  // first verb shares its subject
  let to = from;
  while (ctx.toks[to - 1]?.p === 'ADV' || ctx.toks[to - 1]?.p === 'AUX') to--;
  if (ctx.toks[to - 1]?.f === 'and') {
    const first = ctx.toks.findIndex((t, k) => k >= m.end && k < to && t.p === 'VERB');
    if (
      first >= 0 &&
      !ctx.toks.slice(first, to).some((t, n) => t.f === ',' || ctx.startAt[first + n])
    )
      to = first;
  }
  // "after Pezeshkian, on his first visit to Moscow, held talks": past an aside
  if (ctx.toks[to - 1]?.f === ',' && appositionStart(ctx, to - 1) === m.end) return true;
  for (let k = m.end; k < to; k++)
    if (!['AUX', 'ADV', 'PART'].includes(ctx.toks[k]!.p)) return false;
  return true;
};

/** "Russia's foreign ministry said": after the possessive, only an agent noun phrase up to `from`. */
export const possessedAgent = (ctx: Ctx, m: Mention, from: number): boolean => {
  let k = m.end;
  if (POSS.has(ctx.toks[k]?.v ?? '')) k++;
  let head: Tok | undefined;
  let complement = false; // after "of" in "Board of Governors"
  for (; k < from; k++) {
    const t = ctx.toks[k]!;
    // ("China's military staged": "military" tagged as an adjective heads the phrase)
    const adjHead = t.p === 'ADJ' && AGENT_HEADS.has(t.l) && k === from - 1;
    if ((['NOUN', 'PROPN'].includes(t.p) || adjHead) && !ctx.cover[k]) {
      if (!complement) head = t;
    } else if (t.f === 'of' && head) complement = true;
    else if (!(
      ['ADJ', 'NUM'].includes(t.p) ||
      t.f === '-' ||
      (head && ['AUX', 'ADV', 'PART'].includes(t.p))
    ))
      return false;
  }
  // "its sea drones had struck a Russian patrol ship": the owner's weapons strike for it
  const strikes = WEAPON_HEADS.has(head?.l ?? '') && STRIKE_VERBS.has(ctx.toks[from]?.l ?? '');
  return (
    head !== undefined &&
    (AGENT_HEADS.has(head.l) || OFFICIAL_ROLES.has(head.l) || TROOP_HEADS.has(head.l) || strikes)
  );
};
const STRIKE_VERBS = new Set(['strike', 'hit', 'attack', 'target', 'destroy', 'sink', 'pound']);

const APPROX = new Set([
  'about',
  'around',
  'over',
  'nearly',
  'roughly',
  'some',
  'up',
  'under',
  'between',
]);
const PARTITIVES = new Set(
  `some many most several all one two three few dozens hundreds thousands part none each
  contingent detachment group team wave`.split(/\s+/),
);
/** The preposition governing a mention, ignoring partitives ("some of the North Korean units"). */
export const govPrep = (ctx: Ctx, k: number): boolean => {
  let j = k - 1;
  while (j >= 0 && SKIPPABLE.has(ctx.toks[j]!.p)) j--;
  const t = ctx.toks[j];
  // "About 11,000 North Korean soldiers": an approximate number, not a preposition
  if (t && APPROX.has(t.f) && ctx.toks[j + 1]?.p === 'NUM') return false;
  // "at least 3,000 North Korean troops"
  if (t?.f === 'at' && ['least', 'most'].includes(ctx.toks[j + 1]?.f ?? '')) return false;
  // "The foreign ministers of Congo and Rwanda signed", "A delegation of US senators met": the
  // body heading a clause's subject acts for the state after "of"
  // ("Officials in Warsaw pressed Washington": officials of the capital's state)
  // (by form: a capitalised "Officials" opening the sentence is tagged a name, its lemma kept)
  const placed = t?.f === 'in' && SUBJECT_IN.has((ctx.toks[j - 1]?.f ?? '').replace(/s$/, ''));
  if ((t?.f === 'of' && SUBJECT_OF.has(ctx.toks[j - 1]?.l ?? '')) || placed) {
    let b = j - 2;
    while (b >= 0 && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(ctx.toks[b]!.p) && !ctx.cover[b]) b--;
    if (b < 0 || ctx.toks[b]!.f === ',') return false;
  }
  return isPrep(t) && !(t!.f === 'of' && PARTITIVES.has(ctx.toks[j - 1]?.f ?? ''));
};
const SUBJECT_IN = new Set(['official', 'diplomat', 'lawmaker', 'politician', 'leader']);
const SUBJECT_OF = new Set(
  'delegation minister leader official representative envoy member head government diplomat'.split(
    ' ',
  ),
);

/** Token before position k, skipping determiners and adjectives. */
export const before = (ctx: Ctx, k: number): Tok | undefined => {
  let j = k - 1;
  while (j >= 0 && SKIPPABLE.has(ctx.toks[j]!.p)) j--;
  return ctx.toks[j];
};

import { ROUGHLY } from './lexicon';
import { LIGHT_VERBS, NOUN_RULES, VERB_RULES } from './patterns';
import { POSS_PRON } from './scan-ctx';
import type { Tok } from './types';

/**
 * Repairs the few part-of-speech errors of wink-nlp's light model that hide a trigger verb.
 * Hand-written because the model cannot be retrained here; each repair is narrow:
 *  - "India imports large quantities of …": a plural noun form of a trigger verb right after a
 *    proper-noun subject and before its object is the verb ("China's imports rose" stays a noun);
 *  - "…, firing missiles at Israel": an -ing form after a comma and before an object is a
 *    participle, not the noun "firing";
 *  - "that evening": "that" before a time word is a determiner, not a conjunction;
 *  - "will double tariffs": a trigger or light verb after a modal is a verb;
 *  - "Israeli strikes last month": a trigger noun after a demonym, tagged as a verb, is a noun;
 *  - "took delivery of X" reads as "received X" (the recipient is the subject);
 *  - "Russia has 2,500 troops in Mali": "have" with no participle after it is the main verb,
 *    and "had shot down" is an auxiliary;
 *  - "press secretary Pat Ryder": "press" before an office or event noun is a noun;
 *  - "has since signed": "since" between an auxiliary and its verb is an adverb.
 */
const TRIGGER_VERBS = new Set(VERB_RULES.flatMap((r) => [...r.lemmas]));
const TRIGGER_NOUNS = new Set(NOUN_RULES.flatMap((r) => [...r.lemmas]));
/** Demonym endings: "Israeli", "Russian", "Chinese", "British", "French". */
const DEMONYM_END = /(i|an|ese|ish|ch)$/;
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'to']);
const RELATIVES = new Set(['which', 'who', 'that']);
const OBJECT_START = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
/** A subject's proper-noun run starts a clause ("a new EU sanctions package" is no subject). */
const CLAUSE_START = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
/** Compounds the mention finder reads itself ("Iranian-made", "Russian-backed"). */
const MADE_LIKE = new Set([
  'made',
  'built',
  'designed',
  'backed',
  'supplied',
  'produced',
  'manufactured',
  'funded',
  'led',
  'flagged',
  'owned',
  'registered',
  'operated',
  'controlled',
]);
const HEDGES = new Set(['suspected', 'alleged', 'purported', 'presumed']);
/** "press secretary", "press conference": "press" is a noun there, not the verb. */
const PRESS_COMPOUNDS = new Set(
  'secretary conference briefing release office officer service agency freedom statement'.split(
    ' ',
  ),
);
const TIME_NOUNS = new Set(
  'morning afternoon evening night day week weekend month year time'.split(' '),
);

/** An auxiliary "have" before i, past adverbs ("has long accused"). */
const afterHave = (toks: Tok[], i: number): boolean => {
  let k = i - 1;
  while (k > 0 && (toks[k]!.p === 'ADV' || toks[k]!.f === 'long')) k--;
  return toks[k]?.l === 'have' && toks[k]!.p === 'AUX';
};

/** The verb lemma of an -ing form, if it is a trigger verb: firing → fire, shipping → ship. */
const ingLemma = (f: string): string | undefined => {
  if (!f.endsWith('ing') || f.length < 6) return undefined;
  const stem = f.slice(0, -3);
  const doubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : undefined;
  return [stem, `${stem}e`, doubled].find((c) => c !== undefined && TRIGGER_VERBS.has(c));
};

/** Makes an "-ed" form a verb when its stem is a trigger verb ("accused" → accuse). */
const triggerParticiple = (t: Tok): void => {
  const stem = t.f.slice(0, -2);
  const lemma = [stem, `${stem}e`, stem.slice(0, -1)].find((x) => TRIGGER_VERBS.has(x));
  if (lemma === undefined) return;
  t.p = 'VERB';
  t.l = lemma;
};

export const repairTags = (toks: Tok[]): void => {
  // two passes: a repair may enable another ("had shot down": "shot" first becomes a verb)
  for (let pass = 0; pass < 2; pass++) repairPass(toks);
};

const repairPass = (toks: Tok[]): void => {
  // "Meeting in Beijing, …": a capitalised participle whose lemma the model missed
  for (const t of toks)
    if (t.p === 'VERB' && t.l === t.f && t.f.endsWith('ing')) t.l = ingLemma(t.f) ?? t.l;
    // ("Russian liquefied natural gas")
    else if (t.f === 'liquefied' || t.f === 'liquified') t.p = 'ADJ';
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1]!;
    const next = toks[i + 1];
    if (t.p === 'NOUN' && /s$/.test(t.f) && TRIGGER_VERBS.has(t.l)) {
      let k = i - 1;
      // ("The package also blacklists several Chinese firms": past an adverb)
      const adverb = prev.p === 'ADV' && toks[i - 2]?.p === 'NOUN' && toks[i - 3]?.p === 'DET';
      if (adverb && next && OBJECT_START.has(next.p)) {
        t.p = 'VERB';
        continue;
      }
      while (toks[k]?.p === 'PROPN') k--;
      if (toks[k]?.f === 'the' && k === 0) k--;
      // ("Poland, which hosts around 10,000 US troops")
      const subject =
        (k < i - 1 && (k < 0 || CLAUSE_START.has(toks[k]!.p))) ||
        (RELATIVES.has(prev.f) && toks[i - 2]?.f === ',');
      const about = ROUGHLY.has(next?.f ?? '') && toks[i + 2]?.p === 'NUM';
      if (subject && next && (OBJECT_START.has(next.p) || about) && next.f !== 'of') t.p = 'VERB';
    } else if (t.p === 'NOUN' && prev.f === ',' && next && OBJECT_START.has(next.p)) {
      const lemma = ingLemma(t.f);
      if (lemma !== undefined) {
        t.p = 'VERB';
        t.l = lemma;
      }
    } else if (t.l === 'have' && t.p === 'AUX') {
      let k = i + 1;
      while (['ADV', 'PART'].includes(toks[k]?.p ?? '')) k++;
      const n = toks[k];
      // "has long accused": a participle soon after keeps it an auxiliary
      const participle = toks
        .slice(i + 1, i + 4)
        .some((x) => /(ed|en)$/.test(x.f) && x.p !== 'NUM' && x.f !== 'between');
      // ("has between 3,000 and 4,000 soldiers", "has about 2,500 troops")
      const amount = (n?.f === 'between' || ROUGHLY.has(n?.f ?? '')) && toks[k + 1]?.p === 'NUM';
      if (
        n &&
        (OBJECT_START.has(n.p) || amount) &&
        !participle &&
        !(n.p === 'PRON' && toks[k + 1]?.p === 'VERB')
      )
        t.p = 'VERB';
    } else if (t.l === 'have' && t.p === 'VERB' && next?.p === 'VERB' && next.f !== next.l) {
      t.p = 'AUX'; // "had shot down": an auxiliary before a participle
    } else if (
      t.p !== 'VERB' &&
      MODALS.has(prev.f) &&
      (TRIGGER_VERBS.has(t.f) || LIGHT_VERBS.has(t.f)) &&
      next &&
      OBJECT_START.has(next.p)
    ) {
      t.p = 'VERB'; // "will double tariffs": a verb after a modal
      t.l = t.f;
    } else if ((t.p === 'NOUN' || t.p === 'ADJ') && /ed$/.test(t.f) && afterHave(toks, i)) {
      triggerParticiple(t); // "has long accused": a participle after "have" tagged as a noun
    } else if (
      t.p === 'VERB' &&
      /s$/.test(t.f) &&
      TRIGGER_NOUNS.has(t.l) &&
      prev.p === 'PROPN' &&
      DEMONYM_END.test(prev.f) &&
      next &&
      ['ADJ', 'ADP', 'PUNCT', 'AUX', 'VERB'].includes(next.p)
    ) {
      t.p = 'NOUN'; // "U.S. and Israeli strikes last month on …"
    } else if (
      (t.p === 'NOUN' || t.p === 'ADJ') &&
      /ed$/.test(t.f) &&
      ['NOUN', 'ADJ', 'PROPN'].includes(prev.p) &&
      toks[i - 2]?.p !== 'DET' &&
      (next?.p === 'PROPN' || next?.f === 'the')
    ) {
      // "South Korea's military accused North Korea": a finite verb after its subject's head
      triggerParticiple(t);
    } else if (
      t.p === 'VERB' &&
      t.f === t.l &&
      prev.p === 'NOUN' &&
      !/s$/.test(prev.f) &&
      ['a', 'an'].includes(toks[i - 2]?.f ?? '') &&
      next?.p === 'ADP'
    ) {
      t.p = 'NOUN'; // "hit an apartment block in Zaporizhzhia": a compound noun, not a verb
    } else if (t.f === 'but' && ['all', 'nothing', 'anything', 'everything'].includes(prev.f)) {
      t.p = 'ADP'; // "intercepted all but one of the missiles": no clause of its own
    } else if (
      t.p === 'VERB' &&
      t.f === 'shipping' &&
      next?.p === 'NOUN' &&
      (['DET', 'ADJ', 'NUM'].includes(prev.p) || prev.l === 'base')
    ) {
      t.p = 'ADJ'; // "a shipping company", "shipping lanes": no act of shipping
      t.l = t.f;
    } else if (/^freezes?$/.test(t.f) && prev.f === 'asset') {
      t.p = 'NOUN'; // "travel bans and asset freezes on 12 officials"
    } else if (t.f === 'hit' && next?.f === 'out' && toks[i + 2]?.f === 'at') {
      t.l = 'lash'; // "hit out at Washington": a rebuke, not a strike
    } else if (t.f === 'shot' && next?.f === 'down') {
      t.p = 'VERB'; // "shot down five jets"
      t.l = 'shoot';
    } else if (t.l === 'delivery' && prev.l === 'take') {
      prev.l = 'receive';
    } else if (t.f === 'that' && t.p === 'SCONJ' && TIME_NOUNS.has(next?.f ?? '')) t.p = 'DET';
    // "North Korea's transfer of missiles", "his backing for Putin": a trigger noun after a
    // possessive
    else if (
      t.p === 'VERB' &&
      ((prev.p === 'PART' && /^['’]s$/.test(prev.f) && TRIGGER_NOUNS.has(t.f)) ||
        POSS_PRON.has(prev.f))
    ) {
      // ("their push toward Pokrovsk": any verb form after a possessive pronoun is a noun)
      t.p = 'NOUN';
      if (TRIGGER_NOUNS.has(t.f)) t.l = t.f;
    }
    // "entities that supply Russia's industry": a trigger verb after a relative pronoun
    else if (
      t.p === 'NOUN' &&
      RELATIVES.has(prev.f) &&
      TRIGGER_VERBS.has(t.f) &&
      next &&
      OBJECT_START.has(next.p)
    ) {
      t.p = 'VERB';
      t.l = t.f;
    }
    // "nuclear-powered submarines", "Iranian-designed drones": the participle of a compound
    else if (
      t.p === 'VERB' &&
      prev.f === '-' &&
      toks[i - 2]?.p !== 'PROPN' &&
      /ed$/.test(t.f) &&
      (next?.p === 'NOUN' || next?.p === 'ADJ') &&
      !MADE_LIKE.has(t.f)
    )
      t.p = 'ADJ';
    // "the massive combined missile and drone attack": a participle between a determiner (and
    // an adjective) and a noun modifies the noun
    // (and "a pumping station", "a training camp": a gerund modifying the noun)
    else if (
      t.p === 'VERB' &&
      (['the', 'a', 'an'].includes(prev.f) ||
        (prev.p === 'ADJ' && ['the', 'a', 'an'].includes(toks[i - 2]?.f ?? ''))) &&
      ((/ed$/.test(t.f) && (next?.p === 'NOUN' || next?.p === 'ADJ') && !TRIGGER_VERBS.has(t.l)) ||
        (/ing$/.test(t.f) && next?.p === 'NOUN'))
    )
      t.p = 'ADJ';
    // "held phone calls with", "held calls with": a plural noun after a light verb
    else if (
      t.p === 'VERB' &&
      /s$/.test(t.f) &&
      (prev.f === 'phone' || (prev.p === 'VERB' && ['hold', 'have', 'make'].includes(prev.l))) &&
      (next?.p === 'ADP' || next?.f === 'on')
    )
      t.p = 'NOUN';
    // "struck suspected PKK positions": a participle modifying the object is an adjective
    else if (t.p === 'VERB' && HEDGES.has(t.f) && prev.p === 'VERB' && next && next.p !== 'ADP')
      t.p = 'ADJ';
    // "press secretary Pat Ryder", "a press conference"
    else if (t.p === 'VERB' && t.f === 'press' && PRESS_COMPOUNDS.has(next?.f ?? '')) t.p = 'NOUN';
    // "would \"drag Lebanon into strife\"": a bare noun form after a modal is a verb
    else if (
      t.p === 'NOUN' &&
      t.f === t.l &&
      ((MODALS.has(prev.f) && prev.f !== 'to') ||
        (prev.f === '"' && MODALS.has(toks[i - 2]?.f ?? '') && toks[i - 2]!.f !== 'to')) &&
      next &&
      OBJECT_START.has(next.p)
    )
      t.p = 'VERB';
    // "an estimated 15,000 troops": a participle between a determiner and a number
    // and "six decommissioned destroyers": one between a number and its noun
    else if (
      t.p === 'VERB' &&
      /ed$/.test(t.f) &&
      ((['a', 'an'].includes(prev.f) && next?.p === 'NUM') ||
        // (not "Moscow in 2014 annexed Crimea": a date, then the verb)
        (prev.p === 'NUM' &&
          toks[i - 2]?.p !== 'ADP' &&
          ['NOUN', 'PROPN', 'ADJ'].includes(next?.p ?? '')))
    )
      t.p = 'ADJ';
    // "a publicly announced meeting": an -ing form after a determiner and a participle is a noun
    else if (
      t.p === 'VERB' &&
      /ing$/.test(t.f) &&
      prev.p === 'VERB' &&
      /ed$/.test(prev.f) &&
      (toks[i - 2]?.p === 'DET' || (toks[i - 2]?.p === 'ADV' && toks[i - 3]?.p === 'DET'))
    ) {
      t.p = 'NOUN';
      t.l = t.f;
    }
    // "28,500 service members": soldiers
    else if (
      (t.l === 'member' && prev.f === 'service') ||
      (t.l === 'engineer' && ['military', 'combat'].includes(prev.f))
    )
      t.l = 'serviceman'; // ("6,000 military engineers")
    // "Riyadh has since signed": "since" between an auxiliary and its verb is an adverb
    else if (t.f === 'since' && prev.p === 'AUX' && next?.p === 'VERB') t.p = 'ADV';
    // "struck the apartment block in Ternopil": a bare verb form after a determiner and a
    // singular noun, before a preposition, ends a compound noun
    else if (
      t.p === 'VERB' &&
      t.f === t.l &&
      prev.p === 'NOUN' &&
      prev.f === prev.l &&
      !prev.f.endsWith('s') &&
      ['the', 'a', 'an'].includes(toks[i - 2]?.f ?? '') &&
      (next?.p === 'ADP' || next?.f === '.' || next?.f === ',')
    )
      t.p = 'NOUN';
    // "a Philippine resupply boat": a vessel, not a verb (and its modifier no adverb)
    else if (
      t.p === 'VERB' &&
      VESSELS.has(t.f) &&
      ['DET', 'ADJ', 'NOUN', 'ADV'].includes(prev.p) &&
      !['NOUN', 'PROPN', 'DET', 'NUM', 'ADJ'].includes(next?.p ?? '')
    ) {
      t.p = 'NOUN';
      if (prev.p === 'ADV') prev.p = 'NOUN';
    }
  }
};

const VESSELS = new Set([
  'boat',
  'boats',
  'ship',
  'ships',
  'vessel',
  'vessels',
  'tanker',
  'tankers',
]);

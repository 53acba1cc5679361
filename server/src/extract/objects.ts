/** The objects of a trigger: the scan rightwards for the first eligible mention. Pure. */
import { OFFICIAL_ROLES, PLACE_HEADS, ROLE_WORDS, ROUGHLY, TROOP_HEADS } from './lexicon';
import { POSS } from './mentions';
import { alsoListed, gapped, listedObject } from './objects-lists';
import {
  PLACE_PREPS,
  ACT_NOUNS,
  AGENT_OF,
  CLAUSE_AFTER_COMMA,
  ENTITIES,
  LINKED,
  NAMING,
  ownsGoods,
  ownsPartners,
  PARTITIVE,
  PLACE_PARTS,
  PURPOSE,
  TRADE,
} from './objects-words';
import { TIME_WORDS } from './scan-phrases';
import { isPrep, POSS_PRON, type Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { Mention, Tok } from './types';

/**
 * Objects of a trigger ending before `from`: the first eligible mention whose governing
 * preposition (or none: `_`) is one of the markers, plus mentions coordinated with it.
 */
/** Whether "by" before j closes a participle after a noun ("the drills staged (…) by"). */
const reducedBy = (toks: Tok[], from: number, j: number): boolean => {
  const by = toks.slice(from, j).findLastIndex((x) => x.f === 'by') + from;
  const v = toks
    .slice(from, by)
    .findLastIndex((x, n, a) => x.p === 'VERB' && /ed$/.test(x.f) && a[n - 1]?.p === 'NOUN');
  return v >= 0 && by - (from + v) <= 6;
};

/** Length of "as many as", "up to", "at least", "more than" before a number at j, else 0. */
const amountWords = (toks: Tok[], j: number): number => {
  const second = AMOUNT_STARTS.get(toks[j]?.f ?? '');
  if (second === undefined || !second.includes(toks[j + 1]?.f ?? '')) return 0;
  // ("as many as": three words)
  const n = toks[j + 1]!.f === 'many' ? 3 : 2;
  if (n === 3 && toks[j + 2]?.f !== 'as') return 0;
  return toks[j + n]?.p === 'NUM' ? n : 0;
};
/** First word of an amount phrase → the words that may follow it. */
const AMOUNT_STARTS = new Map([
  ['as', ['many', 'much']],
  ['up', ['to']],
  ['at', ['least']],
  ['more', ['than']],
  ['fewer', ['than']],
  ['less', ['than']],
]);

/** What an armed group holds: attacking it attacks the group. */
const HELD = new Set(
  'position territory town village city area district base outpost stronghold enclave zone region'.split(
    ' ',
  ),
);

/** "the village of Novoselivka" ends before j: a place the gazetteer does not know. */
const unnamedPlace = (ctx: Ctx, j: number): boolean => {
  let k = j - 1;
  while (k > 0 && ctx.toks[k]!.p === 'PROPN' && !ctx.cover[k]) k--;
  return k < j - 1 && ctx.toks[k]!.f === 'of' && PLACE_HEADS.has(ctx.toks[k - 1]?.l ?? '');
};

export const rightObjects = (
  ctx: Ctx,
  from: number,
  markers: Set<string>,
  ok: (m: Mention) => boolean,
): Mention[] => {
  const { toks } = ctx;
  let prep: string | null = null;
  let sawNoun = false;
  let nouns = 0;
  let comma = false;
  let amount: number;
  for (let j = from; j < toks.length && j < from + 22; j++) {
    const t = toks[j]!;
    // "criticised what it called Washington's long-arm jurisdiction": past the naming clause
    if (t.f === 'what') {
      const v = toks.findIndex((x, n) => n > j && n <= j + 9 && NAMING.has(x.l) && x.p === 'VERB');
      if (v > 0) {
        j = toks[v + 1]?.f === 'as' ? v + 1 : v;
        continue;
      }
    }
    // "condemned in the strongest terms the aggression": past the manner adjunct
    if (t.f === 'in' && prep === null && nouns === 0) {
      const at = toks.slice(j + 1, j + 6).findIndex((x) => x.f === 'terms');
      const terms = at < 0 ? -1 : j + 1 + at;
      if (terms > 0 && !toks.slice(j, terms).some((_, n) => ctx.startAt[j + n])) {
        j = terms;
        continue;
      }
    }
    const m = ctx.startAt[j];
    if (m) {
      // "hosted North Korea's Kim Jong Un": the person, not the state that owns the name
      const named = m.poss
        ? ctx.startAt[POSS.has(toks[m.end]?.v ?? '') ? m.end + 1 : m.end]
        : undefined;
      if (
        named &&
        named.kind === 'actor' &&
        ctx.gaz.actors.get(named.actorId)?.kind === 'OFFICIAL'
      ) {
        j = named.start - 1;
        continue;
      }
      // "on its border with Ukraine": the border's owner is not the object
      if (m.poss && (toks[m.end]?.l === 'border' || toks[m.end + 1]?.l === 'border')) {
        j = m.end;
        continue;
      }
      // "delivered its missiles to Ukraine": the owner of the goods or troops is not the object
      if (m.poss && POSS_PRON.has(t.f) && ownsGoods(ctx, m.end)) continue;
      // "would not send Germany's Taurus missiles to Ukraine"
      if (
        m.poss &&
        !POSS_PRON.has(t.f) &&
        markers.has('to') &&
        ownsGoods(ctx, /^['’]/.test(toks[m.end]?.v ?? '') ? m.end + 1 : m.end)
      ) {
        j = m.end;
        continue;
      }
      // "urged Kyiv's partners to speed up deliveries": the partners, not Kyiv
      if (m.poss && !POSS_PRON.has(t.f) && ownsPartners(ctx, m.end)) {
        j = m.end;
        continue;
      }
      // "blacklisted the state carrier Iran Air", "struck the militant group Hezbollah"
      const apposed = prep === null && nouns > 0 && toks[j - 1]?.p === 'NOUN' && !comma;
      // "blacklisted dozens of tankers and several Chinese refineries": a list of objects
      const listed = (prep === null || prep === 'as') && nouns > 0 && listedObject(ctx, from, j, m);
      // "condemned the attack by Russia", "a brutal police raid by Kosovo authorities": the
      // author of the act condemned
      const byAuthor =
        prep === 'by' &&
        markers.has('_') &&
        (ACT_NOUNS.has(toks.slice(from, j).findLast((x) => x.p === 'NOUN')?.l ?? '') ||
          // "condemned the drills staged by the US", "the measures adopted against Russia by
          // the EU": a reduced passive names the author of what is condemned
          reducedBy(toks, from, j));
      const marker = byAuthor || listed ? '_' : (prep ?? (sawNoun && !apposed ? null : '_'));
      if (marker !== null && markers.has(marker) && ok(m)) {
        const objects = gapped(ctx, coordinated(ctx, m, ok, 1), marker, ok);
        return [...objects, ...alsoListed(ctx, objects[objects.length - 1]!.end, ok)];
      }
      j = m.end - 1;
      sawNoun = true;
      continue;
    }
    if (
      /^[;:.?!()—]$/.test(t.v) ||
      ['where', 'when', 'which', 'who', 'whom', 'whose'].includes(t.f) ||
      // "signed a declaration … after talks with Trump": an adjunct, not the object
      (['after', 'before', 'during'].includes(t.f) && t.p === 'ADP')
    )
      break;
    if (t.f === ',') {
      comma = true;
      // "fired dozens of the weapons, which Pyongyang began shipping, at Ukrainian cities"
      if (['which', 'who'].includes(toks[j + 1]?.f ?? '')) {
        const close = toks.findIndex((x, n) => n > j + 1 && n < j + 18 && x.f === ',');
        const next = toks[close + 1];
        if (close > 0 && next && isPrep(next)) {
          j = close;
          continue;
        }
      }
      if (CLAUSE_AFTER_COMMA.has(toks[j + 1]?.f ?? '')) break;
      prep = null;
      sawNoun = true;
    } else if (
      nouns > 0 &&
      prep === null &&
      markers.has('_') &&
      (t.f === 'including' || (t.f === 'among' && toks[j + 1]?.f === 'them'))
    ) {
      // "blacklisted 300 entities, including 20 companies in China", "hosted 20 leaders, among
      // them Vladimir Putin": the named members of the object
      if (t.f === 'among') j++;
      sawNoun = false;
    } else if (t.f === 'that' && t.p === 'SCONJ') {
      if (!markers.has('that')) break;
      prep = 'that';
    } else if (
      (t.f === 'of' || t.f === 'in') &&
      (prep === null || ['with', 'on', 'to', 'at', 'against'].includes(prep)) &&
      ((nouns <= 1 && AGENT_OF.has(toks[j - 1]?.l ?? '')) ||
        (nouns <= 1 && t.f === 'of' && OFFICIAL_ROLES.has(toks[j - 1]?.l ?? '')))
    ) {
      // "support the government of X" is supporting X; "hosted the emir of Qatar" met Qatar
      sawNoun = false;
    } else if (
      t.f === 'of' &&
      nouns === 1 &&
      (prep === null || PLACE_PREPS.has(prep)) &&
      (PLACE_HEADS.has(toks[j - 1]?.l ?? '') || PLACE_PARTS.has(toks[j - 1]?.l ?? ''))
    ) {
      // "struck a residential area of Kharkiv" struck Kharkiv ("slammed into the centre of Sumy")
      sawNoun = false;
    } else if (t.f === 'of' && PARTITIVE.has(toks[j - 1]?.f ?? '')) {
      // "one of its vessels", "dozens of Houthi targets": the partitive is not the object
      if (toks[j - 1]!.p === 'NOUN') nouns--;
      sawNoun = nouns > 0;
    } else if (
      LINKED.has(t.l) &&
      ['to', 'by', 'with'].includes(toks[j + 1]?.f ?? '') &&
      nouns > 0 &&
      // "positions held by the SDF", not "hostages held by Hamas"
      (t.l !== 'hold' || (toks[j + 1]?.f === 'by' && HELD.has(toks[j - 1]?.l ?? '')))
    ) {
      j++; // "tankers belonging to Russia", "firms linked to Iran": the owner is the object
      sawNoun = false; // (the marker stays: "sanctions on a network run by the IRGC")
    } else if (
      t.f === 'in' &&
      nouns > 0 &&
      ENTITIES.has(toks[j - 1]!.l) &&
      ((prep === 'on' && markers.has('on')) || (prep === null && markers.has('_')))
    ) {
      sawNoun = false; // "sanctions on 300 companies in Russia, China and Turkey"
    } else if (
      t.p === 'VERB' &&
      prep === 'on' &&
      nouns > 0 &&
      TRADE.has(toks[j - 1]!.l) &&
      ['from', 'in'].includes(toks[j + 1]?.f ?? '')
    ) {
      j++; // "tariffs on goods imported from the United States", "on cars made in China"
      sawNoun = false;
    } else if (t.f === 'from' && prep === 'on' && nouns === 1 && TRADE.has(toks[j - 1]!.l)) {
      sawNoun = false; // "tariffs on goods from India" are on India
    } else if (t.f === 'of' && toks[j - 1]?.f === 'worth' && prep !== null) {
      sawNoun = false; // "tariffs on C$30 billion worth of American goods"
    } else if (t.f === 'down' && toks[j - 1]?.l === 'shoot') {
      prep = 'down'; // "shot down five Indian jets"
    } else if (t.f === 'targeting') {
      prep = 'on';
    } else if (t.f === 'with' && toks[j - 1]?.l === 'border' && prep !== null) {
      // "to the border with Ukraine" is towards Ukraine
    } else if (
      (ROUGHLY.has(t.f) && toks[j + 1]?.p === 'NUM') ||
      (t.f === 'between' && toks[j + 1]?.p === 'NUM' && toks[j + 2]?.f === 'and')
    ) {
      // "hosts around 10,000 US troops", "has between 3,000 and 4,000 soldiers": an amount
    } else if ((amount = amountWords(toks, j)) > 0) {
      j += amount - 1; // "on as many as five commanders", "up to 20 firms"
    } else if (t.p === 'VERB' && TROOP_HEADS.has(toks[j - 1]?.l ?? '') && /(ing|ed)$/.test(t.f)) {
      // "3,000 soldiers operating alongside M23 rebels in eastern Congo": a participle of the
      // troops, the place follows
    } else if ((t.f === 'on' || t.f === 'in') && TIME_WORDS.has(toks[j + 1]?.f ?? '')) {
      // "imposed sanctions on Monday on the Houthis": past the time adjunct
      j += toks[j + 2]?.p === 'NUM' ? 2 : 1;
    } else if (t.f === 'in' && prep === null && unnamedPlace(ctx, j)) {
      // "captured the village of Novoselivka in the Donetsk region": the unnamed place's region
      sawNoun = false;
    } else if (isPrep(t) || (t.f === 'to' && t.p === 'PART')) {
      // "troops to bolster Russia", "soldiers to fight alongside Russian forces"
      if (t.f === 'to' && markers.has('purpose') && PURPOSE.has(toks[j + 1]?.l ?? '')) {
        j++;
        prep = 'purpose';
        continue;
      }
      if (t.f === 'to' && toks[j + 1]?.p === 'VERB') break;
      prep = t.f;
    } else if (t.p === 'VERB' && toks[j - 1]?.f === '-' && /(ed|made|built|grown)$/.test(t.f)) {
      // ("Western-made semiconductors")
      // "positions of the Kurdish-led Syrian Democratic Forces": a compound modifier;
      // "killed al-Qaeda-linked militants": the owner of the linked ones is the object
      const owner = ctx.endAt[j - 1];
      if (owner) {
        if (LINKED.has(t.l) && markers.has('_') && prep === null && ok(owner)) return [owner];
        break;
      }
    } else if (
      t.p === 'VERB' &&
      /ed$/.test(t.f) &&
      toks[j - 1]?.p === 'NOUN' &&
      markers.has('_') &&
      (prep === null || prep === 'of') &&
      toks.slice(j + 1, j + 6).some((x) => x.f === 'by')
    ) {
      // "condemned the drills staged (near the border) by the US": on to the author
    } else if (t.p === 'VERB' || t.p === 'AUX' || t.p === 'SCONJ') break;
    else if ((t.p === 'NOUN' && !ROLE_WORDS.has(t.f)) || (t.p === 'PRON' && !POSS_PRON.has(t.f))) {
      sawNoun = true;
      nouns++;
    }
  }
  return [];
};

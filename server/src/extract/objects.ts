import { EVENT_REFS, PLACE_HEADS, ROLE_WORDS, ROUGHLY, TROOP_HEADS, WEAPON_HEADS } from './lexicon';
import { coordinated, isPrep, POSS_PRON, SKIPPABLE, type Ctx } from './scan';
import { POSS } from './mentions';
import type { Mention } from './types';

const PURPOSE = new Set([
  'train',
  'support',
  'bolster',
  'help',
  'aid',
  'assist',
  'reinforce',
  'back',
  'fight',
  'defend',
  'protect',
]);
const PARTITIVE = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'one',
  'two',
  'some',
  'several',
  'many',
  'most',
  'part',
  'parts',
  'all',
  'each',
]);
const AGENT_OF = new Set([
  'government',
  'regime',
  'people',
  'leadership',
  'military',
  'army',
  'forces',
  'force',
  'navy',
]);
const CLAUSE_AFTER_COMMA = new Set([
  'which',
  'who',
  'while',
  'whereas',
  'although',
  'though',
  'but',
  'as',
  'according',
  'where',
  'when',
  'after',
  'saying',
  'adding',
  'calling',
  'citing',
  'with',
]);

const LINKED = new Set([
  'belong',
  'link',
  'tie',
  'connect',
  'own',
  'affiliate',
  'associate',
  'control',
  'run',
  'operate',
]);
const PLACE_PARTS = new Set(
  'outskirt suburb centre center part edge heart column convoy unit member cell camp'.split(' '),
);
/** "its treaty ally": the possessor of a partner noun is not the one meant */
const PARTNERS = new Set([
  'ally',
  'partner',
  'neighbour',
  'neighbor',
  'friend',
  'proxy',
  'client',
  'rival',
  'counterpart',
]);
const ENTITIES = new Set(
  'individual company firm entity bank refinery people official businessman person vessel tanker'.split(
    ' ',
  ),
);
const TRADE = new Set(
  'good import export product shipment steel aluminium aluminum car vehicle commodity'.split(' '),
);
const OWN_TROOPS = new Set(['troop', 'soldier', 'force', 'personnel', 'unit']);
const ownsGoods = (ctx: Ctx, from: number): boolean => {
  // ("their own long-range missiles")
  for (let k = from; k < ctx.toks.length && k < from + 6; k++) {
    const t = ctx.toks[k]!;
    if (t.p === 'NOUN' && (WEAPON_HEADS.has(t.l) || OWN_TROOPS.has(t.l) || PARTNERS.has(t.l)))
      return true;
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.p) && t.f !== '-') return false;
  }
  return false;
};

const ACT_NOUNS = new Set([
  ...EVENT_REFS,
  'act',
  'aggression',
  'invasion',
  'annexation',
  'crackdown',
  'killing',
  'occupation',
  'provocation',
  'violation',
]);
// "struck what it called 'terrorist infrastructure' in Pakistan": verbs of an aside to skip
const NAMING = new Set(['call', 'describe', 'term', 'brand', 'dub', 'label']);

/** "blacklisted dozens of tankers and several Chinese refineries": m ends a list of objects. */
const listedObject = (ctx: Ctx, from: number, j: number, m: Mention): boolean => {
  const { toks } = ctx;
  let b = j - 1;
  while (b > from && ['DET', 'ADJ', 'NUM'].includes(toks[b]!.p)) b--;
  if (['VERB', 'AUX', 'ADV'].includes(toks[m.end]?.p ?? '')) return false;
  // "… as well as two Chinese firms"
  if (toks[b]?.f === 'as' && toks[b - 1]?.f === 'well' && toks[b - 2]?.f === 'as') return true;
  // "… and, for the first time, three Chinese refiners": past an aside after "and"
  if (toks[b]?.f === ',') {
    const a = toks.findLastIndex((x, n) => n < b && n >= b - 8 && x.f === ',');
    if (a > from && toks[a - 1]?.f === 'and' && toks[a - 2]?.f !== ',') return true;
  }
  return toks[b]?.f === 'and' && toks[b - 1]?.f !== ',';
};

/**
 * "tankers in Moscow's shadow fleet as well as two Chinese firms", "… and, for the first time,
 * three Chinese refiners": a further object listed after the first one's noun phrase.
 */
const alsoListed = (ctx: Ctx, end: number, ok: (m: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  let k = end;
  while (
    toks[k] &&
    (['NOUN', 'ADJ', 'PROPN'].includes(toks[k]!.p) || /^([’'"“”-]|['’]s|so)$/.test(toks[k]!.v))
  )
    k++;
  if (toks[k]?.f === 'as' && toks[k + 1]?.f === 'well' && toks[k + 2]?.f === 'as') k += 3;
  else if (toks[k]?.f === 'and' && toks[k + 1]?.f === ',') {
    const close = toks.findIndex((x, n) => n > k + 1 && n <= k + 8 && x.f === ',');
    if (close < 0) return [];
    k = close + 1;
  } else return [];
  while (toks[k] && ['DET', 'NUM', 'ADJ'].includes(toks[k]!.p) && !ctx.startAt[k]) k++;
  const m = ctx.startAt[k];
  return m && ok(m) ? coordinated(ctx, m, ok, 1) : [];
};

/**
 * "deployed 100 instructors to Niger and several hundred personnel to Burkina Faso": a second
 * object after "and", a phrase without a verb and the same preposition.
 */
const gapped = (
  ctx: Ctx,
  objects: Mention[],
  prep: string,
  ok: (m: Mention) => boolean,
): Mention[] => {
  const { toks } = ctx;
  const last = objects[objects.length - 1]!;
  if (prep === '_' || toks[last.end]?.f !== 'and') return objects;
  for (let k = last.end + 1; k < last.end + 8 && toks[k]; k++) {
    const t = toks[k]!;
    if (t.f === prep) {
      const m = ctx.startAt[k + 1] ?? (toks[k + 1]?.p === 'DET' ? ctx.startAt[k + 2] : undefined);
      return m && ok(m) ? [...objects, m] : objects;
    }
    if (!['DET', 'NUM', 'ADJ', 'NOUN', 'ADV'].includes(t.p) || ctx.startAt[k]) return objects;
  }
  return objects;
};

/**
 * Objects of a trigger ending before `from`: the first eligible mention whose governing
 * preposition (or none: `_`) is one of the markers, plus mentions coordinated with it.
 */
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
      // "blacklisted the state carrier Iran Air", "struck the militant group Hezbollah"
      const apposed = prep === null && nouns > 0 && toks[j - 1]?.p === 'NOUN' && !comma;
      // "blacklisted dozens of tankers and several Chinese refineries": a list of objects
      const listed = (prep === null || prep === 'as') && nouns > 0 && listedObject(ctx, from, j, m);
      // "condemned the attack by Russia", "a brutal police raid by Kosovo authorities": the
      // author of the act condemned
      const byAuthor =
        prep === 'by' &&
        markers.has('_') &&
        ACT_NOUNS.has(toks.slice(from, j).findLast((x) => x.p === 'NOUN')?.l ?? '');
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
      nouns === 1 &&
      prep === null &&
      AGENT_OF.has(toks[j - 1]?.l ?? '')
    ) {
      sawNoun = false; // "support the government of X" is supporting X
    } else if (
      t.f === 'of' &&
      nouns === 1 &&
      prep === null &&
      (PLACE_HEADS.has(toks[j - 1]?.l ?? '') || PLACE_PARTS.has(toks[j - 1]?.l ?? ''))
    ) {
      sawNoun = false; // "struck a residential area of Kharkiv" struck Kharkiv
    } else if (t.f === 'of' && PARTITIVE.has(toks[j - 1]?.f ?? '')) {
      // "one of its vessels", "dozens of Houthi targets": the partitive is not the object
      sawNoun = nouns > 0;
    } else if (
      LINKED.has(t.l) &&
      ['to', 'by', 'with'].includes(toks[j + 1]?.f ?? '') &&
      nouns > 0
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
    } else if (t.p === 'VERB' && TROOP_HEADS.has(toks[j - 1]?.l ?? '') && /(ing|ed)$/.test(t.f)) {
      // "3,000 soldiers operating alongside M23 rebels in eastern Congo": a participle of the
      // troops, the place follows
    } else if (isPrep(t) || (t.f === 'to' && t.p === 'PART')) {
      // "troops to bolster Russia", "soldiers to fight alongside Russian forces"
      if (t.f === 'to' && markers.has('purpose') && PURPOSE.has(toks[j + 1]?.l ?? '')) {
        j++;
        prep = 'purpose';
        continue;
      }
      if (t.f === 'to' && toks[j + 1]?.p === 'VERB') break;
      prep = t.f;
    } else if (t.p === 'VERB' && toks[j - 1]?.f === '-' && /ed$/.test(t.f)) {
      // "positions of the Kurdish-led Syrian Democratic Forces": a compound modifier;
      // "killed al-Qaeda-linked militants": the owner of the linked ones is the object
      const owner = ctx.endAt[j - 1];
      if (owner) {
        if (LINKED.has(t.l) && markers.has('_') && prep === null && ok(owner)) return [owner];
        break;
      }
    } else if (t.p === 'VERB' || t.p === 'AUX' || t.p === 'SCONJ') break;
    else if ((t.p === 'NOUN' && !ROLE_WORDS.has(t.f)) || (t.p === 'PRON' && !POSS_PRON.has(t.f))) {
      sawNoun = true;
      nouns++;
    }
  }
  return [];
};

const GO_BETWEEN = new Set(
  'mediated brokered facilitated hosted chaired convened organised organized'.split(' '),
);

/** The agent of a passive verb: the mention right after a following "by". */
const AMOUNT_WORDS = new Set(['than', 'at', 'least', 'up', 'to', 'about', 'around', 'over']);
export const byAgent = (ctx: Ctx, from: number, ok: (m: Mention) => boolean): Mention[] => {
  for (let j = from; j < ctx.toks.length && j < from + 10; j++) {
    const t = ctx.toks[j]!;
    // "were rammed and hit with water cannon by Chinese vessels"
    const coordinatedVerb =
      t.p === 'VERB' && ctx.toks[j - 1]?.f === 'and' && /ed$|[^e]n$/.test(t.f);
    if (((t.p === 'VERB' || t.p === 'AUX') && !coordinatedVerb) || t.f === ';' || t.f === '.')
      return [];
    if (t.f !== 'by') continue;
    // "talks mediated by Qatar": the go-between is not a party
    if (GO_BETWEEN.has(ctx.toks[j - 1]?.f ?? '')) return [];
    let k = j + 1;
    // ("by more than 120 Russian drones", "by at least 40 missiles", "by up to 30 drones")
    while (
      ctx.toks[k] &&
      (SKIPPABLE.has(ctx.toks[k]!.p) || AMOUNT_WORDS.has(ctx.toks[k]!.f)) &&
      !ctx.startAt[k]
    )
      k++;
    const m = ctx.startAt[k];
    return m && ok(m) ? coordinated(ctx, m, ok, 1) : [];
  }
  return [];
};

const FEEDS = new Set(['feed', 'fuel', 'sustain', 'power', 'equip', 'arm', 'supply', 'keep']);
const USER_VERBS = new Set([
  'need',
  'use',
  'want',
  'buy',
  'require',
  'lack',
  'seek',
  'rely',
  'import',
  'order',
]);

/**
 * "supplying the machine tools that Moscow needs", "the biggest supplier of the parts that
 * Russia uses": the user of the goods, named in a relative clause, receives them.
 */
export const relativeUser = (ctx: Ctx, from: number, ok: (m: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  for (let j = from; j < toks.length && j < from + 16; j++) {
    const t = toks[j]!;
    // "the jets ordered by Tehran"
    if (t.p === 'VERB' && USER_VERBS.has(t.l) && toks[j + 1]?.f === 'by') {
      const m = ctx.startAt[j + 2] ?? ctx.startAt[j + 3];
      return m && ok(m) ? [m] : [];
    }
    if (/^[;:.?!]$/.test(t.v) || (t.p === 'VERB' && j > from)) return [];
    if (t.f !== 'that' && t.f !== 'which') continue;
    // "the machine tools that feed Russia's arms industry": the one the goods feed
    if (FEEDS.has(toks[j + 1]?.l ?? '')) {
      const fed = ctx.startAt[j + 2] ?? (toks[j + 2]?.p === 'DET' ? ctx.startAt[j + 3] : undefined);
      return fed && ok(fed) ? [fed] : [];
    }
    const m = ctx.startAt[j + 1];
    if (!m || !ok(m)) return [];
    let v = m.end;
    while (toks[v]?.p === 'AUX' || toks[v]?.p === 'ADV') v++;
    return USER_VERBS.has(toks[v]?.l ?? '') ? [m] : [];
  }
  return [];
};

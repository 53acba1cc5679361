/**
 * The vocabulary and small look-ups of the object scan: nouns the object is "of" ("the
 * government of", "a residential area of", "dozens of"), owners ("tankers belonging to"),
 * traded goods, acts and naming verbs, and whether a possessor owns the goods or troops. Pure.
 */
import { EVENT_REFS, WEAPON_HEADS } from './lexicon';
import { POSS } from './mentions';
import type { Ctx } from './scan-ctx';

export const PURPOSE = new Set([
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
export const PARTITIVE = new Set([
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
  // "sanctioned a group of North Korean hackers", "a network of Iranian procurement agents"
  'group',
  'network',
  'ring',
  'handful',
  'number',
  'batch',
]);
export const AGENT_OF = new Set([
  'government',
  'regime',
  'people',
  'leadership',
  'ruler',
  'junta',
  'authorities',
  'authority',
  'military',
  'army',
  'forces',
  'force',
  'navy',
  // "committed to the defence of the Philippines" is committed to the Philippines
  'defence',
  'defense',
  'security',
  'sovereignty',
]);
export const CLAUSE_AFTER_COMMA = new Set([
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

export const LINKED = new Set([
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
  'hold', // "positions held by the SDF"
]);
/** Prepositions of a place struck: "into the centre of Sumy", "on the outskirts of Kharkiv". */
export const PLACE_PREPS = new Set(['into', 'on', 'at', 'in', 'across', 'inside']);
export const PLACE_PARTS = new Set(
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
export const ENTITIES = new Set(
  'individual company firm entity bank refinery people official businessman person vessel tanker'.split(
    ' ',
  ),
);
export const TRADE = new Set(
  'good import export product shipment steel aluminium aluminum car vehicle commodity'.split(' '),
);
const OWN_TROOPS = new Set(['troop', 'soldier', 'force', 'personnel', 'unit']);
/** "delivered its missiles": the possessor at `from` owns the weapons, troops or partners after it. */
export const ownsGoods = (ctx: Ctx, from: number): boolean => {
  // ("their own long-range missiles")
  for (let k = from; k < ctx.toks.length && k < from + 6; k++) {
    const t = ctx.toks[k]!;
    if (t.p === 'NOUN' && (WEAPON_HEADS.has(t.l) || OWN_TROOPS.has(t.l) || PARTNERS.has(t.l)))
      return true;
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.p) && t.f !== '-') return false;
  }
  return false;
};

/** "urged Kyiv's partners", "Iran's regional allies": the possessor at `from` has partners after it. */
export const ownsPartners = (ctx: Ctx, from: number): boolean => {
  let k = POSS.has(ctx.toks[from]?.v ?? '') ? from + 1 : from;
  while (ctx.toks[k]?.p === 'ADJ') k++;
  return ctx.toks[k]?.p === 'NOUN' && PARTNERS.has(ctx.toks[k]!.l);
};

export const ACT_NOUNS = new Set([
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
export const NAMING = new Set(['call', 'describe', 'term', 'brand', 'dub', 'label']);

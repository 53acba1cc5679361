/**
 * The vocabulary and small look-ups of coreference: descriptions ("the alliance", "the Gulf
 * state"), event references ("the strike", "such a step"), bodies ("the foreign ministry"),
 * pairs ("the two leaders") and lists ("Britain, France and Germany"). Pure.
 */
import { ACT_OF, EVENT_REFS, THINK_TANKS } from './lexicon';
import type { ArticleState } from './names';
import type { Gazetteer, Mention, Tok } from './types';

/** Non-state armed groups a description like "the group" or "the militants" can refer to. */
const ARMED_GROUPS =
  `hamas hezbollah houthis islamic-jihad taliban islamic-state al-qaeda wagner-group hts pkk rsf
  m23 al-shabaab boko-haram iswap iskp jnim sdf ypg kataib-hezbollah islamic-resistance-in-iraq ttp bla
  arakan-army`.split(/\s+/);

/** Definite descriptions that refer back to a recently named organization. */
export const DESCRIPTIONS: Record<string, string[]> = {
  alliance: ['nato', 'csto', 'aukus'],
  bloc: [
    'european-union',
    'brics',
    'asean',
    'g7',
    'ecowas',
    'african-union',
    'alliance-of-sahel-states',
  ],
  union: ['european-union'],
  group: ARMED_GROUPS,
  militants: ARMED_GROUPS,
  militia: ARMED_GROUPS,
  rebels: ARMED_GROUPS,
  insurgents: ARMED_GROUPS,
  movement: ['hamas', 'houthis', 'taliban', 'hts', 'm23', 'hezbollah'],
  paramilitaries: ['rsf'],
  allies: ['nato'],
  tank: [...THINK_TANKS],
  institute: ['rusi', 'isw', 'sipri', 'kiel-institute'],
  watchdog: ['iaea'],
  council: ['un-security-council'],
  agency: ['iaea'],
};

export const ADDRESSED = new Set([
  'warn',
  'tell',
  'assure',
  'inform',
  'remind',
  'notify',
  'caution',
]);
export const EVENT_DETS = new Set(['the', 'this', 'these', 'such']);

/** "claims that it had sent …": nouns whose "that" opens a reported clause */
/** Verbs whose pronoun object is the actor addressed just before ("… and urged it to"). */
export const ADDRESS_VERBS = new Set(['urge', 'press', 'ask', 'warn', 'accuse', 'blame', 'tell']);
export const CONTENT_NOUNS = new Set([
  'claim',
  'report',
  'allegation',
  'accusation',
  'charge',
  'suggestion',
  'assertion',
  // "said in a statement that it …": the place of saying, before the complement
  'statement',
  'interview',
  'speech',
  'letter',
  'post',
  'briefing',
]);

/** The head of a definite description after "the" at i ("the Iran-backed group"), else 0. */
export const descriptionHead = (
  toks: Tok[],
  i: number,
  covered: (k: number) => boolean,
): number => {
  for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
    const t = toks[k]!;
    // the head may be covered by a demonym phrase ("the Yemeni group")
    const free = !covered(k) || (k > i + 1 && covered(k - 1) && toks[k - 1]!.p === 'PROPN');
    if (DESCRIPTIONS[t.f] && free && (t.f !== 'tank' || toks[k - 1]?.f === 'think')) return k;
    const modifier =
      t.p === 'ADJ' ||
      t.f === '-' ||
      t.f === 'think' ||
      /^(based|backed|aligned|led|run|allied|funded|linked)$/.test(t.f) ||
      (t.p === 'PROPN' && covered(k)) ||
      // "the Kurdish militant group": a demonym the gazetteer does not know
      (t.p === 'PROPN' && k === i + 1 && /(ish|an|ese|i)$/.test(t.f));
    if (!modifier) return 0;
  }
  return 0;
};

const DECISIONS = new Set(['decision', 'refusal']);

/** What kind of act an event noun names; nouns not listed ("decision", "move") name any act. */
const EVENT_KIND: Record<string, string> = Object.fromEntries(
  [
    [
      'ATTACKS',
      'strike attack launch raid offensive incursion assault bombing shelling test barrage salvo bombardment onslaught firing',
    ],
    ['DEPLOYS_TROOPS_TO', 'deployment'],
    ['SANCTIONS', 'sanction measure ban package listing designation'],
    ['SIGNS_TREATY_WITH', 'deal agreement treaty pact'],
    ['MEETS', 'visit trip meeting summit'],
    ['DRILLS', 'drill exercise manoeuvre maneuver wargame'],
    ['SUPPLIES', 'transfer delivery shipment'],
    ['SPEECH', 'remark comment speech'],
  ].flatMap(([p, nouns]) => nouns!.split(' ').map((n) => [n, p!])),
);

/** The noun after the determiner at i, past "a" in "such a" and up to two adjectives ("such a step"). */
const eventNoun = (toks: Tok[], i: number): number => {
  let n = toks[i]!.f === 'such' && ['a', 'an'].includes(toks[i + 1]?.f ?? '') ? i + 2 : i + 1;
  while (toks[n]?.p === 'ADJ' && n < i + 3) n++;
  return n;
};

/**
 * What is known of the act "the strikes" at i refers to, by author: everyone who did it when
 * several did it together, and whether it was only planned or alleged ("the deployment" after
 * "Sweden will deploy …").
 */
export const eventDetails = (
  toks: Tok[],
  i: number,
  st: ArticleState,
  author: string,
): { group?: string[]; unsure?: true } => {
  const kind = EVENT_KIND[toks[eventNoun(toks, i)]?.l ?? ''];
  if (kind === undefined) return {};
  const group = st.coAuthors.get(kind);
  const unsure = st.unsureBy.has(kind) && st.lastBy.get(kind) === author;
  return {
    ...(group?.includes(author) ? { group } : {}),
    ...(unsure ? { unsure: true } : {}),
  };
};

/** The author of the act "the strike" at i refers to: the last actor of that kind of act. */
export const eventAuthor = (toks: Tok[], i: number, st: ArticleState): string | undefined => {
  const n = eventNoun(toks, i);
  const kind = EVENT_KIND[toks[n]?.l ?? ''];
  // "criticised the decision", "his refusal": a recent decision or refusal, before the last act
  const decision = st.lastDecision;
  if (DECISIONS.has(toks[n]?.l ?? '') && decision && decision.sentence >= st.sentences - 1)
    return decision.id;
  const decider = st.lastDecider;
  if (toks[n]?.l === 'decision' && decider && decider.sentence >= st.sentences - 2)
    return decider.id;
  if (kind === 'DRILLS') return st.lastBy.get(kind) ?? st.lastAgent;
  if (kind === 'SPEECH') return st.lastBy.get(kind);
  // "the strikes" after "Turkish drones struck …" and "an assault blamed on the PKK": the
  // author of the act the same word named
  const noun = toks[n]!.l;
  const same = kind === 'ATTACKS' ? st.lastBy.get(`act:${ACT_OF[noun] ?? noun}`) : undefined;
  // "Iran suspended its cooperation … Germany called the decision": the last sentence's lead
  // ("condemned the launch" after "said it had placed a satellite in orbit": no act of that
  // kind was named, so the last sentence's lead did it; "condemned the deal" after a sale
  // was approved: the seller)
  return kind === undefined
    ? (st.lastLead ?? st.lastAgent)
    : (same ??
        st.lastBy.get(kind) ??
        st.lastLead ??
        (kind === 'SIGNS_TREATY_WITH' ? st.lastAgent : undefined));
};

/** End of "the (stern) decision" at i when it sums up an earlier act, else 0. */
export const eventRef = (toks: Tok[], i: number, covered: (k: number) => boolean): number => {
  const n = eventNoun(toks, i);
  const noun = toks[n];
  // ("warned that such a step would damage relations": a clause's subject)
  const slot =
    i === 0 || toks[i - 1]!.p === 'VERB' || toks[i - 1]!.f === ',' || toks[i - 1]!.f === 'that';
  const next = toks[n + 1];
  return noun?.p === 'NOUN' &&
    EVENT_REFS.has(noun.l) &&
    slot &&
    !covered(n) &&
    !covered(n + 1) &&
    next?.p !== 'NOUN' &&
    next?.f !== 'of' &&
    next?.f !== 'on'
    ? n + 1
    : 0;
};

/** "the president", "the chancellor": a person named earlier with that title. */
export const TITLES = new Set([
  'president',
  'leader',
  'chancellor',
  'premier',
  'minister',
  'secretary',
  'king',
  'emir',
]);
export const PERSON_NOUNS = new Set(['leader', 'man', 'president', 'minister', 'woman', 'head']);
export const PAIR_NOUNS = new Set([
  ...PERSON_NOUNS,
  'country',
  'nation',
  'side',
  'government',
  'state',
  'neighbour',
  'neighbor',
  'ally',
]);

export const COUNTRY_NOUNS = new Set(['country', 'nation', 'government', 'administration']);
export const BODY_HEADS = new Set([
  'ministry',
  'government',
  'cabinet',
  'presidency',
  'administration',
  'junta',
  'regime',
  'country',
  'kingdom',
  'emirate',
]);
/** End of "the foreign ministry", "the government" at i (no owner named), else 0. */
export const bodyRef = (toks: Tok[], i: number, covered: (k: number) => boolean): number => {
  if (toks[i]?.f !== 'the') return 0;
  for (let k = i + 1; k < toks.length && k <= i + 3; k++) {
    const t = toks[k]!;
    if (covered(k)) return 0;
    // "the Gulf state", "the Balkan state": a state described by its region
    const regional = t.l === 'state' && k > i + 1 && toks[k - 1]!.f !== 'islamic';
    if ((BODY_HEADS.has(t.l) || regional) && t.p === 'NOUN')
      return (toks[k + 1]?.f === 'of' && !regional) || toks[k + 1]?.p === 'NOUN' ? 0 : k + 1;
    if (!['ADJ', 'NOUN', 'PROPN'].includes(t.p)) return 0;
  }
  return 0;
};

export const isPerson = (gaz: Gazetteer, st: ArticleState, id: string): boolean =>
  (gaz.actors.get(id)?.kind ?? st.created.get(id)?.kind) === 'OFFICIAL';

/** The words a pronoun or a description can start with (every other token is skipped at once). */
export const STARTERS = new Set(
  'he she him his her its their we our it them they the both this these such officials'.split(' '),
);

/** The head after "both" at i, past modifiers ("both nuclear-armed neighbours"). */
export const bothHead = (toks: Tok[], i: number): number => {
  let k = i + 1;
  while (
    k < i + 5 &&
    toks[k] &&
    (toks[k]!.p === 'ADJ' || toks[k]!.f === '-' || toks[k + 1]?.f === '-')
  )
    k++;
  return k;
};

/** The actors listed with m ("Britain, France and Germany"), m's own included, in order. */
export const listAround = (toks: Tok[], ms: Mention[], m: Mention): string[] => {
  const sorted = [...ms].sort((x, y) => x.start - y.start);
  const at = sorted.indexOf(m);
  if (at < 0) return [m.actorId]; // (a mention resolved in this pass: no list around it)
  const joined = (x: Mention, y: Mention) => {
    const gap = toks.slice(x.end, y.start);
    return gap.length >= 1 && gap.length <= 2 && gap.every((g) => g.f === ',' || g.f === 'and');
  };
  let from = at;
  while (from > 0 && joined(sorted[from - 1]!, sorted[from]!)) from--;
  let to = at;
  while (to < sorted.length - 1 && joined(sorted[to]!, sorted[to + 1]!)) to++;
  return sorted.slice(from, to + 1).map((x) => x.actorId);
};

export const PAIR_KINDS = new Set(['actor', 'agent', 'troops']);

/** End of "its (treaty) ally" after the possessive at i, else -1. */
export const allyNoun = (toks: Tok[], i: number): number => {
  let k = i + 1;
  while (k < i + 4 && (toks[k]?.p === 'ADJ' || (toks[k]?.p === 'NOUN' && toks[k]!.l !== 'ally')))
    k++;
  return toks[k]?.l === 'ally' && toks[k]!.f === 'ally' ? k : -1;
};

/** The mentions listed as subject of the verb right before i ("X and Y urged both …"). */
export const verbSubjects = (toks: Tok[], ms: Mention[], i: number): Set<Mention> => {
  const own = new Set<Mention>();
  if (toks[i - 1]?.p !== 'VERB') return own;
  let k = i - 2;
  while (toks[k]?.p === 'AUX' || toks[k]?.p === 'ADV') k--;
  for (let m = ms.find((x) => x.end === k + 1); m;) {
    own.add(m);
    const start: number = m.start;
    const sep = toks[start - 1]?.f === 'and' || toks[start - 1]?.f === ',' ? start - 1 : -1;
    const back = toks[sep - 1]?.f === ',' ? sep - 1 : sep;
    m = sep < 0 ? undefined : ms.find((x) => x.end === back);
  }
  return own;
};

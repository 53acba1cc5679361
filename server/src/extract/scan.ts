import type { Actor, Predicate } from '../domain';
import { AGENT_HEADS, OFFICIAL_ROLES, ROLE_WORDS, TROOP_HEADS, WEAPON_HEADS } from './lexicon';
import { POSS } from './mentions';
import { CONTROL_VERBS, DENY_VERBS, SPEECH_VERBS } from './patterns';
import type { Gazetteer, Mention, MentionKind, Tok } from './types';

/** One sentence with its mentions indexed by token position. */
export interface Ctx {
  toks: Tok[];
  ms: Mention[];
  startAt: (Mention | undefined)[];
  endAt: (Mention | undefined)[];
  cover: (Mention | undefined)[];
  gaz: Gazetteer;
}

export const makeCtx = (toks: Tok[], ms: Mention[], gaz: Gazetteer): Ctx => {
  const startAt = new Array<Mention | undefined>(toks.length + 1);
  const endAt = new Array<Mention | undefined>(toks.length + 1);
  const cover = new Array<Mention | undefined>(toks.length + 1);
  for (const m of ms) {
    startAt[m.start] = m;
    endAt[m.end] = m;
    for (let k = m.start; k < m.end; k++) cover[k] = m;
  }
  return { toks, ms, startAt, endAt, cover, gaz };
};

/** Which mention kinds may fill the subject or object slot of a predicate. */
const OBJECT_KINDS: Record<MentionKind, readonly Predicate[] | 'all'> = {
  actor: 'all',
  agent: 'all',
  troops: [
    'SUPPLIES',
    'DEPLOYS_TROOPS_TO',
    'WARNS',
    'SANCTIONS',
    'CONDEMNS',
    'ACCUSES',
    'SUPPORTS',
    'URGES',
    'ATTACKS',
  ],
  place: ['ATTACKS', 'DEPLOYS_TROOPS_TO'],
  other: ['SANCTIONS', 'CONDEMNS', 'ACCUSES', 'ATTACKS'],
  event: ['CONDEMNS', 'ACCUSES', 'WARNS', 'SANCTIONS'],
  weapon: [],
};
export const objectOk = (m: Mention, p: Predicate): boolean => {
  if (m.owned && p === 'ATTACKS') return false;
  const k = OBJECT_KINDS[m.kind];
  return k === 'all' || k.includes(p);
};
export const subjectOk = (m: Mention, p: Predicate, weapons = false): boolean =>
  m.kind === 'actor' ||
  m.kind === 'agent' ||
  m.kind === 'troops' ||
  (m.kind === 'event' && (p === 'ATTACKS' || p === 'SANCTIONS')) ||
  // "Russian missiles struck", but "Iranian-made drones struck" says who made them, not who fired
  (m.kind === 'weapon' && (p === 'ATTACKS' ? !m.made : weapons));

const ADDRESSEE_VERBS = new Set(['warn', 'tell', 'urge', 'inform', 'assure', 'brief', 'remind']);
const STOP_SCONJ = new Set([
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
export const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
export const POSS_PRON = new Set(['his', 'her', 'its', 'their', 'our']);
const NOT_PREP = new Set([
  'than',
  'like',
  'although',
  'though',
  'because',
  'whereas',
  'unless',
  'if',
]);
/** The state or organization an actor acts for: an official's affiliation, else itself. */
export const sideOf = (gaz: Gazetteer, id: string, created?: Map<string, Actor>): string =>
  gaz.actors.get(id)?.affiliation ?? created?.get(id)?.affiliation ?? id;

export const isPrep = (t: Tok | undefined): boolean =>
  t !== undefined && t.p === 'ADP' && !NOT_PREP.has(t.f);
export const isReporting = (t: Tok): boolean =>
  t.p === 'VERB' && (SPEECH_VERBS.has(t.l) || DENY_VERBS.has(t.l));

/** Time words that end an adverbial, not a noun phrase: "agreed on Monday to provide". */
const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday week weekend month
  year morning evening night january february march april may june july august september october
  november december`.split(/\s+/),
);
/** Prepositions that also open a clause ("after Hezbollah fired", "since Russia invaded"). */
const CLAUSE_OPENERS = new Set([
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
const clauseSubject = (ctx: Ctx, m: Mention, from: number): boolean => {
  const pre = ctx.toks[m.start - 1];
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
const possessedAgent = (ctx: Ctx, m: Mention, from: number): boolean => {
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
  'some many most several all one two three few dozens hundreds thousands part none each'.split(
    ' ',
  ),
);
/** The preposition governing a mention, ignoring partitives ("some of the North Korean units"). */
const govPrep = (ctx: Ctx, k: number): boolean => {
  let j = k - 1;
  while (j >= 0 && SKIPPABLE.has(ctx.toks[j]!.p)) j--;
  const t = ctx.toks[j];
  // "About 11,000 North Korean soldiers": an approximate number, not a preposition
  if (t && APPROX.has(t.f) && ctx.toks[j + 1]?.p === 'NUM') return false;
  // "at least 3,000 North Korean troops"
  if (t?.f === 'at' && ['least', 'most'].includes(ctx.toks[j + 1]?.f ?? '')) return false;
  // "The foreign ministers of Congo and Rwanda signed", "A delegation of US senators met": the
  // body heading a clause's subject acts for the state after "of"
  if (t?.f === 'of' && SUBJECT_OF.has(ctx.toks[j - 1]?.l ?? '')) {
    let b = j - 2;
    while (b >= 0 && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(ctx.toks[b]!.p) && !ctx.cover[b]) b--;
    if (b < 0 || ctx.toks[b]!.f === ',') return false;
  }
  return isPrep(t) && !(t!.f === 'of' && PARTITIVES.has(ctx.toks[j - 1]?.f ?? ''));
};
const SUBJECT_OF = new Set(
  'delegation minister leader official representative envoy member head government diplomat'.split(
    ' ',
  ),
);

/** Token before position k, skipping determiners and adjectives. */
const before = (ctx: Ctx, k: number): Tok | undefined => {
  let j = k - 1;
  while (j >= 0 && SKIPPABLE.has(ctx.toks[j]!.p)) j--;
  return ctx.toks[j];
};

/** Adds mentions coordinated with m ("Japan, South Korea and the United States"). */
export const coordinated = (
  ctx: Ctx,
  m: Mention,
  ok: (x: Mention) => boolean,
  dir: 1 | -1,
): Mention[] => {
  const out = [m];
  // a pronoun does not head a list: "…to Russian arms makers, and he urged"
  if (dir === -1 && m.resolved && m.end - m.start === 1 && ctx.toks[m.start]!.p === 'PRON')
    return out;
  let k = dir === 1 ? m.end : m.start - 1;
  let withAnd = out.length;
  // a title before a person's name: "Trump and Russian President Vladimir Putin"
  const title = (j: number): number => {
    let x = j;
    for (let n = 0; n < 4; n++) {
      const t = ctx.toks[x];
      const word = ROLE_WORDS.has(t?.f ?? '') || POSS_PRON.has(t?.f ?? '');
      if (!t || ctx.cover[x] || !(word || (t.p === 'PROPN' && /^[A-Z]/.test(t.v)))) break;
      x += dir;
    }
    const target = dir === 1 ? ctx.startAt[x] : ctx.endAt[j + 1];
    // ("Chinese President Xi Jinping and Russian President Vladimir Putin": the mention starts
    // at its role, the demonym before it is part of the title)
    const roleStart = dir === -1 && ROLE_WORDS.has(ctx.toks[j + 1]?.f ?? '');
    return x !== j &&
      (roleStart ||
        ctx.toks.slice(Math.min(j, x), Math.max(j, x) + 1).some((t) => ROLE_WORDS.has(t.f))) &&
      (dir === 1 ? target !== undefined : true)
      ? x
      : j;
  };
  for (let n = 0; n < 6; n++) {
    let j = dir === -1 ? title(k) : k;
    let joined = false;
    let and = false;
    // ("to Russia or Ukraine": a rightward list may end in "or")
    const joiners = dir === 1 ? [',', 'and', 'or', 'the', 'both'] : [',', 'and', 'the', 'both'];
    while (ctx.toks[j] && joiners.includes(ctx.toks[j]!.f)) {
      joined ||= ctx.toks[j]!.f !== 'the' && ctx.toks[j]!.f !== 'both';
      and ||= ctx.toks[j]!.f === 'and' || ctx.toks[j]!.f === 'or';
      j += dir;
    }
    // rightwards: "as well as (on) X", "and on X" repeat the list with its preposition
    if (dir === 1) {
      const t = (n: number) => ctx.toks[j + n]?.f;
      if (t(0) === 'as' && t(1) === 'well' && t(2) === 'as') {
        j += 3;
        joined = and = true;
      }
      if (joined && ['on', 'to', 'against'].includes(t(0) ?? '')) j++;
      while (ctx.toks[j] && SKIPPABLE.has(ctx.toks[j]!.p) && !ctx.startAt[j] && j < k + 8) j++;
    }
    if (dir === 1) j = title(j);
    const next = dir === 1 ? ctx.startAt[j] : ctx.endAt[j + 1];
    if (!joined || !next || next.poss || !ok(next)) break;
    // ("…, and Prime Minister Narendra Modi again avoided …": a new clause's subject)
    let after = next.end;
    while (ctx.toks[after]?.p === 'ADV') after++;
    if (dir === 1 && ['VERB', 'AUX'].includes(ctx.toks[after]?.p ?? '')) break;
    // leftwards, a list ends in "and": "Japan, South Korea and the United States"
    if (dir === -1 && n === 0 && !and) break;
    out.push(next);
    if (and) withAnd = out.length;
    k = dir === 1 ? next.end : next.start - 1;
  }
  // a list joined by commas alone is not a coordination ("…to Russia, the Pentagon said")
  return dir === 1 ? out.slice(0, withAnd) : out;
};

export interface SubjectHit {
  m: Mention;
  /** where the scan stopped: the start of the clause for status cues */
  clause: number;
}

/**
 * The subject of a verb at position `from`: the nearest mention to the left that is not
 * inside a prepositional phrase, not a possessive and not the object of another verb;
 * relative pronouns point to their antecedent and "urged X to …" makes X the subject.
 */
/** Verbs taking a bare infinitive after their object: "helped Russia obtain", "let Iran ship". */
export const BARE = new Set(['help', 'let', 'make']);

/** Whether m sits in ", the Bosnian Serb leader," right after another mention. */
const apposed = (ctx: Ctx, m: Mention): boolean => {
  const { toks } = ctx;
  let p = m.start - 1;
  while (p >= 0 && (toks[p]!.p === 'DET' || toks[p]!.p === 'ADJ')) p--;
  if (toks[p]?.f !== ',' || !ctx.endAt[p] || p === m.start - 1) return false;
  let e = m.end;
  while (toks[e] && ['NOUN', 'ADJ', 'PROPN'].includes(toks[e]!.p)) e++;
  return toks[e]?.f === ',' && (e > m.end || m.kind === 'agent');
};

/**
 * Start (the opening comma) of an apposition closing at comma c after a named subject:
 * "Russia's Africa Corps, the successor to the Wagner Group, has deployed", else -1.
 */
export const appositionStart = (ctx: Ctx, c: number): number => {
  const { toks } = ctx;
  // "Poland, which hosts around 10,000 American troops, has urged": a relative aside
  for (let k = c - 2; k >= c - 14 && k >= 1; k--)
    if (toks[k]!.f === ',' || toks[k]!.f === ';') {
      // ("Szijjarto, speaking after talks with Lavrov, said", "Pezeshkian, on his first visit
      // to Moscow, held talks": a participle or a prepositional aside)
      const opener = toks[k + 1];
      const aside =
        ['which', 'who', 'whose'].includes(opener?.f ?? '') ||
        (opener?.p === 'VERB' && /ing$/.test(opener.f)) ||
        (opener?.p === 'ADP' && ['on', 'during', 'in', 'at', 'after'].includes(opener.f));
      if (aside && ctx.endAt[k]) return k;
      break;
    }
  for (let k = c - 2; k >= c - 12 && k >= 1; k--) {
    const t = toks[k]!;
    if (t.f === ',')
      return ['the', 'a', 'an'].includes(toks[k + 1]?.f ?? '') && ctx.endAt[k] ? k : -1;
    if (t.p === 'VERB' || t.p === 'AUX' || t.p === 'PRON') return -1;
  }
  return -1;
};

/** Start (the opening comma) of ", he said," or ", US officials say," closing at comma c, else -1. */
export const asideStart = (ctx: Ctx, c: number): number => {
  const v = ctx.toks[c - 1];
  if (!v || !isReporting(v) || v.p !== 'VERB') return -1;
  for (let k = c - 2; k >= c - 7 && k >= 1; k--) {
    const t = ctx.toks[k]!;
    if (t.f === ',') return k < c - 2 ? k : -1;
    if (!['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'AUX', 'ADV'].includes(t.p) && !ctx.cover[k])
      return -1;
  }
  return -1;
};

export const leftSubject = (
  ctx: Ctx,
  from: number,
  ok: (m: Mention) => boolean,
): SubjectHit | null => {
  const { toks } = ctx;
  let sawTo = false;
  let clauseAt: number | undefined;
  for (let j = from - 1; j >= 0 && j >= from - 40; j--) {
    const t = toks[j]!;
    // "Iran and North Korea, it says, have supplied …": past a parenthetical attribution
    const aside =
      t.f === ',' && toks.slice(j + 1, from).every((x) => x.p === 'AUX' || x.p === 'ADV')
        ? Math.max(asideStart(ctx, j), appositionStart(ctx, j))
        : -1;
    if (aside >= 0) {
      j = aside;
      continue;
    }
    const m = ctx.endAt[j + 1];
    if (m) {
      j = m.start;
      // "urged Beijing to stop …", "drones used by Russia to attack …"
      const pre = before(ctx, m.start);
      const toAfter =
        toks[m.end]?.f === 'to' ||
        // "urged Seoul on Thursday to send"
        (toks[m.end]?.f === 'on' &&
          TIME_WORDS.has(toks[m.end + 1]?.f ?? '') &&
          toks[m.end + 2]?.f === 'to') ||
        (['not', 'never'].includes(toks[m.end]?.f ?? '') && toks[m.end + 1]?.f === 'to');
      let preAt = m.start - 1;
      while (preAt >= 0 && SKIPPABLE.has(toks[preAt]!.p)) preAt--;
      const callOn =
        ((pre?.f === 'on' || pre?.f === 'upon') && toks[preAt - 1]?.l === 'call') ||
        (pre?.f === 'to' && toks[preAt - 1]?.l === 'appeal');
      if (sawTo && toAfter && ok(m) && (!isPrep(pre) || pre?.f === 'by' || callOn))
        return { m, clause: m.start };
      // "North Korea's decision to send troops"
      if (sawTo && m.poss && toks[m.end + 1]?.p === 'NOUN' && toks[m.end + 2]?.f === 'to' && ok(m))
        return { m, clause: m.start };
      // "Ukraine's president criticized": the owner of an agent noun acts through it
      if (m.poss && possessedAgent(ctx, m, from) && ok(m) && !isPrep(before(ctx, m.start)))
        return { m, clause: m.start };
      if (m.poss || (govPrep(ctx, m.start) && !clauseSubject(ctx, m, from))) continue;
      // "sanctioned Milorad Dodik, the Bosnian Serb leader, …": an apposition describes the
      // mention before it and is not a subject
      if (apposed(ctx, m)) continue;
      // "hosted 20 leaders, among them Putin and Modi, at a summit": members of an object
      const first = coordinated(ctx, m, ok, -1).reduce((a, b) => (b.start < a.start ? b : a), m);
      const p1 = toks[first.start - 1];
      if (p1?.f === 'including' || (p1?.f === 'them' && toks[first.start - 2]?.f === 'among'))
        continue;
      // a modifier of a following noun ("the newest NATO member") is not a subject
      if (
        j + 1 < from &&
        m.end < from &&
        toks[m.end]!.p === 'NOUN' &&
        !ctx.cover[m.end] &&
        !AGENT_HEADS.has(toks[m.end]!.l) &&
        !OFFICIAL_ROLES.has(toks[m.end]!.l)
      )
        continue;
      let v = m.start - 1;
      while (
        v >= 0 &&
        (SKIPPABLE.has(toks[v]!.p) || toks[v]!.p === 'PROPN' || ROLE_WORDS.has(toks[v]!.f))
      )
        v--;
      const b = toks[v];
      // "helping Russia obtain components": the subject of a bare infinitive
      if (b?.p === 'VERB' && BARE.has(b.l) && m.end === from && v === m.start - 1 && ok(m))
        return { m, clause: m.start };
      // "the Iran-backed Houthis": a hyphenated participle modifies the mention, it is no verb
      const compound = toks[v - 1]?.f === '-';
      if (b && b.p === 'VERB' && !isReporting(b) && b.l !== 'be' && !compound) continue;
      // "warned Seoul that …", "told Kyiv": the addressee of a reporting verb is no subject
      if (b && b.p === 'VERB' && ADDRESSEE_VERBS.has(b.l) && v === m.start - 1) continue;
      // "that arming Kyiv would be a mistake": the object of a gerund tagged as a noun
      if (
        b &&
        b.p === 'NOUN' &&
        /ing$/.test(b.f) &&
        !['the', 'a', 'an'].includes(toks[v - 1]?.f ?? '')
      )
        continue;
      if (toks[m.end]?.f === '-' && toks[m.end + 1]?.p === 'VERB' && ctx.startAt[m.end + 2])
        continue;
      if (!ok(m)) continue;
      return { m, clause: clauseAt ?? m.start };
    }
    const timePhrase =
      toks[j + 1]?.p === 'NUM' || TIME_WORDS.has(toks[j + 1]?.f ?? '') || toks[j + 1]?.f === 'last';
    if (
      t.f === ';' ||
      t.f === ':' ||
      t.f === '(' ||
      (STOP_SCONJ.has(t.f) && t.p === 'SCONJ' && !(t.f === 'since' && timePhrase))
    )
      return null;
    if ((t.f === 'but' || t.f === 'yet') && t.p === 'CCONJ') return null;
    // "…, hours after a Russian missile hit Kyiv": the clause after the opener has its own
    // subject; the main clause's subject is not it ("after meeting Putin" is, though)
    if (
      CLAUSE_OPENERS.has(t.f) &&
      (['ADP', 'SCONJ'].includes(t.p) || (t.p === 'ADV' && ['when', 'while'].includes(t.f))) &&
      t.f !== 'as' &&
      j < from - 1 &&
      toks[j + 1]?.p !== 'VERB' &&
      // ("since 2023", "before March": a time, not a clause)
      !timePhrase
    )
      return null;
    // "Chinese firms that it said had shipped …": the relative's antecedent, past "it said"
    if (
      isReporting(t) &&
      toks[j - 1]?.p === 'PRON' &&
      ['that', 'which', 'who'].includes(toks[j - 2]?.f ?? '')
    ) {
      const a = ctx.endAt[j - 2];
      return a && ok(a) ? { m: a, clause: j - 2 } : null;
    }
    // "X is believed to have …" reports X's act: see through it; "Beijing denied sending troops
    // and criticised …": a verb coordinated with the reporting verb shares its subject
    if (isReporting(t) && !(toks[j - 1]?.p === 'AUX' && toks[j + 1]?.f === 'to')) {
      // ("said 26 civilians had died and vowed to respond to India": the chain's first verb)
      const v0 = toks[from - 1]?.f === 'to' && toks[from - 2]?.p === 'VERB' ? from - 2 : from;
      if (!(toks[v0 - 1]?.f === 'and' && toks[v0 - 2]?.f !== ',' && j > from - 20)) return null;
      clauseAt = v0 - 1; // the coordinated verb's own clause starts at "and"
    }
    if (
      t.f === 'who' ||
      t.f === 'which' ||
      (t.f === 'that' && (ctx.endAt[j] || toks[j - 1]?.f === ','))
    ) {
      const k = toks[j - 1]?.f === ',' ? j - 1 : j;
      const a = ctx.endAt[k];
      // "warned Seoul that …": the addressee of a reporting verb, then its complement clause
      if (a && t.f === 'that' && k === j && isReporting(toks[a.start - 1] ?? t)) return null;
      return a && ok(a) ? { m: a, clause: j } : null;
    }
    // "that evening" is a determiner, not a clause
    if (t.f === 'that' && !(t.p === 'DET' && TIME_WORDS.has(toks[j + 1]?.f ?? ''))) {
      // "warned Seoul that arming Kyiv would …": a complement clause, even when tagged DET
      if (t.p !== 'DET' || ctx.endAt[j] || toks[j - 1]?.p === 'VERB') return null;
    }
    // "a rebel alliance whose fighters killed …": the subject is the (unnamed) owner
    if (t.f === 'whose') {
      const a = ctx.endAt[j];
      return a && ok(a) ? { m: a, clause: j } : null;
    }
    if (t.f === 'to' && (toks[j + 1]?.p === 'VERB' || toks[j + 1]?.p === 'AUX')) {
      // ("called on the North to return to dialogue and urged China …": an infinitive inside
      // an earlier conjunct does not make "urged" an infinitive)
      const coordinatedVerb = toks[from - 1]?.f === 'and' && j < from - 2;
      sawTo = !coordinatedVerb;
      // "urged us to …", "allowed the West to …": the infinitive has its own, unnamed subject
      const c = toks[j - 1];
      const possessed = c?.p === 'NOUN' && POSS.has(toks[j - 2]?.v ?? '');
      // "crossed the border to fight": a purpose clause of the main subject, unless a control
      // verb ("allowed", "urged") governs the noun before "to"
      let g = j - 1;
      // ("used US-supplied ATACMS missiles to strike": past a compound modifier)
      while (
        g >= 0 &&
        (['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN'].includes(toks[g]!.p) ||
          toks[g]!.f === '-' ||
          toks[g - 1]?.f === '-')
      )
        g--;
      const purpose =
        c?.p === 'NOUN' && toks[g]?.p === 'VERB' && !CONTROL_VERBS.has(toks[g]!.l) && !possessed;
      if (
        c &&
        !ctx.endAt[j] &&
        !possessed &&
        !purpose &&
        !TIME_WORDS.has(c.f) &&
        (c.p === 'PRON' || c.p === 'NOUN' || c.p === 'PROPN')
      )
        return null;
    }
  }
  return null;
};

/**
 * Mentions joined to m by "and" or commas on its right, up to a verb: the coordinated subject
 * of a clause ("the United States and Britain would pay"), which `coordinated` stops short of.
 */
export const joinedRight = (ctx: Ctx, m: Mention, ok: (x: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  const past = (x: number) => {
    let e = x;
    while (toks[e]?.p === 'PROPN' && !ctx.startAt[e]) e++;
    return e;
  };
  const out = [m];
  for (let e = past(m.end); toks[e]?.f === 'and' || toks[e]?.f === ',';) {
    let n = e + 1;
    while (n < e + 5 && !ctx.startAt[n] && toks[n] && toks[n]!.p !== 'VERB') n++;
    const next = ctx.startAt[n];
    if (!next || !ok(next)) break;
    out.push(next);
    e = past(next.end);
  }
  return out;
};

import type { Actor } from '../domain';
import {
  BASED,
  COMPANY_HEADS,
  isOrgHead,
  NOT_NAME,
  OFFICIAL_ROLES,
  ORG_HEADS,
  ROLE_WORDS,
} from './lexicon';
import { isCap, matchAt, namedCompany, POSS } from './mentions';
import { slugify } from './nlp';
import { SPEECH_VERBS } from './patterns';
import type { Gazetteer, Mention, Tok } from './types';

/** What the extractor remembers while reading one article. */
export interface ArticleState {
  /** activated short names (surnames) → actor id */
  short: Map<string, string>;
  lastPerson?: string;
  /** actor ids in order of last mention */
  recent: string[];
  /** unknown people and organizations met so far */
  created: Map<string, Actor>;
  /** new officials whose role and affiliation the text states: id → token index of the statement */
  stated: Map<string, { sentence: number }>;
  /** who acted in the last event claim ("the decision", "the strike" later refer to it) */
  lastAgent?: string;
  /** the state or organization that led the last sentence, if no claim was read in it */
  lastLead?: string;
  /** who acted last, per predicate ("the strike" refers to the last attacker) */
  lastBy: Map<string, string>;
  /** per predicate, everyone who did the last act of lastBy together ("Israel and the United
   * States struck …"), when more than one did */
  coAuthors: Map<string, string[]>;
  /** predicates whose last act of lastBy was planned, alleged, denied or negated */
  unsureBy: Set<string>;
  /** the two parties of the last claim between two actors ("both governments" refers to them) */
  lastPair?: [string, string];
  /** two parties who met or signed together, and the sentence ("They criticised …" next) */
  lastJoint?: { ids: [string, string]; sentence: number };
  /** who last decided, refused or held back something ("the decision", "his refusal") */
  lastDecision?: { id: string; sentence: number };
  /** who last decided, suspended or approved anything, claim or not ("Iran suspended its
   * cooperation … Germany called the decision") */
  lastDecider?: { id: string; sentence: number };
  /** the first actor of the last sentence read ("They also urged China" refers to it) */
  prevLead?: string;
  /** sentences seen so far */
  sentences: number;
  /** the state of the dateline's city ("DAMASCUS (SANA) --"): "the ministry" is its */
  dateline?: string;
  /** "the junta" → the state it was last said to rule */
  bodies: Map<string, string>;
  /** state → the other party of its last hostile claim (whom "we will take measures" targets) */
  counterparts: Map<string, string>;
}

export const newArticleState = (): ArticleState => ({
  short: new Map(),
  recent: [],
  created: new Map(),
  stated: new Map(),
  lastBy: new Map(),
  coAuthors: new Map(),
  unsureBy: new Set(),
  bodies: new Map(),
  counterparts: new Map(),
  sentences: 0,
});

const SHIP_PREFIXES: Record<string, string> = {
  USS: 'united-states',
  USNS: 'united-states',
  HMS: 'united-kingdom',
  HMAS: 'australia',
  HMCS: 'canada',
  INS: 'india',
  BRP: 'philippines',
  JS: 'japan',
  ROKS: 'south-korea',
  FGS: 'germany',
};
const PARTICLES = new Set(['al', 'bin', 'ibn', 'von', 'van', 'der', 'de', 'da', 'la', 'le', 'el']);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on']);
const DAYS_AND_MONTHS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december`.split(/\s+/),
);
const capWord = (t: Tok | undefined): boolean =>
  t !== undefined && isCap(t.v) && /\p{L}/u.test(t.v) && t.p !== 'PUNCT';

/** The affiliation stated just before a role phrase starting at `from` ("Dutch", "Lithuania's"). */
const affiliationBefore = (toks: Tok[], at: number, gaz: Gazetteer): string | undefined => {
  // "the EU's sanctions envoy": past the nouns that qualify the role
  let from = at;
  while (from > 0 && from > at - 3 && ['NOUN', 'ADJ'].includes(toks[from - 1]!.p)) from--;
  for (let k = from - 1; k >= Math.max(0, from - 6); k--) {
    const m = matchAt(toks, k, gaz);
    if (m && (m.end === from || (POSS.has(toks[m.end]?.v ?? '') && m.end + 1 === from)))
      return m.entry.actorId;
  }
  return undefined;
};

/** Role words right before position `end` ("senior defense analyst"): start index or -1. */
const roleBefore = (toks: Tok[], end: number): number => {
  let start = -1;
  for (let k = end - 1; k >= Math.max(0, end - 5); k--) {
    const t = toks[k]!;
    if (ROLE_WORDS.has(t.f) || ORG_HEADS.has(t.f)) start = k;
    else if (!((t.p === 'ADJ' || t.p === 'NOUN' || t.f === 'and') && start >= 0)) break;
  }
  return start >= 0 && toks.slice(start, end).some((t) => ROLE_WORDS.has(t.f)) ? start : -1;
};

/** The state owning a company named at [a, j): "Kyrgyzstan's Tulpar Bank". */
const companyOwner = (
  toks: Tok[],
  ms: readonly Mention[],
  gaz: Gazetteer,
  a: number,
  j: number,
): Mention | undefined => {
  if (!namedCompany(toks, a, j)) return undefined;
  const m = ms.find(
    (x) =>
      x.poss &&
      x.kind === 'actor' &&
      (x.end === a || (x.end === a - 1 && POSS.has(toks[a - 1]!.v))),
  );
  return m && gaz.actors.get(m.actorId)?.kind === 'STATE' ? m : undefined;
};

/** Whether the article has named a state yet (else the dateline's state is the one meant). */
export const namedState = (st: ArticleState, gaz: Gazetteer): boolean =>
  st.recent.some((x) => gaz.actors.get(x)?.kind === 'STATE');

/** Where a company is based: "Hong Kong-registered Tordex Trading", "Sharjah-based …". */
const basedAt = (
  toks: Tok[],
  owner: readonly (Mention | undefined)[],
  a: number,
  gaz: Gazetteer,
): string | undefined => {
  if (!BASED.has(toks[a - 1]?.f ?? '') || toks[a - 2]?.f !== '-') return undefined;
  const m = owner[a - 3];
  const state = m?.actorId;
  return state !== undefined && gaz.actors.get(state)?.kind === 'STATE' ? state : undefined;
};

const text = (toks: Tok[], a: number, b: number, src: string): string =>
  src.slice(toks[a]!.s, toks[b - 1]!.e);

/**
 * Adds mentions of unknown organizations ("Foreign Policy Research Institute") and people
 * introduced by a role, an apposition or a reporting verb ("said Andrej Kosinski,
 * Lithuania's deputy foreign minister"), registering them in the article state.
 */
export const nameMentions = (
  toks: Tok[],
  ms: Mention[],
  gaz: Gazetteer,
  st: ArticleState,
  src: string,
  sentence: number,
): Mention[] => {
  const owner = new Array<Mention | undefined>(toks.length);
  for (const m of ms) for (let k = m.start; k < m.end; k++) owner[k] = m;
  const out = [...ms];
  for (let i = 0; i < toks.length; i++) {
    if (owner[i] || !capWord(toks[i])) continue;
    // "the USS Carney": a ship named like a known person is still the navy's ship
    const ship = SHIP_PREFIXES[toks[i]!.v];
    const named = owner[i + 1];
    if (ship !== undefined && named?.start === i + 1 && gaz.actors.has(ship)) {
      out.splice(out.indexOf(named), 1, {
        start: i,
        end: named.end,
        actorId: ship,
        kind: 'agent',
        poss: named.poss,
      });
      i = named.end - 1;
      continue;
    }
    const known = matchAt(toks, i, gaz);
    if (known) {
      i = known.end - 1; // a demonym or name the gazetteer already knows ("Japanese Defence Minister …")
      continue;
    }
    if (NOT_NAME.has(toks[i]!.f)) continue;
    let j = i;
    let org = false;
    while (j < toks.length && !owner[j]) {
      const t = toks[j]!;
      const next = toks[j + 1];
      if (capWord(t)) {
        org ||= isOrgHead(t.f);
        // ("Hanwha Aerospace and Rheinmetall": a company's name ends at its head)
        if (COMPANY_HEADS.has(t.f) && !ORG_HEADS.has(t.f) && next?.f === 'and') {
          j++;
          break;
        }
      } else if (t.f === '-' && next && /\p{L}/u.test(next.v) && j > i) j++;
      // ("the U.S. Treasury Department on Wednesday": a date ends the name)
      else if (!(
        (PARTICLES.has(t.f) || CONNECTORS.has(t.f)) &&
        capWord(next) &&
        !owner[j + 1] &&
        !DAYS_AND_MONTHS.has(next?.f ?? '')
      ))
        break;
      j++;
    }
    if (!org) {
      const cut = toks.slice(i, j).findIndex((t) => CONNECTORS.has(t.f));
      if (cut > 0) j = i + cut;
    }
    // "Therese Kayikwamba Wagner": a one-word group alias ending a person's name is the surname
    const tail = owner[j];
    const tailKind = tail ? gaz.actors.get(tail.actorId)?.kind : undefined;
    if (
      !org &&
      j > i + 1 &&
      tail?.start === j &&
      tail.end === j + 1 &&
      (tailKind === 'GROUP' || tailKind === 'ORGANIZATION') &&
      !capWord(toks[j + 1]) &&
      toks.slice(i, j).every((t) => capWord(t) && !ROLE_WORDS.has(t.f))
    ) {
      out.splice(out.indexOf(tail), 1);
      owner[j] = undefined;
      j++;
    }
    let a = i;
    const capsFrom = (x: number) => toks.slice(x, j).filter((t) => capWord(t)).length;
    while (
      !org &&
      a < j &&
      (ROLE_WORDS.has(toks[a]!.f) || toks[a]!.v.endsWith('.')) &&
      (capsFrom(a) > 2 || toks[a]!.v.endsWith('.') || a === i)
    )
      a++;
    // "the destroyer USS Stockdale": a navy's ship prefix names its state
    const navy = SHIP_PREFIXES[toks[i]!.v];
    if (navy !== undefined && j > i + 1 && gaz.actors.has(navy)) {
      out.push({
        start: i,
        end: j,
        actorId: navy,
        kind: 'agent',
        poss: POSS.has(toks[j]?.v ?? ''),
      });
      i = j;
      continue;
    }
    const words = toks.slice(a, j).filter((t) => capWord(t));
    if (words.length < 2) {
      i = j;
      continue;
    }
    const prev = out.find(
      (m) => m.end === i && !m.poss && gaz.actors.get(m.actorId)?.kind === 'STATE',
    );
    if (org) {
      const generic = toks
        .slice(a, j)
        .every(
          (t) =>
            ROLE_WORDS.has(t.f) ||
            ORG_HEADS.has(t.f) ||
            CONNECTORS.has(t.f) ||
            /^(affairs|foreign|state)$/.test(t.f),
        );
      if (!generic) {
        // "Kyrgyzstan's Tulpar Bank": a company named with its owner state is the company
        const owning = prev ? undefined : companyOwner(toks, out, gaz, a, j);
        // ("Shandong Haiyu Petrochemical": a company's name may begin with its home town)
        const named = prev && (prev.kind !== 'place' || namedCompany(toks, a, j));
        const start = named ? prev.start : (owning?.start ?? a);
        if (prev) out.splice(out.indexOf(prev), 1);
        if (owning) out.splice(out.indexOf(owning), 1);
        // ("Sharjah-based Falcon Aero Supplies": the name begins after where it is based)
        const based = toks.findLastIndex(
          (t, n) => n > start && n < j - 1 && t.f === '-' && BASED.has(toks[n + 1]!.f),
        );
        const from = based >= 0 ? based + 2 : named ? start : a;
        const name = text(toks, from, j, src).replace(/['’]s$/, '');
        const id = slugify(name);
        // "the Philippine National Maritime Council": a state's own body acts for it
        const before = matchAt(toks, a - 1, gaz);
        const state =
          prev?.actorId ??
          owning?.actorId ??
          (before && before.end === a && before.entry.type === 'demonym'
            ? before.entry.actorId
            : undefined) ??
          basedAt(toks, owner, from, gaz) ??
          // ("DAMASCUS (SANA) -- The Ministry of Foreign Affairs and Expatriates condemned …")
          (toks[from]?.f === 'ministry' && !namedState(st, gaz) ? st.dateline : undefined);
        if (!gaz.actors.has(id) && !st.created.has(id))
          st.created.set(id, {
            id,
            name,
            kind: 'ORGANIZATION',
            aliases: [],
            ...(state !== undefined ? { affiliation: state } : {}),
          });
        // "Tordex Trading … Tordex", "Golden Reef Marine … Golden Reef": a company's short name
        if (namedCompany(toks, from, j) && st.created.has(id)) {
          const at: number[] = [];
          for (let n = from; n < j - 1; n++) if (toks[n]!.f !== '-') at.push(n);
          const own = (n: number) =>
            toks[n]!.p === 'PROPN' && !NOT_NAME.has(toks[n]!.f) && !matchAt(toks, n, gaz);
          if (at.length > 1 && at.length <= 3 && at.every(own))
            st.short.set(at.map((n) => toks[n]!.f).join(' '), id);
          if (at[0] !== undefined && own(at[0])) st.short.set(toks[at[0]]!.f, id);
        }
        out.push({ start, end: j, actorId: id, kind: 'actor', poss: POSS.has(toks[j]?.v ?? '') });
      }
      i = j;
      continue;
    }
    if (words.length > 4 || words.some((t) => NOT_NAME.has(t.f))) {
      i = j;
      continue;
    }
    // evidence that this is a person: a role before, an apposition after, or a reporting verb
    // "Congo's foreign minister, Therese Kayikwamba Wagner, said": a role in apposition before
    const before = toks[i - 1]?.f === ',' && toks[j]?.f === ',' ? roleBefore(toks, i - 1) : -1;
    const rStart = a > i ? i : roleBefore(toks, i) >= 0 ? roleBefore(toks, i) : before;
    const after = toks[j]?.f === ',' ? j + 1 : j;
    const appos = toks[j]?.f === ',' ? roleAfter(toks, j + 1) : -1;
    const speech = SPEECH_VERBS.has(toks[after]?.l ?? '') || SPEECH_VERBS.has(toks[i - 1]?.l ?? '');
    if (rStart < 0 && appos < 0 && !speech) {
      i = j;
      continue;
    }
    const name = text(toks, a, j, src);
    const id = slugify(name);
    let role: string | undefined;
    let affiliation: string | undefined;
    if (rStart >= 0) {
      role = text(toks, rStart, a > i ? a : rStart === before ? i - 1 : i, src);
      affiliation = affiliationBefore(toks, rStart, gaz);
    } else if (appos >= 0) {
      const r = apposition(toks, j + 1, appos, gaz);
      role = text(toks, r.roleStart, appos, src);
      affiliation = r.affiliation;
    }
    if (!gaz.actors.has(id) && !st.created.has(id)) {
      st.created.set(id, {
        id,
        name,
        kind: 'OFFICIAL',
        aliases: [],
        ...(role ? { role } : {}),
        ...(affiliation ? { affiliation } : {}),
      });
      const isOfficial =
        role !== undefined && role.split(/\s+/).some((w) => OFFICIAL_ROLES.has(w.toLowerCase()));
      if (isOfficial && affiliation !== undefined && gaz.actors.has(affiliation))
        st.stated.set(id, { sentence });
    }
    st.short.set(toks[j - 1]!.f, id);
    out.push({ start: a, end: j, actorId: id, kind: 'actor', poss: POSS.has(toks[j]?.v ?? '') });
    i = j;
  }
  return out.sort((x, y) => x.start - y.start);
};

/** End (exclusive) of a role apposition starting at k: ", a senior fellow", ", Lithuania's deputy foreign minister". */
const roleAfter = (toks: Tok[], k: number): number => {
  let end = -1;
  for (let x = k; x < toks.length && x < k + 9; x++) {
    const t = toks[x]!;
    if (ROLE_WORDS.has(t.f)) end = x + 1;
    else if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.p) && !POSS.has(t.v)) break;
  }
  return end;
};

const apposition = (
  toks: Tok[],
  k: number,
  end: number,
  gaz: Gazetteer,
): { roleStart: number; affiliation?: string } => {
  let roleStart = k;
  let affiliation: string | undefined;
  for (let x = k; x < end; x++) {
    const m = matchAt(toks, x, gaz);
    if (m) {
      affiliation = m.entry.actorId;
      roleStart = POSS.has(toks[m.end]?.v ?? '') ? m.end + 1 : m.end;
      x = m.end;
    } else if (toks[x]!.p === 'DET' && x === roleStart) roleStart = x + 1;
  }
  // "an analyst at the RAND Corporation": the organization after the role
  if (affiliation === undefined && (toks[end]?.f === 'at' || toks[end]?.f === 'of')) {
    const x = toks[end + 1]?.f === 'the' ? end + 2 : end + 1;
    const m = matchAt(toks, x, gaz);
    if (m) affiliation = m.entry.actorId;
  }
  return { roleStart, ...(affiliation !== undefined ? { affiliation } : {}) };
};

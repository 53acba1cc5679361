import {
  AGENT_HEADS,
  BASED,
  EVENT_HEADS,
  COMPANY_HEADS,
  isOrgHead,
  PLACE_HEADS,
  ROLE_WORDS,
  TROOP_HEADS,
  WEAPON_HEADS,
} from './lexicon';
import type { GazEntry, Gazetteer, Mention, MentionKind, Tok } from './types';

export const POSS = new Set(["'s", '’s', "'", '’']);
export const isCap = (v: string): boolean => {
  const c = v.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 128 && /^\p{Lu}/u.test(v));
};
const isAllCaps = (v: string): boolean => /\p{Lu}/u.test(v) && v === v.toUpperCase();

export interface Match {
  end: number;
  entry: GazEntry;
}

/** Longest gazetteer match starting at token i (hyphens inside a name are transparent). */
export const matchAt = (toks: Tok[], i: number, gaz: Gazetteer): Match | null => {
  const first = toks[i];
  if (!first || !isCap(first.v)) return null;
  let node = gaz.trie;
  let best: Match | null = null;
  for (let j = i; j < toks.length && j < i + 9; j++) {
    const t = toks[j]!;
    if (t.f === '-' && j > i) continue;
    const n = node.next.get(t.f);
    if (!n) break;
    node = n;
    const e = n.entry;
    if (
      e &&
      (e.caseMode === 'title' || toks.slice(i, j + 1).every((x) => x.f === '-' || isAllCaps(x.v)))
    )
      best = { end: j + 1, entry: e };
  }
  return best;
};

const headKind = (lemma: string): MentionKind | null =>
  TROOP_HEADS.has(lemma)
    ? 'troops'
    : PLACE_HEADS.has(lemma)
      ? 'place'
      : WEAPON_HEADS.has(lemma)
        ? 'weapon'
        : EVENT_HEADS.has(lemma)
          ? 'event'
          : AGENT_HEADS.has(lemma) || lemma === 'ally' || lemma === 'media'
            ? 'agent'
            : null;

/**
 * The noun phrase after position j: its head noun, or `title` when it is a role
 * followed by a person's name ("Russian President Vladimir Putin").
 */
const npHead = (toks: Tok[], j: number, gaz: Gazetteer): { head: number; title: boolean } => {
  let head = -1;
  let role = false;
  for (let k = j; k < toks.length && k < j + 5; k++) {
    const t = toks[k]!;
    if (t.f === '-') continue;
    // "Israeli strikes last month": a time adverbial after the head is not part of the phrase
    if (head >= 0 && ['last', 'next', 'this', 'early', 'late'].includes(t.f)) break;
    const m = matchAt(toks, k, gaz);
    if (m && (m.entry.type === 'name' || m.entry.type === 'metonym')) return { head, title: role };
    // ("Japan's Ground Self-Defense Force": a force, not a person's title)
    const body = isOrgHead(t.f) || TROOP_HEADS.has(t.f);
    if (role && isCap(t.v) && t.p === 'PROPN' && !ROLE_WORDS.has(t.f) && !body)
      return { head, title: true };
    if (t.p === 'NOUN' || t.p === 'PROPN') {
      head = k;
      if (ROLE_WORDS.has(t.f)) role = true;
    } else if (
      (t.f === 'and' || t.f === ',') &&
      toks[k - 1]?.p === 'ADJ' &&
      toks[k + 1]?.p === 'ADJ'
    )
      continue; // "Iranian nuclear and military sites"
    else if (t.p !== 'ADJ' && t.p !== 'NUM') break;
  }
  return { head, title: false };
};

const CONVENIENCE_FLAGS = new Set(['liberia', 'panama', 'malta', 'marshall-islands', 'bahamas']);
const OWNED = new Set(['flagged', 'registered', 'owned', 'operated', 'controlled', 'run']);
const MADE = new Set([
  'made',
  'built',
  'supplied',
  'produced',
  'designed',
  'manufactured',
  'origin',
]);

/** A demonym phrase ("North Korean special forces") as a mention, or null when it only titles a person. */
const demonymMention = (
  toks: Tok[],
  i: number,
  end: number,
  actorId: string,
  gaz: Gazetteer,
): Mention | null => {
  let j = end;
  const made = toks[j]?.f === '-' && MADE.has(toks[j + 1]?.f ?? '');
  const owned = !made && toks[j]?.f === '-' && OWNED.has(toks[j + 1]?.f ?? '');
  if (made) j += 2;
  // "Russian-flagged vessels", "Chinese-owned firms": the state's own
  else if (toks[j]?.f === '-' && OWNED.has(toks[j + 1]?.f ?? '')) {
    // ("a Liberian-flagged container ship": a flag of convenience says nothing of the owner)
    if (CONVENIENCE_FLAGS.has(actorId) && /^(flagged|registered)$/.test(toks[j + 1]!.f))
      return null;
    j += 2;
  }
  // "Russian and Chinese firms": share the head of the next demonym.
  if ((toks[j]?.f === 'and' || toks[j]?.f === 'or') && toks[j + 1]) {
    const next = matchAt(toks, j + 1, gaz);
    if (next?.entry.type === 'demonym') {
      const m = demonymMention(toks, j + 1, next.end, next.entry.actorId, gaz);
      return m ? { start: i, end, actorId, kind: m.kind, poss: false } : null;
    }
  }
  const { head, title } = npHead(toks, j, gaz);
  if (title) return null;
  if (head < 0) {
    const bare = toks[i - 1]?.f === 'the' || /s$/.test(toks[end - 1]?.v ?? '');
    return bare ? { start: i, end, actorId, kind: 'agent', poss: false } : null;
  }
  const kind = headKind(toks[head]!.l) ?? 'other';
  return {
    start: i,
    end: head + 1,
    actorId,
    kind,
    poss: false,
    ...(made ? { made } : {}),
    ...(owned && kind === 'other' ? { owned } : {}),
  };
};

/** Extends "Russia's military" / "US officials" to an agent mention; marks bare possessives. */
/** Generic first words: "Iran's Central Bank" is the state's own body, not a company. */
const GENERIC_FIRST = new Set(['central', 'national', 'state', 'federal', 'foreign', 'reserve']);

/** Whether toks[a, j) name a company: capitalised, ending in a company word, not generic. */
export const namedCompany = (toks: Tok[], a: number, j: number): boolean =>
  j - a >= 2 &&
  COMPANY_HEADS.has(toks[j - 1]!.f) &&
  !GENERIC_FIRST.has(toks[a]!.f) &&
  toks.slice(a, j).every((t) => isCap(t.v) || t.f === '-');

const extendActor = (toks: Tok[], m: Mention, gaz: Gazetteer): Mention | null => {
  let j = m.end;
  const poss = POSS.has(toks[j]?.v ?? '');
  if (poss) j++;
  const { head, title } = npHead(toks, j, gaz);
  // "Hezbollah leader Hassan Nasrallah": the person, not the organization, is the actor
  if (title) return null;
  const kind = head >= 0 && !title ? headKind(toks[head]!.l) : null;
  // ("Kyrgyzstan's Tulpar Bank" is a company of its own, named in names.ts)
  if (kind === 'agent' && namedCompany(toks, j, head + 1)) return { ...m, poss };
  if (kind === 'agent' || kind === 'troops')
    return { ...m, end: head + 1, kind: kind === 'troops' ? 'troops' : m.kind, poss: false };
  return { ...m, poss };
};

const VESSELS = new Set(['warship', 'fleet', 'navy', 'submarine', 'ship', 'vessel', 'boat']);

/** "fighters from the Wagner Group", "personnel from its Africa Corps": the actor's troops. */
const troopsFrom = (toks: Tok[], m: Mention, free: number): Mention => {
  let k = m.start - 1;
  if (['the', 'its', 'their'].includes(toks[k]?.f ?? '')) k--;
  const head = toks[k - 1];
  if (toks[k]?.f !== 'from' || !head || k - 1 < free) return m;
  const l = TROOP_HEADS.has(head.l) ? head.l : head.l.replace(/s$/, '');
  // (people, not vessels: "submarines from the United States" are bought, not deployed)
  const troops = TROOP_HEADS.has(l) && !VESSELS.has(l);
  return troops && head.p !== 'VERB' ? { ...m, start: k - 1, kind: 'troops' } : m;
};

/** "12 companies based in mainland China": the state's agents, like "Chinese companies". */
const basedIn = (toks: Tok[], m: Mention, free: number): Mention => {
  let k = m.start - 1;
  if (toks[k]?.f === 'mainland' || toks[k]?.f === 'the') k--;
  const head = toks[k - 2];
  if (toks[k]?.f !== 'in' || !BASED.has(toks[k - 1]?.f ?? '') || !head || k - 2 < free) return m;
  return AGENT_HEADS.has(head.l) ? { ...m, start: k - 2, kind: 'agent' } : m;
};

/**
 * "the Ministry of Foreign Affairs of the Russian Federation", "the armed forces of the DPRK":
 * a body named with its state acts for the state, like "Russia's foreign ministry".
 */
const bodyOf = (toks: Tok[], m: Mention, free: number): Mention => {
  let k = m.start - 1;
  if (toks[k]?.f === 'the') k--;
  if (toks[k]?.f !== 'of') return m;
  // past the body's own name: "Ministry of Foreign Affairs", "Ministry of National Defence"
  let h = k - 1;
  const named = (x: Tok | undefined) => x !== undefined && x.p !== 'VERB' && isCap(x.v);
  while (h > free && h > k - 6 && (named(toks[h]) || ['of', 'and'].includes(toks[h]!.f))) {
    if (AGENT_HEADS.has(toks[h]!.l) && toks[h - 1]?.f === 'the') break;
    h--;
  }
  if (h < free) return m; // (the words belong to the mention before)
  const head = toks[h];
  const opened = toks[h - 1]?.f === 'the' || toks[h - 1]?.f === 'armed';
  return head && AGENT_HEADS.has(head.l) && opened && head.p !== 'VERB'
    ? { ...m, start: toks[h - 1]?.f === 'armed' ? h - 1 : h, kind: 'agent' }
    : m;
};

/** Gazetteer, demonym and short-name mentions of one sentence, in order, non-overlapping. */
/** Words that make "the Treasury" a British one ("Chancellor Rachel Reeves said the Treasury …"). */
const UK_TREASURY = new Set([
  'chancellor',
  'exchequer',
  'reeves',
  'hunt',
  'downing',
  'whitehall',
  'commons',
]);
/**
 * "the Treasury" alone is the US Treasury, but not "Australia's Treasury", "the German
 * Treasury", the Commons "Treasury Committee", or the Treasury of a British chancellor.
 */
const notUsTreasury = (toks: Tok[], i: number): boolean => {
  const prev = toks[i - 1];
  return (
    (prev !== undefined && (POSS.has(prev.v) || (isCap(prev.v) && prev.f !== 'the'))) ||
    ['committee', 'select', 'board', 'bill', 'bond', 'bonds', 'yield', 'yields'].includes(
      toks[i + 1]?.f ?? '',
    ) ||
    toks.some((x) => UK_TREASURY.has(x.f))
  );
};

export const gazetteerMentions = (
  toks: Tok[],
  gaz: Gazetteer,
  short: Map<string, string>,
): Mention[] => {
  const out: Mention[] = [];
  for (let i = 0; i < toks.length;) {
    const t = toks[i]!;
    let m = matchAt(toks, i, gaz);
    // plural demonyms: "Russians", "Israelis"
    if (!m && isCap(t.v) && t.f.endsWith('s')) {
      const e = gaz.trie.next.get(t.f.slice(0, -1))?.entry;
      if (e?.type === 'demonym') {
        out.push({ start: i, end: i + 1, actorId: e.actorId, kind: 'agent', poss: false });
        i++;
        continue;
      }
    }
    if (!m && short.size > 0 && isCap(t.v)) {
      // surnames of people already named in full ("Austin", "von der Leyen")
      let key = '';
      for (let n = 1; n <= 3 && i + n <= toks.length; n++) {
        const x = toks[i + n - 1]!;
        if (x.f === '-') continue;
        key = key === '' ? x.f : `${key} ${x.f}`;
        const id = short.get(key);
        if (id !== undefined)
          m = { end: i + n, entry: { actorId: id, type: 'name', caseMode: 'title' } };
      }
    }
    if (!m) {
      i++;
      continue;
    }
    const { entry } = m;
    let { end } = m;
    // "President Xi Jinping": an alias ("President Xi") overlapping the full name
    for (let k = i + 1; k < end && entry.type === 'name'; k++) {
      const longer = matchAt(toks, k, gaz);
      if (longer && longer.entry.actorId === entry.actorId && longer.end > end) end = longer.end;
    }
    if (entry.actorId === '' || (end === i + 1 && t.f === 'treasury' && notUsTreasury(toks, i))) {
      i = end; // a region that names no actor
      continue;
    }
    let mention: Mention | null;
    if (entry.type === 'demonym') mention = demonymMention(toks, i, end, entry.actorId, gaz);
    else if (entry.type === 'place')
      mention = {
        start: i,
        end,
        actorId: entry.actorId,
        kind: 'place',
        poss: POSS.has(toks[end]?.v ?? ''),
      };
    else
      mention = extendActor(
        toks,
        { start: i, end, actorId: entry.actorId, kind: 'actor', poss: false },
        gaz,
      );
    // ("fighters from Russia's Wagner Group": the owned group's, not the owner's)
    const owner = out.at(-1);
    if (
      mention?.kind === 'actor' &&
      owner?.kind === 'troops' &&
      owner.poss &&
      owner.end + 1 === mention.start &&
      toks[owner.start + 1]?.f === 'from'
    ) {
      out.pop();
      mention = { ...mention, start: owner.start, kind: 'troops' };
    } else if (mention?.kind === 'actor' || mention?.kind === 'troops')
      mention = troopsFrom(toks, mention, out.at(-1)?.end ?? 0);
    if (mention?.kind === 'actor') mention = basedIn(toks, mention, out.at(-1)?.end ?? 0);
    if (mention?.kind === 'actor') mention = bodyOf(toks, mention, out.at(-1)?.end ?? 0);
    if (mention) out.push(mention);
    i = mention ? Math.max(mention.end, end) : end;
  }
  return out;
};

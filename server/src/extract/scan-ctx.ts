/**
 * The sentence context every scan works on (its mentions indexed by token position), which
 * mention kinds may fill a predicate's subject or object slot, the side an actor acts for, and
 * small token tests. Pure.
 */
import type { Actor, Predicate } from '../domain';
import { DENY_VERBS, SPEECH_VERBS } from './patterns';
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

/** A mention that can act or be acted on as a party: a named actor or an agent ("US officials"). */
/**
 * The mention that starts at a, or after up to four title words of the given kinds ("from
 * Ukrainian President Volodymyr Zelensky", "a phone call from President Emmanuel Macron").
 */
export const mentionAfter = (
  ctx: Ctx,
  a: number,
  titles: readonly string[],
): Mention | undefined => {
  let k = a;
  while (k < a + 4 && ctx.toks[k] && !ctx.startAt[k] && titles.includes(ctx.toks[k]!.p)) k++;
  return ctx.startAt[k];
};
export const isDoer = (m: Mention): boolean => m.kind === 'actor' || m.kind === 'agent';
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

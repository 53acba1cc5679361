/**
 * Around a trigger noun: the noun phrase it ends and the mention inside it ("Iran's
 * deliveries"), a reduced passive after it ("sanctions imposed by"), and the blame before it
 * ("blamed Israel for the attack", "accused Serbia of orchestrating the attack"). Pure.
 */
import { POSS } from './mentions';
import { LIGHT_VERBS } from './patterns';
import { leftSubject } from './scan';
import { POSS_PRON, type Ctx } from './scan-ctx';
import type { Mention } from './types';

/** Nouns that quantify a trigger noun: "a package of sanctions". */
const QUANTIFIERS = new Set([
  'package',
  'set',
  'round',
  'wave',
  'raft',
  'series',
  'batch',
  'number',
  'range',
  'host',
  'new',
  'day',
  'hour',
  'week',
  'month',
  'year',
  'decade',
  'text',
  'draft',
  'terms',
  'framework',
  'hundreds',
  'dozens',
  'thousands',
  'scores',
]);
const MEDIATED = new Set(['brokered', 'mediated', 'facilitated', 'backed', 'sponsored']);
/** "Myanmar-related sanctions": the mention before the hyphen is what the act is about. */
const RELATED = new Set(['related', 'linked', 'focused', 'specific']);

/**
 * Start of the noun phrase ending at the trigger noun i, and the mention inside it ("Iran's",
 * "US", "Russian"), or the one it is about ("Myanmar-related sanctions": `about`).
 */
export const nounPhrase = (
  ctx: Ctx,
  i: number,
): { s: number; inner?: Mention; about?: Mention } => {
  const { toks } = ctx;
  const cov = ctx.cover[i];
  if (cov) return { s: cov.start, inner: cov };
  let s = i;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const tk = toks[k]!;
    const m = ctx.endAt[k + 1] ?? (POSS.has(tk.v) ? ctx.endAt[k] : undefined);
    // "a US-brokered peace agreement": the go-between is not a party
    if (m && toks[m.end]?.f === '-' && MEDIATED.has(toks[m.end + 1]?.f ?? '')) {
      s = toks[m.start - 1]?.p === 'DET' ? m.start - 1 : m.start;
      break;
    }
    if (m && toks[m.end]?.f === '-' && RELATED.has(toks[m.end + 1]?.f ?? '')) {
      // ("any new Myanmar-related sanctions": "new" may be tagged as a name)
      let b = m.start;
      while (b > 0 && (['DET', 'ADJ', 'NUM'].includes(toks[b - 1]!.p) || toks[b - 1]!.f === 'new'))
        b--;
      return { s: b, about: m };
    }
    if (m) return { s: toks[m.start - 1]?.p === 'DET' ? m.start - 1 : m.start, inner: m };
    if (
      ['ADJ', 'NOUN', 'NUM', 'PROPN', 'SYM'].includes(tk.p) ||
      tk.f === '-' ||
      // "one-on-one talks", "face-to-face meeting"
      (toks[k - 1]?.f === '-' && toks[k + 1]?.f === '-') ||
      ['"', '“', '”'].includes(tk.v) ||
      (tk.p === 'PUNCT' && ["'", '‘', '’'].includes(tk.v)) ||
      // "a renewed offensive", "the planned deal": a participle used as an adjective
      (tk.p === 'VERB' && /ed$/.test(tk.f) && toks[k - 1]?.p === 'DET') ||
      // "Tehran's continued supply"
      (tk.p === 'VERB' && /ed$/.test(tk.f) && POSS.has(toks[k - 1]?.v ?? '')) ||
      (tk.p === 'VERB' && /ed$/.test(tk.f) && toks[k - 1]?.f === '-') ||
      (tk.p === 'ADV' && ['ADJ', 'NOUN'].includes(toks[k + 1]!.p))
    )
      s = k;
    else if (tk.f === 'of' && QUANTIFIERS.has(toks[k - 1]?.l ?? '')) s = k;
    else if (
      (tk.f === 'and' || tk.f === ',') &&
      ['ADJ', 'ADV'].includes(toks[k + 1]!.p) &&
      ['ADJ', 'ADV'].includes(toks[k - 1]?.p ?? '')
    )
      s = k; // "a lengthy and productive call"
    else if (
      tk.f === 'and' &&
      toks[k + 1]?.p === 'NOUN' &&
      toks[k - 1]?.p === 'NOUN' &&
      k + 1 < i &&
      !ctx.cover[k - 1]
    )
      s = k; // "Russia's drone and missile strike"
    else {
      if (tk.p === 'DET' || POSS_PRON.has(tk.f)) s = k;
      break;
    }
  }
  return { s };
};

/** A participle of a light verb with "by" after the noun at i, past its own phrase: "imposed by". */
export const reducedPassive = (ctx: Ctx, i: number): number | undefined => {
  for (let k = i + 1; k < ctx.toks.length && k <= i + 8; k++) {
    const t = ctx.toks[k]!;
    if (t.p === 'VERB') {
      // ("the attack carried out by Russia": past the particle)
      const by = ctx.toks[k + 1]?.f === 'out' ? k + 2 : k + 1;
      return LIGHT_VERBS.has(t.l) && /ed$/.test(t.f) && ctx.toks[by]?.f === 'by'
        ? by - 1
        : undefined;
    }
    if (!['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.p)) return undefined;
  }
  return undefined;
};

const ORCHESTRATE = new Set(
  'orchestrate organise organize order plan carry conduct stage mastermind direct launch'.split(
    ' ',
  ),
);
/**
 * "Hezbollah blamed Israel for the attack", "held Russia responsible for the sabotage": the
 * blamed party is alleged to have done it, to the blamer unless the noun names a target.
 */
export const blameFor = (
  ctx: Ctx,
  s: number,
  okS: (m: Mention) => boolean,
  okO: (m: Mention) => boolean,
): { accused: Mention[]; blamer: Mention[]; clause: number } | null => {
  const { toks } = ctx;
  let k = s - 1;
  // "for what it called a 'criminal aggression'"
  if (toks[k]?.l === 'call' && toks[k - 2]?.f === 'what') k -= 3;
  // "accused Serbia of orchestrating Sunday's attack": the accused is alleged to have done it
  if (toks[k]?.p === 'VERB' && ORCHESTRATE.has(toks[k]!.l) && toks[k - 1]?.f === 'of') {
    // ("accused Serbia on Monday of …": past the date)
    const dated = toks[k - 3]?.f === 'on' && toks[k - 2]?.p === 'PROPN' && !ctx.endAt[k - 1];
    const accused = ctx.endAt[dated ? k - 3 : k - 1];
    let v = accused ? accused.start - 1 : -1;
    while (v >= 0 && ['DET', 'ADV'].includes(toks[v]!.p)) v--;
    if (!accused || !okS(accused) || !['accuse', 'blame', 'suspect'].includes(toks[v]?.l ?? ''))
      return null;
    const h = leftSubject(ctx, v, okO);
    return { accused: [accused], blamer: h ? [h.m] : [], clause: h?.clause ?? v };
  }
  if (toks[k]?.f !== 'for') return null;
  let a = k - 1;
  if (toks[a]?.f === 'responsible') a--;
  const accused = ctx.endAt[a + 1];
  if (!accused || !okS(accused)) return null;
  let v = accused.start - 1;
  while (v >= 0 && ['DET', 'ADV'].includes(toks[v]!.p)) v--;
  if (toks[v]?.l !== 'blame' && toks[v]?.l !== 'hold') return null;
  const h = leftSubject(ctx, v, okO);
  return { accused: [accused], blamer: h ? [h.m] : [], clause: h?.clause ?? v };
};

/**
 * Condemnations whose object is an act named just before them: "a string of launches that
 * Seoul and Washington have condemned", "a visit to Taipei that Beijing condemned as a grave
 * violation", "doubled tariffs on Indian goods, a move New Delhi has called unjustified", "a
 * trip that drew sharp criticism from EU leaders", "His refusal drew sharp criticism from Kyiv".
 * The condemned party is whoever did the act. Pure.
 */
import type { Frame } from './frame';
import { subjectOf } from './frame';
import { EVENT_REFS, ROLE_WORDS } from './lexicon';
import { leftSubject } from './scan';
import { isDoer, type Ctx } from './scan-ctx';
import type { Mention } from './types';

const RELATIVES = new Set(['that', 'which']);
const TITLE_PARTS = new Set(['PROPN', 'PART', 'ADJ', 'NOUN']);

/** Start of a prepositional phrase "to Taipei", "on Indian goods" ending right before k. */
const ppStart = (ctx: Ctx, k: number): number => {
  const m = ctx.endAt[k];
  const p = m ? m.start - 1 : k - 1;
  return ctx.toks[p]?.p === 'ADP' && (m || ctx.toks[k - 1]?.p === 'PROPN') ? p : k;
};

/** The event noun whose relative clause or object the token at k ends, if any. */
const eventBefore = (ctx: Ctx, k: number): number => {
  const { toks } = ctx;
  let e = RELATIVES.has(toks[k - 1]?.f ?? '') ? k - 1 : k;
  e = ppStart(ctx, e);
  const noun = toks[e - 1];
  return noun?.p === 'NOUN' && EVENT_REFS.has(noun.l) ? e - 1 : -1;
};

/** Who did the act the event noun at e names: the clause it sums up, or its verb's subject. */
const authorOf = (ctx: Ctx, e: number, ok: (m: Mention) => boolean): Mention | undefined => {
  const { toks } = ctx;
  let d = e - 1;
  while (toks[d]?.p === 'ADJ' || toks[d]?.p === 'NUM') d--;
  // "a string of launches", "a series of strikes"
  if (toks[d]?.f === 'of' && toks[d - 1]?.p === 'NOUN') d -= 2;
  const det = toks[d];
  // "His refusal", "the chancellor's stance"
  const poss = ctx.endAt[d + 1] ?? (toks[d]?.f === "'s" ? ctx.endAt[d] : undefined);
  if (poss && ok(poss)) return poss;
  if (det?.p !== 'DET') return undefined;
  // ", a move New Delhi called …", ", the latest in a string of launches that …": the act is
  // the whole clause before the comma, done by its first actor
  let c = d - 1;
  // (", the latest in a string of launches")
  if (toks[c]?.f === 'in' && toks[c - 2]?.p === 'DET') c -= 3;
  if (toks[c]?.f === ',') return ctx.ms.find((m) => m.start < c && ok(m));
  // "wrapped up a visit to Taipei that …": the subject of the verb whose object the act is
  const v = toks[c]?.p === 'ADP' ? c - 1 : c;
  if (toks[v]?.p !== 'VERB') return undefined;
  return subjectOf(ctx, v, ok)?.ms[0] ?? leftSubject(ctx, v, ok)?.m;
};

/** Who did the act named right before k, or before a relative pronoun there ("a trip that"). */
export const relativeActAuthor = (
  ctx: Ctx,
  k: number,
  ok: (m: Mention) => boolean,
): Mention | undefined => {
  const e = eventBefore(ctx, k);
  return e < 0 ? undefined : authorOf(ctx, e, ok);
};

/** Fills in the object of condemnations that name none but follow an act they react to. */
export const reactionTargets = (ctx: Ctx, frames: Frame[]): Frame[] =>
  frames.map((f) => {
    if (f.rule.p !== 'CONDEMNS' || f.form !== 'verb' || f.objects.length > 0) return f;
    if (f.subjects.length === 0) return f;
    let first = Math.min(...f.subjects.map((m) => m.start));
    if (first > f.head) return f;
    // ("a move Britain's foreign secretary David Lammy described as …": past the title)
    const { toks } = ctx;
    for (let n = 0; n < 5 && TITLE_PARTS.has(toks[first - 1]?.p ?? ''); n++) {
      const w = toks[first - 1]!;
      if (w.p === 'NOUN' && !ROLE_WORDS.has(w.l)) break;
      first--;
    }
    const e = eventBefore(ctx, first);
    const not = new Set(f.subjects.map((m) => m.actorId));
    const author = e < 0 ? undefined : authorOf(ctx, e, (m) => isDoer(m) && !not.has(m.actorId));
    // (the relative clause is a statement of its own: "…, South Korea said, the latest in a
    // string of launches that Seoul has condemned" is not what South Korea said)
    return author ? { ...f, objects: [author], clause: Math.max(f.clause, e + 1) } : f;
  });

import { subjectOf } from './frame';
import type { ArticleState } from './names';
import { leftSubject } from './scan';
import { sideOf, type Ctx } from './scan-ctx';
import type { ExtractedClaim, Gazetteer, Mention } from './types';

const HOSTILE = new Set(['SANCTIONS', 'ATTACKS', 'CONDEMNS', 'ACCUSES', 'WARNS']);
const TAKE = new Set(['take', 'adopt']);
const MEASURES = new Set(['measure', 'step', 'action', 'countermeasure']);
const VOWS = new Set(['vow', 'promise', 'threaten', 'pledge']);
/** Verbs that carry a threat with no target named: "warned that", "vowed that". */
const THREAT_VERBS = new Set([...VOWS, 'warn']);
const RESPONSES = new Set(['countermeasure', 'retaliation', 'response', 'reprisal', 'revenge']);
/** Acts of retaliation: "vowed to retaliate", "would hit back", "vowed to avenge them". */
const RETALIATE = new Set(['retaliate', 'avenge', 'respond', 'react', 'hit', 'strike']);
/** Manners that make "respond" a threat: "would respond in kind", "respond forcefully". */
const FIRMLY = new Set(
  'kind firmly forcefully decisively resolutely strongly overwhelmingly harshly swiftly'.split(' '),
);
/** Words before "take" that make it a threat: "will take", "vowed to take". */
const THREAT_CUES = new Set([
  'will',
  'would',
  "'ll",
  'vow',
  'pledge',
  'promise',
  'threaten',
  'warn',
  'reserve',
]);
const CONDITIONS = new Set(['if', 'unless', 'should']);
const okThreatener = (m: Mention): boolean => m.kind === 'actor' || m.kind === 'agent';

/** Remembers, for each state, the other party of its latest hostile claim. */
export const noteCounterparts = (
  claims: readonly ExtractedClaim[],
  gaz: Gazetteer,
  st: ArticleState,
): void => {
  for (const c of claims) {
    if (!HOSTILE.has(c.predicate)) continue;
    const [a, b] = [sideOf(gaz, c.subjectId), sideOf(gaz, c.objectId)];
    if (a === b) continue;
    st.counterparts.set(a, b);
    st.counterparts.set(b, a);
  }
};

/** The subject of the nearest threat verb before i ("vowed that the aggression would …"). */
const threatVerbSubject = (ctx: Ctx, i: number): Mention | undefined => {
  const v = ctx.toks.findLastIndex(
    (x, n) => n < i && n >= i - 14 && x.p === 'VERB' && THREAT_VERBS.has(x.l),
  );
  // (subjectOf: "said the strikes had killed civilians, including children, and vowed …")
  return v >= 0 ? subjectOf(ctx, v, okThreatener)?.ms[0] : undefined;
};

/**
 * The threatener, if the token at i opens a threat that names no target: "would take resolute
 * measures", "vowed a 'severe' response", "vowed to retaliate", "warned that Moscow would
 * respond", "vowed that the aggression would not go unpunished", "warned that any attack would
 * be met with a crushing response", "reserved the right to respond", "would not stand idly by".
 */
const threatener = (ctx: Ctx, i: number): Mention | undefined => {
  const { toks } = ctx;
  const t = toks[i]!;
  // (cheap checks first: this runs on every token of a candidate sentence)
  const relevant =
    t.f === 'unpunished' ||
    t.f === 'idly' ||
    t.l === 'meet' ||
    (t.p === 'VERB' && (t.l === 'reserve' || RETALIATE.has(t.l) || TAKE.has(t.l) || VOWS.has(t.l)));
  if (!relevant) return undefined;
  const window = toks.slice(Math.max(0, i - 4), i);
  if (t.f === 'unpunished' && toks[i - 1]?.l === 'go') return threatVerbSubject(ctx, i);
  // "warned that Cairo would not stand idly by"
  if (t.f === 'idly')
    return toks[i - 1]?.l === 'stand' && window.some((x) => x.f === 'not' || x.f === "n't")
      ? (threatVerbSubject(ctx, i) ?? leftSubject(ctx, i - 1, okThreatener)?.m)
      : undefined;
  if (t.l === 'meet' && toks[i - 1]?.l === 'be') {
    const response = toks.slice(i + 1, i + 6).some((x) => RESPONSES.has(x.l));
    return response ? threatVerbSubject(ctx, i) : undefined;
  }
  if (t.p !== 'VERB') return undefined;
  if (t.l === 'reserve' && toks.slice(i + 1, i + 4).some((x) => /^(right|options?)$/.test(x.f)))
    return leftSubject(ctx, i, okThreatener)?.m;
  if (RETALIATE.has(t.l)) {
    if ((t.l === 'hit' || t.l === 'strike') && toks[i + 1]?.f !== 'back') return undefined;
    // a named target makes it an ordinary claim ("vowed to respond to India")
    if ([1, 2, 3].some((d) => ctx.startAt[i + d])) return undefined;
    const modal = window.some((x) => THREAT_CUES.has(x.l));
    const firm =
      !['respond', 'react'].includes(t.l) ||
      toks.slice(i + 1, i + 4).some((x) => FIRMLY.has(x.f)) ||
      threatVerbSubject(ctx, i) !== undefined;
    return modal && firm ? subjectOf(ctx, i, okThreatener)?.ms[0] : undefined;
  }
  // "would take resolute measures", or "vowed 'resolute countermeasures'" with no target
  const vow = VOWS.has(t.l);
  if (!(TAKE.has(t.l) || vow)) return undefined;
  let k = i + 1;
  const heads = vow ? RESPONSES : MEASURES;
  while (k < i + 6 && toks[k] && !heads.has(toks[k]!.l) && !ctx.startAt[k]) k++;
  // ("measures against NATO" names its target; "measures if NATO deploys" does not)
  const named = !CONDITIONS.has(toks[k + 1]?.f ?? '') && (ctx.startAt[k + 2] || ctx.startAt[k + 3]);
  if (!heads.has(toks[k]?.l ?? '') || named) return undefined;
  const cue = vow || window.some((x) => THREAT_CUES.has(x.l));
  return cue ? leftSubject(ctx, i, okThreatener)?.m : undefined;
};

/** "would take countermeasures if NATO deploys forces": the subject of the condition. */
const conditionSubject = (ctx: Ctx, i: number): Mention | undefined => {
  const c = ctx.toks.findIndex((x, n) => n > i && n < i + 12 && CONDITIONS.has(x.f));
  if (c < 0) return undefined;
  const m = ctx.startAt[c + 1] ?? (ctx.toks[c + 1]?.p === 'DET' ? ctx.startAt[c + 2] : undefined);
  return m && okThreatener(m) ? m : undefined;
};

/**
 * A threat of retaliation that names no target is aimed at whoever the speaker's state last
 * clashed with, in this sentence or earlier in the article. Returns [threatener, target, head].
 */
export const countermeasureThreats = (
  ctx: Ctx,
  st: ArticleState,
  earlier: readonly { p: string; s: string; o: string }[],
): { s: Mention; o: string; head: number }[] => {
  const out: { s: Mention; o: string; head: number }[] = [];
  ctx.toks.forEach((_, i) => {
    const s = threatener(ctx, i);
    if (!s) return;
    const side = sideOf(ctx.gaz, s.actorId);
    // the adversary of this very sentence ("condemned Washington's arms sale and vowed …",
    // "after Israel struck Iran, Tehran vowed …"), else of the article so far
    const here = earlier.find(
      (d) => HOSTILE.has(d.p) && [d.s, d.o].some((x) => sideOf(ctx.gaz, x) === side),
    );
    const other = here ? (sideOf(ctx.gaz, here.s) === side ? here.o : here.s) : undefined;
    const cond = conditionSubject(ctx, i);
    const foe = cond && sideOf(ctx.gaz, cond.actorId) !== side ? cond.actorId : undefined;
    const target = foe ?? other ?? st.counterparts.get(side);
    if (target !== undefined && sideOf(ctx.gaz, target) !== side)
      out.push({ s, o: target, head: i });
  });
  return out;
};

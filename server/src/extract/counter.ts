import type { ArticleState } from './names';
import { leftSubject, sideOf, type Ctx } from './scan';
import type { ExtractedClaim, Gazetteer, Mention } from './types';

const HOSTILE = new Set(['SANCTIONS', 'ATTACKS', 'CONDEMNS', 'ACCUSES', 'WARNS']);
const TAKE = new Set(['take', 'adopt']);
const MEASURES = new Set(['measure', 'step', 'action', 'countermeasure']);
const VOWS = new Set(['vow', 'promise', 'threaten', 'pledge']);
const RESPONSES = new Set(['countermeasure', 'retaliation', 'response', 'reprisal', 'revenge']);
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

/**
 * "China would take resolute and forceful measures", "vowed to take whatever steps were
 * needed": the standard threat of retaliation names no target; it is aimed at whoever the
 * speaker's state last clashed with in the article. Returns [threatener, target, head].
 */
export const countermeasureThreats = (
  ctx: Ctx,
  st: ArticleState,
  earlier: readonly { p: string; s: string; o: string }[],
): { s: Mention; o: string; head: number }[] => {
  const { toks } = ctx;
  const out: { s: Mention; o: string; head: number }[] = [];
  toks.forEach((t, i) => {
    // "would take resolute measures", or "vowed 'resolute countermeasures'" with no target
    const vow = VOWS.has(t.l);
    if (t.p !== 'VERB' || !(TAKE.has(t.l) || vow)) return;
    let k = i + 1;
    const heads = vow ? RESPONSES : MEASURES;
    while (k < i + 6 && toks[k] && !heads.has(toks[k]!.l) && !ctx.startAt[k]) k++;
    if (!heads.has(toks[k]?.l ?? '') || ctx.startAt[k + 2] || ctx.startAt[k + 3]) return;
    const cue = vow || toks.slice(Math.max(0, i - 4), i).some((x) => THREAT_CUES.has(x.l));
    if (!cue) return;
    const h = leftSubject(ctx, i, (m) => m.kind === 'actor' || m.kind === 'agent');
    if (!h) return;
    const side = sideOf(ctx.gaz, h.m.actorId);
    // the adversary of this very sentence ("condemned Washington's arms sale and vowed …"),
    // else of the article so far
    const here = earlier.find((d) => HOSTILE.has(d.p) && sideOf(ctx.gaz, d.s) === side)?.o;
    const target = here ?? st.counterparts.get(side);
    if (target !== undefined && sideOf(ctx.gaz, target) !== side)
      out.push({ s: h.m, o: target, head: i });
  });
  return out;
};

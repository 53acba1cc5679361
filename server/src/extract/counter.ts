import type { ArticleState } from './names';
import { leftSubject, type Ctx } from './scan';
import type { ExtractedClaim, Gazetteer, Mention } from './types';

const HOSTILE = new Set(['SANCTIONS', 'ATTACKS', 'CONDEMNS', 'ACCUSES', 'WARNS']);
const TAKE = new Set(['take', 'adopt']);
const MEASURES = new Set(['measure', 'step', 'action', 'countermeasure']);
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

const sideOf = (gaz: Gazetteer, id: string): string => gaz.actors.get(id)?.affiliation ?? id;

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
): { s: Mention; o: string; head: number }[] => {
  const { toks } = ctx;
  const out: { s: Mention; o: string; head: number }[] = [];
  toks.forEach((t, i) => {
    if (t.p !== 'VERB' || !TAKE.has(t.l)) return;
    let k = i + 1;
    while (k < i + 6 && toks[k] && !MEASURES.has(toks[k]!.l) && !ctx.startAt[k]) k++;
    if (!MEASURES.has(toks[k]?.l ?? '')) return;
    const cue = toks.slice(Math.max(0, i - 4), i).some((x) => THREAT_CUES.has(x.l));
    if (!cue) return;
    const h = leftSubject(ctx, i, (m) => m.kind === 'actor' || m.kind === 'agent');
    if (!h) return;
    const target = st.counterparts.get(sideOf(ctx.gaz, h.m.actorId));
    if (target !== undefined && target !== sideOf(ctx.gaz, h.m.actorId))
      out.push({ s: h.m, o: target, head: i });
  });
  return out;
};

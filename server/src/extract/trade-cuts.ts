/**
 * Cutting trade is a sanction: "Turkey halted all trade with Israel", "China suspended
 * imports from Japan", "cut off commerce with Qatar". Pure.
 */
import { inferredFrame, type Frame } from './frame';
import { CUT_VERBS } from './lexicon';
import { verbRule } from './patterns';
import { leftSubject } from './scan';
import { isDoer, POSS_PRON, type Ctx } from './scan-ctx';
import type { Mention } from './types';

const SANCTION_RULE = verbRule('SANCTIONS');
/** The flow, with the preposition that names the other side. */
const FLOWS = new Map([
  ['trade', 'with'],
  ['commerce', 'with'],
  ['import', 'from'],
  ['purchase', 'from'],
]);

/** Nouns for cutting a flow off: "its suspension of Japanese seafood imports". */
const CUT_NOUNS = new Set(['suspension', 'halt', 'freeze', 'ban']);

/** "Japanese seafood imports" after k, or "imports of Japanese seafood" at k: the seller. */
const goodsOrigin = (ctx: Ctx, k: number): Mention | undefined => {
  const { toks } = ctx;
  const at = (x: number) => ctx.startAt[toks[x]?.p === 'DET' ? x + 1 : x];
  const goods = toks[k]?.l === 'import' && toks[k + 1]?.f === 'of' ? at(k + 2) : at(k);
  const imports =
    goods &&
    (toks[k]?.l === 'import' ||
      toks.slice(goods.start, goods.end + 1).some((x) => x.l === 'import'));
  return goods?.kind === 'other' && imports ? goods : undefined;
};

/** Sanction frames for trade cut off with a named actor. */
export const tradeCuts = (ctx: Ctx): Frame[] => {
  const { toks } = ctx;
  const out: Frame[] = [];
  toks.forEach((t, v) => {
    const noun =
      t.p === 'NOUN' && CUT_NOUNS.has(t.l) && ['of', 'on'].includes(toks[v + 1]?.f ?? '');
    if (noun || (t.p === 'VERB' && CUT_VERBS.has(t.l))) {
      const origin = goodsOrigin(ctx, noun ? v + 2 : v + 1);
      const left = origin && leftSubject(ctx, v, isDoer);
      if (origin && left && left.m.actorId !== origin.actorId)
        out.push(inferredFrame(SANCTION_RULE, v, [left.m], [origin], left.clause));
      if (origin || noun) return;
    }
    if (t.p !== 'VERB' || !CUT_VERBS.has(t.l)) return;
    let k = v + 1;
    if (toks[k]?.f === 'off') k++;
    while (
      toks[k] &&
      (['DET', 'ADJ'].includes(toks[k]!.p) || POSS_PRON.has(toks[k]!.f) || toks[k]!.f === 'all')
    )
      k++;
    const flow = toks[k];
    const prep = flow?.p === 'NOUN' ? FLOWS.get(flow.l) : undefined;
    if (prep === undefined || toks[k + 1]?.f !== prep) return;
    const other = ctx.startAt[toks[k + 2]?.p === 'DET' ? k + 3 : k + 2];
    if (!other || !isDoer(other)) return;
    const left = leftSubject(ctx, v, isDoer);
    if (!left || left.m.actorId === other.actorId) return;
    out.push(inferredFrame(SANCTION_RULE, v, [left.m], [other], left.clause));
  });
  return out;
};

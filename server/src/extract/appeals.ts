/**
 * Appeals named as the background of an act: "Washington has yet to approve the shipment,
 * despite repeated requests from Jerusalem", "Ankara has refused, despite mounting pressure
 * from Washington": the one who asks urges the one who acts. Pure.
 */
import { inferredFrame, type Frame } from './frame';
import { verbRule } from './patterns';
import { leftSubject } from './scan';
import { isDoer, isReporting, mentionAfter, objectOk, type Ctx } from './scan-ctx';
import type { Mention } from './types';

const URGE_RULE = verbRule('URGES');
const APPEALS = new Set(['appeal', 'request', 'plea', 'pressure', 'call', 'demand', 'urging']);
const FRAMES = new Set(['despite', 'under']);

/** URGES frames for "despite/under (repeated) appeals from X" after a clause with a subject. */
export const appealFrames = (ctx: Ctx): Frame[] => {
  const { toks } = ctx;
  const out: Frame[] = [];
  toks.forEach((t, d) => {
    if (!FRAMES.has(t.f) || t.p !== 'ADP') return;
    let k = d + 1;
    // ("despite repeated requests", "despite mounting pressure")
    const modifier = (x: (typeof toks)[number]) =>
      ['ADJ', 'DET'].includes(x.p) || (x.p === 'VERB' && /(ing|ed)$/.test(x.f));
    while (k < d + 4 && toks[k] && modifier(toks[k]!)) k++;
    const noun = toks[k];
    if (
      noun?.p !== 'NOUN' ||
      !APPEALS.has(noun.l) ||
      !['from', 'by'].includes(toks[k + 1]?.f ?? '')
    )
      return;
    if (t.f === 'under' && noun.l !== 'pressure') return;
    // ("from Ukrainian President Volodymyr Zelensky": past the title)
    const asker = mentionAfter(ctx, k + 2, ['DET', 'ADJ', 'PROPN']);
    if (!asker || !isDoer(asker) || !objectOk(asker, 'URGES')) return;
    // the one asked: the subject of the clause the appeal is the background of
    const ok = (m: Mention) => isDoer(m) && objectOk(m, 'URGES');
    // ("Under pressure from Washington, Israel agreed …": the subject after the opener)
    const fronted = d === 0 && toks[asker.end]?.f === ',' ? ctx.startAt[asker.end + 1] : undefined;
    // (", two US officials told Reuters, despite …": past the attribution)
    let from = d;
    if (toks[d - 1]?.f === ',') {
      const open = toks.slice(0, d - 1).findLastIndex((x) => x.f === ',');
      if (open > 0 && toks.slice(open + 1, d - 1).some((x) => isReporting(x))) from = open;
    }
    const asked = fronted && ok(fronted) ? { m: fronted, clause: 0 } : leftSubject(ctx, from, ok);
    if (!asked || asked.m.actorId === asker.actorId) return;
    out.push(inferredFrame(URGE_RULE, k, [asker], [asked.m], asked.clause));
  });
  return out;
};

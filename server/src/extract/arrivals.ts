/**
 * Goods that arrive from a supplier: "A further batch of F-16 jets from Norway and Belgium
 * has arrived in Ukraine" is a supply, not a visit. Pure.
 */
import { itemsIn } from './details';
import { inferredFrame, type Frame } from './frame';
import { verbRule } from './patterns';
import { isDoer, objectOk, type Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';

const SUPPLY_RULE = verbRule('SUPPLIES');
const ARRIVE = new Set(['arrive', 'reach', 'land']);

/** Supply frames for "<items> from X (has) arrived in Y". */
export const arrivals = (ctx: Ctx): Frame[] => {
  const { toks } = ctx;
  const out: Frame[] = [];
  toks.forEach((t, v) => {
    if (t.p !== 'VERB' || !ARRIVE.has(t.l)) return;
    // the supplier: "from X (and Y)" right before the verb group
    let e = v - 1;
    while (e >= 0 && ['AUX', 'ADV'].includes(toks[e]!.p)) e--;
    const last = ctx.endAt[e + 1];
    if (!last) return;
    const sellers = coordinated(ctx, last, isDoer, -1);
    const first = sellers.reduce((a, b) => (b.start < a.start ? b : a), last);
    if (toks[first.start - 1]?.f !== 'from') return;
    if (itemsIn(toks, Math.max(0, first.start - 8), first.start - 1).length === 0) return;
    // the buyer: "in Ukraine", "reached Kyiv"
    const at = t.l === 'reach' ? v + 1 : toks[v + 1]?.f === 'in' ? v + 2 : -1;
    const buyer = at > 0 ? ctx.startAt[at] : undefined;
    if (!buyer || !objectOk(buyer, 'SUPPLIES')) return;
    const subjects = sellers.filter((m) => m.actorId !== buyer.actorId);
    if (subjects.length > 0)
      out.push(inferredFrame(SUPPLY_RULE, v, subjects, [buyer], first.start - 1));
  });
  return out;
};

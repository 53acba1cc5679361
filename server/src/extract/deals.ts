/**
 * Supplies a sentence implies without a supply verb aimed at anyone:
 * - equipment arriving with troops: "Russian instructors arrived in Niger along with an
 *   air-defence system" (the troops' state supplies it to the host);
 * - a signed deal whose content is a sale: "Turkey signed a deal with Britain to buy 20
 *   Eurofighter jets", "a contract under which London will supply twelve jets" (one party
 *   sells, the other buys).
 * Pure: reads the tagged sentence and the sentence's drafted claims.
 */
import type { ClaimStatus, Predicate } from '../domain';
import { itemsIn } from './details';
import { leftSubject } from './scan';
import { sideOf, type Ctx } from './scan-ctx';

interface Drafted {
  p: Predicate;
  s: string;
  o: string;
  status: ClaimStatus;
  head: number;
}

const BUY = new Set(['buy', 'acquire', 'purchase', 'procure', 'order']);
const SELL = new Set(['supply', 'deliver', 'provide', 'sell', 'transfer', 'send']);
const MODALS = new Set(['will', 'would', "'ll", 'to', 'could']);
const NOT_GOODS = new Set(['troops', 'personnel', 'money', 'aid', 'crude oil', 'natural gas']);

/** Equipment named right after "(along) with" past the deployment's head. */
const withEquipment = (ctx: Ctx, head: number): boolean => {
  const { toks } = ctx;
  for (let k = head + 1; k < toks.length - 1; k++) {
    const t = toks[k]!;
    if (t.f === ';' || t.f === '.') return false;
    if (t.f !== 'with') continue;
    const goods = itemsIn(toks, k + 1, Math.min(toks.length, k + 7)).filter(
      (x) => !NOT_GOODS.has(x),
    );
    if (goods.length > 0) return true;
  }
  return false;
};

/** The state acting for the subject of the verb at k, if it is one of the deal's parties. */
const party = (ctx: Ctx, k: number, parties: string[]): string | undefined => {
  const h = leftSubject(ctx, k, (m) => m.kind === 'actor' || m.kind === 'agent');
  const side = h ? sideOf(ctx.gaz, h.m.actorId) : undefined;
  return side !== undefined && parties.includes(side) ? side : undefined;
};

export const impliedSupplies = (ctx: Ctx, drafts: readonly Drafted[]): Drafted[] => {
  const { toks } = ctx;
  const out: Drafted[] = [];
  const supplied = (s: string, o: string) =>
    drafts.some(
      (d) => d.p === 'SUPPLIES' && sideOf(ctx.gaz, d.s) === s && sideOf(ctx.gaz, d.o) === o,
    );
  for (const d of drafts) {
    if (d.p === 'DEPLOYS_TROOPS_TO' && withEquipment(ctx, d.head)) {
      const [s, o] = [sideOf(ctx.gaz, d.s), sideOf(ctx.gaz, d.o)];
      if (!supplied(s, o)) out.push({ ...d, p: 'SUPPLIES', s, o });
    }
    if (d.p !== 'SIGNS_TREATY_WITH') continue;
    const parties = [sideOf(ctx.gaz, d.s), sideOf(ctx.gaz, d.o)];
    for (let k = d.head + 1; k < toks.length && k <= d.head + 14; k++) {
      const t = toks[k]!;
      if (t.p !== 'VERB' || (!BUY.has(t.l) && !SELL.has(t.l))) continue;
      if (!toks.slice(Math.max(d.head, k - 3), k).some((x) => MODALS.has(x.f))) continue;
      if (itemsIn(toks, k + 1, Math.min(toks.length, k + 8)).every((x) => NOT_GOODS.has(x)))
        continue;
      const who = party(ctx, k, parties);
      if (who === undefined) continue;
      const other = parties.find((x) => x !== who)!;
      const [s, o] = BUY.has(t.l) ? [other, who] : [who, other];
      if (s !== o && !supplied(s, o))
        out.push({ ...d, p: 'SUPPLIES', s, o, status: 'HYPOTHETICAL' });
      break;
    }
  }
  return out;
};

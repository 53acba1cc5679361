/**
 * The vocabulary and small word tests of verb frames: hostile and economic acts ("hit Denmark
 * with tariffs"), verbs of making ("helped Russia build"), using and supplying, and vows or
 * modals before a trigger. Pure.
 */
import { itemsIn } from './details';
import type { Ctx } from './scan-ctx';
import type { Tok } from './types';

export const HOSTILE = new Set(
  'hit strike attack sanction punish destroy invade bomb target expel seize annihilate crush shoot retaliate avenge'.split(
    ' ',
  ),
);
const ECONOMIC = new Set([
  'tariff',
  'sanction',
  'duty',
  'levy',
  'penalty',
  'embargo',
  'restriction',
]);
/** Bodies that sanction but do not strike ("the Biden administration targeted …"). */
const SANCTIONING_BODIES = new Set([
  'administration',
  'treasury',
  'ofac',
  'commerce',
  'commission',
  'bloc',
]);
const STRIKES = new Set([
  'strike',
  'airstrike',
  'missile',
  'drone',
  'bomb',
  'raid',
  'rocket',
  'jet',
]);
/** Targets of strikes, not of sanctions ("targeted three Iranian nuclear sites"). */
const STRUCK = new Set([
  'site',
  'position',
  'depot',
  'facility',
  'base',
  'infrastructure',
  'radar',
  'launcher',
  'target',
  'camp',
  'fighter',
  'militant',
]);
/**
 * "hit Denmark with tariffs": an economic weapon follows the object; "the Biden administration
 * on Friday targeted Russian oil producers": a sanctioning body in the verb's own subject
 * targets, with no strike named and nothing struck.
 */
export const economic = (ctx: Ctx, i: number, end: number): boolean => {
  const { toks } = ctx;
  const w = toks.findIndex((t, n) => n > i && n < end + 4 && t.f === 'with');
  if (w > 0 && toks.slice(w + 1, w + 7).some((t) => ECONOMIC.has(t.l))) return true;
  if (toks[i]?.l !== 'target') return false;
  // the subject noun phrase, past a time adjunct ("The Biden administration on Friday targeted")
  let k = i - 1;
  while (k >= 0 && k > i - 8 && !SANCTIONING_BODIES.has(toks[k]!.l)) {
    const t = toks[k]!;
    if (!['PROPN', 'NOUN', 'ADJ', 'DET', 'ADP', 'ADV', 'NUM'].includes(t.p) || t.f === ',')
      return false;
    k--;
  }
  if (k < 0 || !SANCTIONING_BODIES.has(toks[k]!.l)) return false;
  const stem = (t: Tok) => t.l.replace(/s$/, '');
  // strikes named with the act ("with airstrikes", "in a drone strike"), not goods of the target
  const by = toks.findIndex((t, n) => n > i && n <= end && ['with', 'in', 'using'].includes(t.f));
  const named = by > 0 && toks.slice(by, end + 1).some((t) => STRIKES.has(stem(t)));
  const struck = toks.slice(i + 1, Math.min(end + 1, i + 8)).some((t) => STRUCK.has(stem(t)));
  return !named && !struck;
};

const MAKING = new Set([
  'build',
  'develop',
  'produce',
  'make',
  'manufacture',
  'modernise',
  'modernize',
  'upgrade',
  'acquire',
  'obtain',
  'launch',
]);
/**
 * "helped Russia build …", "helped Pyongyang with satellite technology": the object of the verb
 * at i is followed by a verb of making or by goods, a supply rather than support.
 */
export const buildsAfter = (ctx: Ctx, i: number): boolean => {
  const m = ctx.startAt[i + 1] ?? (ctx.toks[i + 1]?.p === 'DET' ? ctx.startAt[i + 2] : undefined);
  if (m === undefined) return false;
  if (MAKING.has(ctx.toks[m.end]?.l ?? '')) return true;
  const to = Math.min(ctx.toks.length, m.end + 7);
  return ctx.toks[m.end]?.f === 'with' && itemsIn(ctx.toks, m.end + 1, to).length > 0;
};
export const SUPPLIED = new Set(['supplied', 'provided', 'donated', 'made', 'built', 'delivered']);
export const USING = new Set(['use', 'employ', 'field']);
export const CIVIL_ITEMS = new Set(['money', 'commodities', 'crude oil', 'gas', 'military aid']);

const VOW_CUES = new Set(['vow', 'threaten', 'promise', 'pledge', 'warn', 'will', 'would', "'ll"]);
/** A vow or modal in the few words before i: "vowed to", "would", "warned it will". */
const VOW_VERBS = new Set(['vow', 'threaten', 'pledge', 'promise', 'warn']);
export const threatCue = (toks: Tok[], i: number): boolean => {
  // ("vowed in a televised speech to retaliate": past a short adjunct, within the clause)
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const t = toks[k]!;
    // (beyond four words only a verb of vowing: "vowed in a televised speech to retaliate")
    if (k >= i - 4 ? VOW_CUES.has(t.l) || VOW_CUES.has(t.f) : t.p === 'VERB' && VOW_VERBS.has(t.l))
      return true;
    if (k < i - 4 && (/^[,;:]$/.test(t.f) || ['who', 'which', 'that'].includes(t.f))) return false;
  }
  return false;
};

/**
 * Fighting both ways: "Indian and Pakistani forces traded artillery fire", "Thai and Cambodian
 * troops clashed along the border", "Armenia exchanged fire with Azerbaijan": each side
 * attacks the other. Pure.
 */
import { verbRule } from './patterns';
import { bothWays, type Frame } from './frame';
import { leftSubject } from './scan';
import type { Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { Mention } from './types';

const ATTACK_RULE = verbRule('ATTACKS');
const TRADE = new Set(['trade', 'exchange']);
const FIRE = new Set(['fire', 'gunfire', 'strike', 'blow', 'shot', 'salvo', 'barrage', 'shelling']);
const side = (m: Mention): boolean =>
  m.kind === 'actor' || m.kind === 'agent' || m.kind === 'troops';

/** The object noun phrase after "traded" ends at the first fire word, if any. */
const fireAt = (ctx: Ctx, v: number): number => {
  for (let k = v + 1; k < v + 4; k++) {
    const t = ctx.toks[k];
    if (t && FIRE.has(t.l)) return k;
    if (!t || !['ADJ', 'NOUN'].includes(t.p)) return -1;
  }
  return -1;
};

/** Attack frames in both directions for each pair of sides in a clash. */
export const clashFrames = (ctx: Ctx): Frame[] => {
  const { toks } = ctx;
  const out: Frame[] = [];
  toks.forEach((t, v) => {
    if (t.p !== 'VERB') return;
    const end = TRADE.has(t.l) ? fireAt(ctx, v) : t.l === 'clash' ? v : -1;
    if (end < 0) return;
    const left = leftSubject(ctx, v, side);
    if (!left) return;
    const sides = coordinated(ctx, left.m, side, -1);
    const partner = toks[end + 1]?.f === 'with' ? ctx.startAt[end + 2] : undefined;
    if (partner && side(partner)) sides.push(...coordinated(ctx, partner, side, 1));
    out.push(...bothWays(ATTACK_RULE, v, sides, left.clause));
  });
  return out;
};

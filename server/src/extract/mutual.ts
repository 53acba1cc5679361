/**
 * Mutual blame: "Moscow and Kyiv each blamed the other for the strike", "the two sides
 * accused each other of violating the truce": each accuses the other. Pure.
 */
import { bothWays, type Frame } from './frame';
import { verbRule } from './patterns';
import { leftSubject } from './scan';
import { isDoer, type Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';

const ACCUSE_RULE = verbRule('ACCUSES');
const BLAME = new Set(['blame', 'accuse']);

/** The end of "each other", "one another" or "the other" at k, else -1. */
const otherAt = (ctx: Ctx, k: number): number => {
  const [a, b] = [ctx.toks[k]?.f, ctx.toks[k + 1]?.f];
  return b === 'other' && (a === 'each' || a === 'the')
    ? k + 2
    : a === 'one' && b === 'another'
      ? k + 2
      : -1;
};

/** Accusation frames both ways between the coordinated subjects of a mutual blame. */
export const mutualBlame = (ctx: Ctx): Frame[] => {
  const out: Frame[] = [];
  ctx.toks.forEach((t, v) => {
    if (t.p !== 'VERB' || !BLAME.has(t.l) || otherAt(ctx, v + 1) < 0) return;
    // ("Moscow and Kyiv each blamed": past "each")
    const from = ctx.toks[v - 1]?.f === 'each' ? v - 1 : v;
    const left = leftSubject(ctx, from, isDoer);
    if (!left) return;
    // ("the two sides accused each other": a pair reference stands for both)
    const sides = coordinated(ctx, left.m, isDoer, -1).flatMap((m) =>
      [m.actorId, m.partner, ...(m.group ?? [])]
        .filter((id): id is string => id !== undefined)
        .map((actorId) => {
          const { partner: _p, group: _g, ...one } = m;
          return { ...one, actorId };
        }),
    );
    out.push(...bothWays(ACCUSE_RULE, v, sides, left.clause));
  });
  return out;
};

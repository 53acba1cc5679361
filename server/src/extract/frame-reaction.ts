import { subjectOf, type Frame } from './frame';
import type { Rule } from './patterns';
import { rightObjects } from './objects';
import { relativeActAuthor } from './reactions';
import { objectOk, subjectOk, type Ctx } from './scan-ctx';
import type { Mention } from './types';

/**
 * Who drew the criticism: the subject of "drew", or for "His refusal drew …" and "…, a
 * decision that drew …" whoever made the decision.
 */
export const reactionTarget = (ctx: Ctx, v: number, ok: (m: Mention) => boolean): Mention[] => {
  const direct = subjectOf(ctx, v, ok)?.ms;
  if (direct && direct.length > 0) return direct;
  // ("His refusal drew …", "…, a trip that drew …": the act's author)
  const author = relativeActAuthor(ctx, v, ok);
  return author ? [author] : [];
};

const VOWS = new Set(['vow', 'promise', 'threaten', 'pledge', 'warn']);
/** "will deliver a crushing response to": the threat is made now, whatever the modal says */
const DELIVERS = new Set(['deliver', 'give', 'face', 'mount', 'take', 'adopt']);

/** "vowed a firm response to Pyongyang's deployment": a threat of consequences is a warning. */
export const vowFrame = (ctx: Ctx, i: number, s: number, rule: Rule): Frame | null => {
  let v = s - 1;
  while (v >= 0 && ['DET', 'ADJ', 'PUNCT'].includes(ctx.toks[v]!.p)) v--;
  // "vowed to take countermeasures against": the vow is the threat
  if (DELIVERS.has(ctx.toks[v]?.l ?? '') && ctx.toks[v - 1]?.f === 'to')
    if (VOWS.has(ctx.toks[v - 2]?.l ?? '')) v -= 2;
  const lemma = ctx.toks[v]?.l ?? '';
  if (!VOWS.has(lemma) && !DELIVERS.has(lemma)) return null;
  const h = subjectOf(ctx, v, (m) => subjectOk(m, rule.p));
  const objects = rightObjects(ctx, i + 1, rule.obj, (m) => objectOk(m, rule.p));
  return h
    ? {
        rule,
        head: i,
        anchor: DELIVERS.has(lemma) ? i : v,
        form: 'noun',
        subjects: h.ms,
        objects,
        clause: h.clause,
        accused: false,
      }
    : null;
};

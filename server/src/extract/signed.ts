/**
 * Texts named with their signatories in a relative clause: "the mutual defence treaty
 * Pyongyang signed with Moscow last year", "the peace treaty the two countries signed in 1979",
 * "a pact that Kim Jong Un signed with Vladimir Putin". Pure.
 */
import { NOUNS, type Frame } from './frame';
import { rightObjects } from './objects';
import type { Ctx } from './scan-ctx';
import { objectOk, subjectOk } from './scan-ctx';
import { coordinated } from './scan-lists';

const SIGN = new Set(['sign', 'ink', 'conclude', 'ratify']);
const WITH = new Set(['with']);

/** Frames for a treaty noun followed by "(that) X signed (with Y)". */
export const signedTexts = (ctx: Ctx): Frame[] => {
  const { toks } = ctx;
  const out: Frame[] = [];
  toks.forEach((t, i) => {
    if (t.p !== 'NOUN') return;
    const rule = NOUNS.get(t.l)?.find((r) => r.p === 'SIGNS_TREATY_WITH' && !r.flags.has('joint'));
    if (!rule) return;
    const k = toks[i + 1]?.f === 'that' || toks[i + 1]?.f === 'which' ? i + 2 : i + 1;
    const m = ctx.startAt[k];
    if (!m || !subjectOk(m, rule.p)) return;
    const subjects = coordinated(ctx, m, (x) => subjectOk(x, rule.p), 1);
    let v = subjects[subjects.length - 1]!.end;
    while (toks[v]?.p === 'AUX' || toks[v]?.p === 'ADV') v++;
    if (toks[v]?.p !== 'VERB' || !SIGN.has(toks[v]!.l)) return;
    const objects =
      toks[v + 1]?.f === 'with' ? rightObjects(ctx, v + 1, WITH, (x) => objectOk(x, rule.p)) : [];
    out.push({
      rule,
      head: i,
      anchor: v,
      subjects,
      objects,
      clause: k,
      form: 'noun',
      accused: false,
    });
  });
  return out;
};

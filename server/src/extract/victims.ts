/**
 * "Hassan Nasrallah had been killed in an Israeli air strike", "three soldiers were wounded by
 * a Russian drone attack": the one killed or wounded is what the strike hit, not the place
 * named after it. Pure.
 */
import type { Frame } from './frame';
import { leftSubject } from './scan';
import { isDoer, type Ctx } from './scan-ctx';

const HARMED = new Set(['kill', 'wound', 'injure', 'die', 'assassinate', 'eliminate']);

/** Makes the victim the object of a strike named as the cause of a death. */
export const strikeVictims = (ctx: Ctx, frames: Frame[]): Frame[] =>
  frames.map((f) => {
    if (f.rule.p !== 'ATTACKS' || f.form !== 'noun' || f.subjects.length === 0) return f;
    const { toks } = ctx;
    let k = Math.min(f.head, ...f.subjects.map((m) => m.start)) - 1;
    while (toks[k]?.p === 'DET' || toks[k]?.p === 'ADJ') k--;
    const verb = toks[k - 1];
    if (!['in', 'by'].includes(toks[k]?.f ?? '') || verb?.p !== 'VERB' || !HARMED.has(verb.l))
      return f;
    const authors = new Set(f.subjects.map((m) => m.actorId));
    const hit = leftSubject(ctx, k - 1, (m) => isDoer(m) && !authors.has(m.actorId));
    return hit ? { ...f, objects: [hit.m] } : f;
  });

import { leftSubject, type SubjectHit } from './scan';
import type { Ctx } from './scan-ctx';
import type { Mention, Tok } from './types';

const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'if']);
/** A finite past or present verb, not a participle of "-ing" ("accused", "struck", "orders"). */
const finite = (t: Tok | undefined): boolean =>
  t !== undefined && t.p === 'VERB' && !/ing$/i.test(t.f) && t.f !== t.l;

/**
 * Subject of a verb in a list of verb phrases that share the first one's subject:
 * "India rejected the allegations, accused Trudeau of … and ordered …". The verb at i follows
 * a comma; the list must close with "and" plus a finite verb later in the sentence, and nothing
 * between the first verb and the comma may open a clause of its own.
 */
export const listedVerbSubject = (
  ctx: Ctx,
  i: number,
  ok: (m: Mention) => boolean,
): SubjectHit | null => {
  const { toks } = ctx;
  if (!finite(toks[i]) || toks[i - 1]?.f !== ',' || ctx.endAt[i - 1]) return null;
  const closes = toks.some(
    (x, n) => n > i + 1 && x.f === 'and' && (finite(toks[n + 1]) || finite(toks[n + 2])),
  );
  if (!closes) return null;
  let v = i - 2;
  for (; v >= 0; v--) {
    const x = toks[v]!;
    if (x.p === 'VERB' || x.p === 'AUX' || CLAUSE_WORDS.has(x.f) || /^[;:(]$/.test(x.f)) break;
  }
  if (!finite(toks[v])) return null;
  const g = leftSubject(ctx, v, ok);
  return g && g.m.end <= v ? g : null;
};

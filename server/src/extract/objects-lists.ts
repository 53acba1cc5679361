/**
 * Further objects listed after the first: "… and several Chinese refineries", "… as well as
 * two Chinese firms", and a gapped second object ("to Niger and several hundred personnel to
 * Burkina Faso"). Pure.
 */
import type { Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { Mention } from './types';

/** "blacklisted dozens of tankers and several Chinese refineries": m ends a list of objects. */
export const listedObject = (ctx: Ctx, from: number, j: number, m: Mention): boolean => {
  const { toks } = ctx;
  let b = j - 1;
  while (b > from && ['DET', 'ADJ', 'NUM'].includes(toks[b]!.p)) b--;
  if (['VERB', 'AUX', 'ADV'].includes(toks[m.end]?.p ?? '')) return false;
  // "… as well as two Chinese firms"
  if (toks[b]?.f === 'as' && toks[b - 1]?.f === 'well' && toks[b - 2]?.f === 'as') return true;
  // "… and, for the first time, three Chinese refiners": past an aside after "and"
  if (toks[b]?.f === ',') {
    const a = toks.findLastIndex((x, n) => n < b && n >= b - 8 && x.f === ',');
    if (a > from && toks[a - 1]?.f === 'and' && toks[a - 2]?.f !== ',') return true;
  }
  return toks[b]?.f === 'and' && toks[b - 1]?.f !== ',';
};

/**
 * "tankers in Moscow's shadow fleet as well as two Chinese firms", "… and, for the first time,
 * three Chinese refiners": a further object listed after the first one's noun phrase.
 */
export const alsoListed = (ctx: Ctx, end: number, ok: (m: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  let k = end;
  while (
    toks[k] &&
    (['NOUN', 'ADJ', 'PROPN'].includes(toks[k]!.p) || /^([’'"“”-]|['’]s|so)$/.test(toks[k]!.v))
  )
    k++;
  if (toks[k]?.f === 'as' && toks[k + 1]?.f === 'well' && toks[k + 2]?.f === 'as') k += 3;
  else if (toks[k]?.f === 'and' && toks[k + 1]?.f === ',') {
    const close = toks.findIndex((x, n) => n > k + 1 && n <= k + 8 && x.f === ',');
    if (close < 0) return [];
    k = close + 1;
  } else return [];
  while (toks[k] && ['DET', 'NUM', 'ADJ'].includes(toks[k]!.p) && !ctx.startAt[k]) k++;
  const m = ctx.startAt[k];
  return m && ok(m) ? coordinated(ctx, m, ok, 1) : [];
};

/**
 * "deployed 100 instructors to Niger and several hundred personnel to Burkina Faso": a second
 * object after "and", a phrase without a verb and the same preposition.
 */
export const gapped = (
  ctx: Ctx,
  objects: Mention[],
  prep: string,
  ok: (m: Mention) => boolean,
): Mention[] => {
  const { toks } = ctx;
  const last = objects[objects.length - 1]!;
  if (prep === '_' || toks[last.end]?.f !== 'and') return objects;
  for (let k = last.end + 1; k < last.end + 8 && toks[k]; k++) {
    const t = toks[k]!;
    if (t.f === prep) {
      const m = ctx.startAt[k + 1] ?? (toks[k + 1]?.p === 'DET' ? ctx.startAt[k + 2] : undefined);
      return m && ok(m) ? [...objects, m] : objects;
    }
    if (!['DET', 'NUM', 'ADJ', 'NOUN', 'ADV'].includes(t.p) || ctx.startAt[k]) return objects;
  }
  return objects;
};

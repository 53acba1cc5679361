/**
 * Actors named outside the object slot: the agent after a passive's "by" and the user of
 * supplied goods named in a relative clause ("the machine tools that Moscow needs"). Pure.
 */
import { SKIPPABLE, type Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { Mention } from './types';

const GO_BETWEEN = new Set(
  'mediated brokered facilitated hosted chaired convened organised organized'.split(' '),
);

const AMOUNT_WORDS = new Set(['than', 'at', 'least', 'up', 'to', 'about', 'around', 'over']);
/** The agent of a passive verb: the mention right after a following "by". */
export const byAgent = (ctx: Ctx, from: number, ok: (m: Mention) => boolean): Mention[] => {
  for (let j = from; j < ctx.toks.length && j < from + 10; j++) {
    const t = ctx.toks[j]!;
    // "were rammed and hit with water cannon by Chinese vessels"
    const coordinatedVerb =
      t.p === 'VERB' && ctx.toks[j - 1]?.f === 'and' && /ed$|[^e]n$/.test(t.f);
    if (((t.p === 'VERB' || t.p === 'AUX') && !coordinatedVerb) || t.f === ';' || t.f === '.')
      return [];
    if (t.f !== 'by') continue;
    // "talks mediated by Qatar": the go-between is not a party
    if (GO_BETWEEN.has(ctx.toks[j - 1]?.f ?? '')) return [];
    let k = j + 1;
    // ("by more than 120 Russian drones", "by at least 40 missiles", "by up to 30 drones")
    while (
      ctx.toks[k] &&
      (SKIPPABLE.has(ctx.toks[k]!.p) || AMOUNT_WORDS.has(ctx.toks[k]!.f)) &&
      !ctx.startAt[k]
    )
      k++;
    const m = ctx.startAt[k];
    return m && ok(m) ? coordinated(ctx, m, ok, 1) : [];
  }
  return [];
};

const FEEDS = new Set(['feed', 'fuel', 'sustain', 'power', 'equip', 'arm', 'supply', 'keep']);
const USER_VERBS = new Set([
  'need',
  'use',
  'want',
  'buy',
  'require',
  'lack',
  'seek',
  'rely',
  'import',
  'order',
]);

/**
 * "supplying the machine tools that Moscow needs", "the biggest supplier of the parts that
 * Russia uses": the user of the goods, named in a relative clause, receives them.
 */
export const relativeUser = (ctx: Ctx, from: number, ok: (m: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  for (let j = from; j < toks.length && j < from + 16; j++) {
    const t = toks[j]!;
    // "the jets ordered by Tehran"
    if (t.p === 'VERB' && USER_VERBS.has(t.l) && toks[j + 1]?.f === 'by') {
      const m = ctx.startAt[j + 2] ?? ctx.startAt[j + 3];
      return m && ok(m) ? [m] : [];
    }
    if (/^[;:.?!]$/.test(t.v) || (t.p === 'VERB' && j > from)) return [];
    if (t.f !== 'that' && t.f !== 'which') continue;
    // "the machine tools that feed Russia's arms industry": the one the goods feed
    if (FEEDS.has(toks[j + 1]?.l ?? '')) {
      const fed = ctx.startAt[j + 2] ?? (toks[j + 2]?.p === 'DET' ? ctx.startAt[j + 3] : undefined);
      return fed && ok(fed) ? [fed] : [];
    }
    const m = ctx.startAt[j + 1];
    if (!m || !ok(m)) return [];
    let v = m.end;
    while (toks[v]?.p === 'AUX' || toks[v]?.p === 'ADV') v++;
    return USER_VERBS.has(toks[v]?.l ?? '') ? [m] : [];
  }
  return [];
};

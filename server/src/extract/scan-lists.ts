/**
 * Lists of mentions: coordination to the left or right of a mention ("Japan, South Korea and
 * the United States") and the coordinated subject of a clause. Pure.
 */
import { ROLE_WORDS } from './lexicon';
import { POSS_PRON, SKIPPABLE, type Ctx } from './scan-ctx';
import type { Mention } from './types';

/** Adds mentions coordinated with m ("Japan, South Korea and the United States"). */
export const coordinated = (
  ctx: Ctx,
  m: Mention,
  ok: (x: Mention) => boolean,
  dir: 1 | -1,
): Mention[] => {
  const out = [m];
  // a pronoun does not head a list: "…to Russian arms makers, and he urged"
  if (dir === -1 && m.resolved && m.end - m.start === 1 && ctx.toks[m.start]!.p === 'PRON')
    return out;
  let k = dir === 1 ? m.end : m.start - 1;
  // "Koizumi and his Philippine counterpart"
  if (dir === -1 && POSS_PRON.has(ctx.toks[k]?.f ?? '') && ctx.toks[k - 1]?.f === 'and') k--;
  let withAnd = out.length;
  // a title before a person's name: "Trump and Russian President Vladimir Putin"
  const title = (j: number): number => {
    let x = j;
    for (let n = 0; n < 4; n++) {
      const t = ctx.toks[x];
      const word = ROLE_WORDS.has(t?.f ?? '') || POSS_PRON.has(t?.f ?? '');
      if (!t || ctx.cover[x] || !(word || (t.p === 'PROPN' && /^[A-Z]/.test(t.v)))) break;
      x += dir;
    }
    const target = dir === 1 ? ctx.startAt[x] : ctx.endAt[j + 1];
    // ("Chinese President Xi Jinping and Russian President Vladimir Putin": the mention starts
    // at its role, the demonym before it is part of the title)
    const roleStart = dir === -1 && ROLE_WORDS.has(ctx.toks[j + 1]?.f ?? '');
    return x !== j &&
      (roleStart ||
        ctx.toks.slice(Math.min(j, x), Math.max(j, x) + 1).some((t) => ROLE_WORDS.has(t.f))) &&
      (dir === 1 ? target !== undefined : true)
      ? x
      : j;
  };
  for (let n = 0; n < 6; n++) {
    let j = dir === -1 ? title(k) : k;
    let joined = false;
    let and = false;
    // ("to Russia or Ukraine": a rightward list may end in "or")
    const joiners = dir === 1 ? [',', 'and', 'or', 'the', 'both'] : [',', 'and', 'the', 'both'];
    while (ctx.toks[j] && joiners.includes(ctx.toks[j]!.f)) {
      joined ||= ctx.toks[j]!.f !== 'the' && ctx.toks[j]!.f !== 'both';
      and ||= ctx.toks[j]!.f === 'and' || ctx.toks[j]!.f === 'or';
      j += dir;
    }
    // rightwards: "as well as (on) X", "and on X" repeat the list with its preposition
    if (dir === 1) {
      const t = (n: number) => ctx.toks[j + n]?.f;
      if (t(0) === 'as' && t(1) === 'well' && t(2) === 'as') {
        j += 3;
        joined = and = true;
      }
      if (joined && ['on', 'to', 'against'].includes(t(0) ?? '')) j++;
      while (ctx.toks[j] && SKIPPABLE.has(ctx.toks[j]!.p) && !ctx.startAt[j] && j < k + 8) j++;
    }
    if (dir === 1) j = title(j);
    const next = dir === 1 ? ctx.startAt[j] : ctx.endAt[j + 1];
    if (!joined || !next || next.poss || !ok(next)) break;
    // ("…, and Prime Minister Narendra Modi again avoided …": a new clause's subject)
    let after = next.end;
    while (ctx.toks[after]?.p === 'ADV') after++;
    if (dir === 1 && ['VERB', 'AUX'].includes(ctx.toks[after]?.p ?? '')) break;
    // leftwards, a list ends in "and": "Japan, South Korea and the United States"
    if (dir === -1 && n === 0 && !and) break;
    out.push(next);
    if (and) withAnd = out.length;
    k = dir === 1 ? next.end : next.start - 1;
  }
  // a list joined by commas alone is not a coordination ("…to Russia, the Pentagon said")
  return dir === 1 ? out.slice(0, withAnd) : out;
};

/**
 * Mentions joined to m by "and" or commas on its right, up to a verb: the coordinated subject
 * of a clause ("the United States and Britain would pay"), which `coordinated` stops short of.
 */
export const joinedRight = (ctx: Ctx, m: Mention, ok: (x: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  const past = (x: number) => {
    let e = x;
    while (toks[e]?.p === 'PROPN' && !ctx.startAt[e]) e++;
    return e;
  };
  const out = [m];
  for (let e = past(m.end); toks[e]?.f === 'and' || toks[e]?.f === ',';) {
    let n = e + 1;
    while (n < e + 5 && !ctx.startAt[n] && toks[n] && toks[n]!.p !== 'VERB') n++;
    const next = ctx.startAt[n];
    if (!next || !ok(next)) break;
    out.push(next);
    e = past(next.end);
  }
  return out;
};

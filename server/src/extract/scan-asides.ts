/**
 * Asides the left scan steps over: appositions (", the successor to the Wagner Group,"),
 * relative and participle asides (", which hosts …,") and attributions (", he said,"). Pure.
 */
import { POSS } from './mentions';
import { isReporting, type Ctx } from './scan-ctx';
import type { Mention } from './types';

/** Adverbs that may open an apposition: ", already Egypt's main supplier,". */
const APPOSITION_ADVERBS = new Set(['already', 'itself', 'once', 'now', 'long', 'still']);

/** Role nouns a following name may restate: "his counterpart, Gilberto Teodoro,". */
const NAMED_ROLES = new Set(['counterpart']);

/** Whether m sits in ", the Bosnian Serb leader," right after another mention. */
export const apposed = (ctx: Ctx, m: Mention): boolean => {
  const { toks } = ctx;
  let p = m.start - 1;
  while (p >= 0 && (toks[p]!.p === 'DET' || toks[p]!.p === 'ADJ')) p--;
  if (toks[p]?.f !== ',' || !ctx.endAt[p] || p === m.start - 1) return false;
  let e = m.end;
  while (toks[e] && ['NOUN', 'ADJ', 'PROPN'].includes(toks[e]!.p)) e++;
  return toks[e]?.f === ',' && (e > m.end || m.kind === 'agent');
};

/**
 * Start (the opening comma) of an apposition closing at comma c after a named subject:
 * "Russia's Africa Corps, the successor to the Wagner Group, has deployed", else -1.
 */
export const appositionStart = (ctx: Ctx, c: number): number => {
  const { toks } = ctx;
  // "Poland, which hosts around 10,000 American troops, has urged": a relative aside
  for (let k = c - 2; k >= c - 14 && k >= 1; k--)
    if (toks[k]!.f === ',' || toks[k]!.f === ';') {
      // ("Szijjarto, speaking after talks with Lavrov, said", "Pezeshkian, on his first visit
      // to Moscow, held talks": a participle or a prepositional aside)
      const opener = toks[k + 1];
      const aside =
        ['which', 'who', 'whose'].includes(opener?.f ?? '') ||
        (opener?.p === 'VERB' && /ing$/.test(opener.f)) ||
        (opener?.p === 'ADP' && ['on', 'during', 'in', 'at', 'after'].includes(opener.f));
      if (aside && ctx.endAt[k]) return k;
      break;
    }
  // "his Philippine counterpart, Gilberto Teodoro, held talks": the name of the one just described
  const named = ctx.endAt[c];
  if (named && toks[named.start - 1]?.f === ',' && NAMED_ROLES.has(toks[named.start - 2]?.l ?? ''))
    if (ctx.endAt[named.start - 1]) return named.start - 1;
  for (let k = c - 2; k >= c - 12 && k >= 1; k--) {
    const t = toks[k]!;
    if (t.f === ',') {
      // (", already Egypt's main source of gas,", ", itself a major supplier,")
      const o = APPOSITION_ADVERBS.has(toks[k + 1]?.f ?? '') ? k + 2 : k + 1;
      const opener =
        ['the', 'a', 'an'].includes(toks[o]?.f ?? '') ||
        (o > k + 1 && toks[o]?.p === 'PROPN' && POSS.has(toks[o + 1]?.v ?? ''));
      return opener && ctx.endAt[k] ? k : -1;
    }
    // ("the main source of imported gas": a participle inside the noun phrase)
    const modifier = t.p === 'VERB' && /ed$/.test(t.f) && toks[k - 1]?.p === 'ADP';
    if ((t.p === 'VERB' && !modifier) || t.p === 'AUX' || t.p === 'PRON') return -1;
  }
  return -1;
};

/** Start (the opening comma) of ", he said," or ", US officials say," closing at comma c, else -1. */
export const asideStart = (ctx: Ctx, c: number): number => {
  const v = ctx.toks[c - 1];
  if (!v || !isReporting(v) || v.p !== 'VERB') return -1;
  for (let k = c - 2; k >= c - 7 && k >= 1; k--) {
    const t = ctx.toks[k]!;
    if (t.f === ',') return k < c - 2 ? k : -1;
    if (!['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'AUX', 'ADV'].includes(t.p) && !ctx.cover[k])
      return -1;
  }
  return -1;
};

/**
 * Frames that look like claims but are not: "the US-backed Syrian Democratic Forces" (a
 * hyphenated participle has one subject, the name joined to it, read elsewhere as a
 * modifier) and "under the 2015 nuclear deal" (a deal cited, not signed). Pure.
 */
import type { Frame } from './frame';
import type { Ctx } from './scan-ctx';

/** Drops verb frames of a hyphenated participle whose subject is not the joined name. */
export const compoundSubjects = (ctx: Ctx, frames: Frame[]): Frame[] =>
  frames.filter(
    (f) =>
      f.form !== 'verb' ||
      ctx.toks[f.head - 1]?.f !== '-' ||
      f.subjects.every((m) => m.end === f.head - 1),
  );

/** "triggering a snapback process under the 2015 nuclear deal": a deal cited, not signed. */
export const citedDeals = (ctx: Ctx, frames: Frame[]): Frame[] =>
  frames.filter((f) => {
    if (f.rule.p !== 'SIGNS_TREATY_WITH' || f.form !== 'noun' || f.anchor > f.head) return true;
    let k = f.head - 1;
    while (k > f.head - 6 && ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN'].includes(ctx.toks[k]?.p ?? ''))
      k--;
    // ("restored ties under a deal brokered by China": a new deal, made by them)
    const cited = ctx.toks[k + 1]?.f === 'the' && ctx.toks[f.head + 1]?.p !== 'VERB';
    return ctx.toks[k]?.f !== 'under' || !cited || ctx.toks[k - 1]?.l === 'sign';
  });

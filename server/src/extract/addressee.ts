/**
 * "Baerbock warned Beijing that any delivery of weapons to Russia would have consequences",
 * "warned Pyongyang that any deal to sell munitions to Moscow would bring sanctions": an act
 * with no subject of its own, inside the complement of a warning, is the warned party's
 * (hypothetical: it is what the warning is about). Pure.
 */
import type { Frame } from './frame';
import { rightObjects } from './objects';
import type { Rule } from './patterns';
import { leftSubject } from './scan';
import { objectOk, sideOf, type Ctx } from './scan-ctx';
import type { Mention, Tok } from './types';

const WARN = new Set(['warn', 'caution', 'tell']);
const TIME = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/;
/** "on Monday" ends right before k: "warned Beijing on Monday that …". */
const dated = (toks: Tok[], k: number): boolean =>
  toks[k - 1]?.p === 'PROPN' && TIME.test(toks[k - 1]!.f) && toks[k - 2]?.f === 'on';
/** Words between "that" and the act: "any (further) delivery", "any deal to sell". */
const BETWEEN = new Set(['DET', 'ADJ', 'NOUN', 'PART', 'ADV']);

/** The warned party whose complement clause holds the act at i, if it has no other subject. */
const warnedParty = (ctx: Ctx, i: number): { m: Mention; that: number } | undefined => {
  const { toks } = ctx;
  let k = i - 1;
  while (k >= 0 && k >= i - 6 && BETWEEN.has(toks[k]!.p) && !ctx.cover[k]) k--;
  if (toks[k]?.f !== 'that' || !['any', 'a', 'further'].includes(toks[k + 1]?.f ?? '')) return;
  let m = ctx.endAt[k];
  // ("warned Beijing on Monday that …")
  if (!m && dated(toks, k)) m = ctx.endAt[k - 2];
  if (!m || (m.kind !== 'actor' && m.kind !== 'agent')) return;
  const verb = toks[m.start - 1];
  return verb?.p === 'VERB' && WARN.has(verb.l) ? { m, that: k } : undefined;
};

export const addresseeFrame = (
  ctx: Ctx,
  i: number,
  rule: Rule,
  form: Frame['form'],
): Frame | null => {
  const found = warnedParty(ctx, i);
  if (!found) return null;
  const party = found.m;
  const okO = (m: Mention) => objectOk(m, rule.p) && m.actorId !== party.actorId;
  const objects = rightObjects(ctx, i + 1, new Set([...rule.obj].filter((x) => x !== 'poss')), okO);
  if (objects.length === 0) return null;
  // (the clause starts after "that": "any" there makes the act hypothetical)
  const clause = found.that + 1;
  return { rule, head: i, anchor: i, subjects: [party], objects, clause, form, accused: false };
};

/**
 * "Britain, France and Germany warned Iran that they were ready to reimpose sanctions": a
 * hostile act with no target, threatened inside a warning, is aimed at the warned party.
 */
export const warnedTargets = (ctx: Ctx, frames: Frame[]): Frame[] =>
  frames.map((f) => {
    if (f.objects.length > 0 || !['SANCTIONS', 'ATTACKS'].includes(f.rule.p)) return f;
    const { toks } = ctx;
    const that = toks.findLastIndex((t, n) => n < f.head && t.f === 'that' && t.p === 'SCONJ');
    if (that < 0) return f;
    let k = that;
    if (dated(toks, k)) k -= 2;
    const m = ctx.endAt[k];
    const verb = m ? toks[m.start - 1] : undefined;
    if (!m || verb?.p !== 'VERB' || verb.l !== 'warn') return f;
    if (f.subjects.some((s) => s.actorId === m.actorId)) return f;
    // only the warner's own threatened act ("any attacks by the group" is not the warner's);
    // "its ban on supplying weapons" bans an activity, it targets no one
    const warner = leftSubject(ctx, m.start - 1, (x) => x.kind === 'actor' || x.kind === 'agent');
    const side = warner ? sideOf(ctx.gaz, warner.m.actorId) : undefined;
    if (side === undefined || f.subjects.some((s) => sideOf(ctx.gaz, s.actorId) !== side)) return f;
    if (toks[f.head + 1]?.f === 'on' && toks[f.head + 2]?.p === 'VERB') return f;
    return { ...f, objects: [m] };
  });

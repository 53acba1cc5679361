/**
 * Objects of a verb trigger found elsewhere when none follows it: the subject of a summed-up
 * clause ("…, a move Beijing denounced"), a relative's antecedent, the troops' state in "the
 * withdrawal of", the asker who receives ("urged Germany to send"), the place of an attack's
 * passive subject. Pure.
 */
import { leftSubject } from './scan';
import type { Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { Mention } from './types';

const SUMMARY_NOUNS = new Set(
  'move step decision action visit trip deal measure act development'.split(' '),
);
/**
 * "…, a gesture that Kyiv criticised": the object of a verb inside a relative clause on a
 * noun summing up the previous clause is that clause's subject.
 */
export const summaryTarget = (
  ctx: Ctx,
  subject: number,
  ok: (m: Mention) => boolean,
): Mention[] => {
  const { toks } = ctx;
  // ", a move Beijing denounced": the relative pronoun may be left out after a summary noun
  const bare = SUMMARY_NOUNS.has(toks[subject - 1]?.l ?? '');
  const rel = bare ? subject : subject - 1;
  if (!bare && !['that', 'which'].includes(toks[rel]?.f ?? '')) return [];
  let k = rel - 1;
  if (toks[k]?.p !== 'NOUN') return [];
  while (k > 0 && ['NOUN', 'ADJ', 'DET'].includes(toks[k - 1]!.p)) k--;
  if (toks[k - 1]?.f !== ',') return [];
  const h = leftSubject(ctx, k - 1, ok);
  return h ? coordinated(ctx, h.m, ok, -1) : [];
};

const WITHDRAWALS = new Set(['withdrawal', 'pullout', 'departure', 'exit', 'retreat', 'removal']);
/** "demanded (or called for) the immediate withdrawal of Russian troops": the troops' state. */
export const withdrawalOf = (ctx: Ctx, i: number, ok: (m: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  let k = toks[i + 1]?.f === 'for' ? i + 2 : i + 1;
  while (toks[k]?.p === 'DET' || toks[k]?.p === 'ADJ') k++;
  if (!WITHDRAWALS.has(toks[k]?.l ?? '') || toks[k + 1]?.f !== 'of') return [];
  let j = k + 2;
  while (toks[j]?.p === 'DET' || toks[j]?.p === 'ADJ' || toks[j]?.p === 'NUM') j++;
  const m = ctx.startAt[j];
  return m && ok(m) ? coordinated(ctx, m, ok, 1) : [];
};

const ASKING = new Set(['urge', 'ask', 'press', 'implore', 'request', 'beg', 'lobby', 'pressure']);
/**
 * "Zelensky urged the United States and Germany to send more Patriots": with no recipient
 * named, the one who asks receives.
 */
export const askedBy = (ctx: Ctx, subjects: Mention[], ok: (m: Mention) => boolean): Mention[] => {
  const first = [...subjects].sort((a, b) => a.start - b.start)[0];
  if (!first) return [];
  let v = first.start - 1;
  if (ctx.toks[v]?.p === 'DET') v--;
  // "appealed to South Korea", "called on Seoul"
  if (['to', 'on', 'upon'].includes(ctx.toks[v]?.f ?? '')) v--;
  const verb = ctx.toks[v];
  const asking =
    verb?.p === 'VERB' &&
    (ASKING.has(verb.l) ||
      (verb.l === 'appeal' && ctx.toks[v + 1]?.f === 'to') ||
      (verb.l === 'call' && ctx.toks[v + 1]?.f !== 'to'));
  if (!asking) return [];
  const asker = leftSubject(ctx, v, ok)?.m;
  if (!asker || subjects.some((s) => s.actorId === asker.actorId)) return [];
  // the asker's state receives ("Zelensky urged …": Ukraine)
  const state = ctx.gaz.actors.get(asker.actorId)?.affiliation;
  const official = ctx.gaz.actors.get(asker.actorId)?.kind === 'OFFICIAL';
  return [official && state !== undefined ? { ...asker, actorId: state } : asker];
};

/** "NATO, which he accused of …": the antecedent of a relative whose subject is the verb's. */
export const relativeObject = (
  ctx: Ctx,
  subjects: Mention[],
  ok: (m: Mention) => boolean,
): Mention[] => {
  const s = subjects[0];
  if (!s || !['which', 'whom'].includes(ctx.toks[s.start - 1]?.f ?? '')) return [];
  const r = s.start - 1;
  const ante = ctx.endAt[r] ?? (ctx.toks[r - 1]?.f === ',' ? ctx.endAt[r - 1] : undefined);
  return ante && ok(ante) ? [ante] : [];
};

const PLACE_PREPS = new Set(['in', 'across', 'of', 'near', 'throughout', 'around']);
/**
 * "Energy facilities across western Ukraine were hit by Russian drones": the state whose place
 * holds the passive subject of an attack, when the subject itself is no actor.
 */
export const patientPlace = (ctx: Ctx, i: number, ok: (m: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  let k = i - 1;
  while (k >= 0 && ['AUX', 'ADV'].includes(toks[k]!.p)) k--;
  let found: Mention | undefined;
  let j = k;
  for (; j >= 0 && j > k - 10; j--) {
    const m = ctx.endAt[j + 1];
    if (m && !found) {
      let b = m.start - 1;
      while (b >= 0 && toks[b]!.p === 'ADJ') b--;
      if (PLACE_PREPS.has(toks[b]?.f ?? '') && ok(m)) found = m;
      j = m.start;
      continue;
    }
    if (!['NOUN', 'ADJ', 'PROPN', 'DET', 'ADP', 'NUM'].includes(toks[j]!.p)) break;
  }
  const opens = j < 0 || toks[j]?.f === ',';
  return found && opens ? [found] : [];
};

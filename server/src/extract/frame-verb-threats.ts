/**
 * Who a threat or a demand is aimed at: the first actor of a threatening complement clause
 * ("warned that Seoul would face consequences") or the subject of a reported "must" clause,
 * never the speaker's own side. Pure.
 */
import { CONSEQUENCES, THINK_TANKS } from './lexicon';
import type { Ctx } from './scan-ctx';
import { joinedRight } from './scan-lists';
import type { Mention } from './types';

/** The speakers and the states or bodies they speak for: a threat or demand is not aimed at them. */
const sideOf = (ctx: Ctx, speakers: Mention[]): Set<string> =>
  new Set(speakers.flatMap((s) => [s.actorId, ctx.gaz.actors.get(s.actorId)?.affiliation ?? '']));

/**
 * "vowed that the group would pay a heavy price", "warned that Seoul would face consequences":
 * the first actor of a threatening complement clause who is not on the speaker's side.
 */
export const threatTarget = (
  ctx: Ctx,
  i: number,
  speakers: Mention[],
  ok: (m: Mention) => boolean,
): Mention[] => {
  const { toks } = ctx;
  let j = i + 1;
  while (toks[j]?.p === 'ADV') j++;
  // ("warned on Saturday that …")
  if (toks[j]?.f === 'on' && toks[j + 1]?.p === 'PROPN' && !ctx.startAt[j + 1]) j += 2;
  // "told President Xi Jinping that …": past the addressee
  const told = ctx.startAt[j];
  if (told && toks[told.end]?.f === 'that') j = told.end;
  // "said the United States would pay a heavy price": a clause without "that"
  const bare = ctx.startAt[j] ?? (toks[j]?.p === 'DET' ? ctx.startAt[j + 1] : undefined);
  // ("said the United States and Britain would pay": past a coordinated subject)
  let after = bare?.end ?? -1;
  while (bare && (toks[after]?.f === 'and' || toks[after]?.f === ',')) {
    const next = ctx.startAt[after + 1] ?? ctx.startAt[after + 2];
    if (!next) break;
    after = next.end;
  }
  if (toks[j]?.f !== 'that' && !(bare && toks[after]?.p === 'AUX')) return [];
  if (toks[j]?.f !== 'that') j--;
  // the clause ends at a full stop or at ", while|but|whereas" (another speaker's clause)
  const end = toks.findIndex(
    (t, n) =>
      n > j &&
      (/^[;.?!]$/.test(t.v) ||
        (t.f === ',' && ['while', 'but', 'whereas'].includes(toks[n + 1]?.f ?? ''))),
  );
  const clause = toks.slice(j + 1, end < 0 ? toks.length : end);
  // a threat is about what will happen: "would pay a heavy price", not "had targeted"
  // ("would send weapons to Ukraine in response": the reason for an act, no threat)
  if (!clause.some((t, n) => CONSEQUENCES.has(t.l) && clause[n - 1]?.f !== 'in')) return [];
  if (!clause.some((t) => /^(will|would|shall|'ll|must|could)$/.test(t.f))) return [];
  const side = sideOf(ctx, speakers);
  // a think tank's warning is an analysis, not a threat
  if (speakers.every((x) => THINK_TANKS.has(x.actorId))) return [];
  const m = ctx.ms.find(
    (x) => x.start > j && x.start < j + 1 + clause.length && ok(x) && !side.has(x.actorId),
  );
  // "told Xi that Washington would take further steps": the addressee is the one warned
  const addressee = ctx.startAt[i + 1];
  if (!m && addressee && ok(addressee) && !side.has(addressee.actorId)) return [addressee];
  // "vowed that the American and British aggression would not go unpunished"
  return m ? joinedRight(ctx, m, (x) => ok(x) && !side.has(x.actorId)) : [];
};

/** The "that" after an addressee and an adjunct without a verb ("told X in a call that"), else -1. */
const addressedThat = (ctx: Ctx, i: number): number => {
  for (let k = i + 1; k < ctx.toks.length && k <= i + 14; k++) {
    const t = ctx.toks[k]!;
    if (t.f === 'that') return k > i + 1 ? k : -1;
    if (t.p === 'VERB' || t.p === 'AUX' || /^[;:.,]$/.test(t.f)) return -1;
  }
  return -1;
};
const firstMention = (ctx: Ctx, from: number, to: number): Mention | undefined => {
  for (let k = from; k < to; k++) if (ctx.startAt[k]) return ctx.startAt[k];
  return undefined;
};

/**
 * "told reporters that Kyiv must withdraw its forces": the subject of a "must" clause reported
 * by the speaker is urged to act (not the speaker's own side).
 */
export const demandTarget = (
  ctx: Ctx,
  i: number,
  speakers: Mention[],
  ok: (m: Mention) => boolean,
): Mention[] => {
  const { toks } = ctx;
  // "told Iraq's prime minister in a phone call that Baghdad must": past the addressee
  const that = addressedThat(ctx, i);
  let j = that >= 0 ? that : i + 1;
  while (j < i + 4 && toks[j] && toks[j]!.f !== 'that' && !ctx.startAt[j]) j++;
  if (toks[j]?.f === 'that') j++;
  if (toks[j]?.p === 'DET') j++;
  // ("told Iraq that it must"): the pronoun stands for the addressee
  const pronoun = that >= 0 && ['it', 'they'].includes(toks[j]?.f ?? '');
  const addressee = pronoun ? firstMention(ctx, i + 1, that) : undefined;
  const m = addressee ?? ctx.startAt[j];
  if (!m || !ok(m) || (m.poss && !addressee)) return [];
  let k = addressee ? j + 1 : m.end;
  while (toks[k]?.p === 'ADV') k++;
  if (toks[k]?.f !== 'must' && !(toks[k]?.f === 'has' && toks[k + 1]?.f === 'to')) return [];
  // "Lebanon must not become another Gaza" is a fear, not a demand on Lebanon
  let w = k + 1;
  while (['not', 'to', 'never'].includes(toks[w]?.f ?? '') || toks[w]?.p === 'ADV') w++;
  if (['be', 'become', 'remain'].includes(toks[w]?.l ?? '')) return [];
  const side = sideOf(ctx, speakers);
  return side.has(m.actorId) ? [] : [m];
};

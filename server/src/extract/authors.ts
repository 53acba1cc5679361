/** Who did the acts a sentence names without a claim, for later references ("the launch"). */
import { itemsIn } from './details';
import { POSS } from './mentions';
import { leftSubject } from './scan';
import { isReporting, type Ctx } from './scan-ctx';
import type { Tok } from './types';

const LAUNCH_VERBS = new Set(['fire', 'launch', 'test', 'test-fire']);
const LAUNCH_NOUNS = new Set(['test', 'launch', 'test-firing', 'firing']);

/**
 * "North Korea fired a missile into the sea", "North Korea's test of a new ICBM": a launch with
 * no target is no claim, but "the launch" in a later sentence refers to its author.
 */
export const launchAuthor = (ctx: Ctx): string | undefined => {
  const actor = (m: { kind: string }) => m.kind === 'actor' || m.kind === 'agent';
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    // ("Trump fired the Fed chairman": a dismissal, no launch)
    const fired =
      t.l !== 'fire' || itemsIn(ctx.toks, i + 1, Math.min(ctx.toks.length, i + 16)).length > 0;
    if (t.p === 'VERB' && LAUNCH_VERBS.has(t.l) && fired) {
      const h = leftSubject(ctx, i, actor);
      if (h) return h.m.actorId;
    }
    if (t.p === 'NOUN' && LAUNCH_NOUNS.has(t.l)) {
      const k = POSS.has(ctx.toks[i - 1]?.v ?? '') ? i - 1 : i;
      const m = ctx.endAt[k];
      if (m && actor(m)) return m.actorId;
    }
  }
  return undefined;
};

const DRILL_NOUNS = new Set(['drill', 'exercise', 'manoeuvre', 'maneuver', 'wargame']);
// ("stag": the light model's lemma of "staged")
const DRILL_VERBS = new Set([
  'launch',
  'stage',
  'stag',
  'hold',
  'begin',
  'conduct',
  'start',
  'kick',
]);

/** "China launched large-scale drills around Taiwan": who holds the drills ("the exercises"). */
export const drillAuthor = (ctx: Ctx): string | undefined => {
  const actor = (m: { kind: string }) => m.kind === 'actor' || m.kind === 'agent';
  for (let i = 0; i < ctx.toks.length; i++) {
    const t = ctx.toks[i]!;
    // ("staged exercises", "three days of exercises": the light model tags some as verbs)
    const prev = ctx.toks[i - 1];
    const nominal =
      t.p === 'NOUN' ||
      (t.p === 'VERB' &&
        (prev?.f === 'of' ||
          ['DET', 'ADJ', 'NUM'].includes(prev?.p ?? '') ||
          DRILL_VERBS.has(prev?.l ?? '')));
    if (!nominal || !DRILL_NOUNS.has(t.l)) continue;
    let v = i - 1;
    // ("began two days of large-scale drills": past a duration)
    const span = (x: Tok): boolean =>
      ['ADJ', 'NUM', 'DET', 'NOUN', 'PUNCT'].includes(x.p) ||
      (x.f === 'of' && /^(day|week|month|hour|round|series)$/.test(ctx.toks[v - 1]?.l ?? ''));
    while (v >= 0 && span(ctx.toks[v]!) && v > i - 8) {
      const m = ctx.endAt[v + 1];
      if (m && actor(m)) return m.actorId; // "Chinese military drills", "China's drills"
      v--;
    }
    if (ctx.toks[v]?.p === 'VERB' && DRILL_VERBS.has(ctx.toks[v]!.l)) {
      const h = leftSubject(ctx, v, actor);
      if (h) return h.m.actorId;
    }
  }
  return undefined;
};

/** The subject of the first verb that passes `test` and has a named subject. */
const firstSubject = (ctx: Ctx, test: (t: Tok) => boolean): string | undefined => {
  const actor = (m: { kind: string }) => m.kind === 'actor' || m.kind === 'agent';
  for (let i = 0; i < ctx.toks.length; i++) {
    if (!test(ctx.toks[i]!)) continue;
    const h = leftSubject(ctx, i, actor);
    if (h) return h.m.actorId;
  }
  return undefined;
};

/**
 * "Israel Katz said that …, and he vowed …": the last speaker, whom "the remarks" or "his
 * comments" in a later sentence refer to.
 */
export const speakerAuthor = (ctx: Ctx): string | undefined =>
  firstSubject(
    ctx,
    (t) => isReporting(t) || (t.p === 'VERB' && ['warn', 'vow', 'threaten'].includes(t.l)),
  );

const DECIDE = new Set(
  'decide suspend approve adopt announce order impose withdraw halt reject refuse expel pass ratify cancel revoke'.split(
    ' ',
  ),
);

/** "Iran formally suspended its cooperation with the IAEA": who took a decision ("the decision"). */
export const decisionAuthor = (ctx: Ctx): string | undefined =>
  firstSubject(ctx, (t) => t.p === 'VERB' && DECIDE.has(t.l));

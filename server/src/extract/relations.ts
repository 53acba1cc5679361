import { inferredFrame, NOUNS, VERBS, verbLemma, withPartners, type Frame } from './frame';
import { nounFrame } from './frame-noun';
import { addresseeFrame, warnedTargets } from './addressee';
import { reactionTargets } from './reactions';
import { clashFrames } from './clashes';
import { citedDeals, compoundSubjects } from './non-claims';
import { appealFrames } from './appeals';
import { arrivals } from './arrivals';
import { callFrames } from './calls';
import { hostFrames } from './hosts';
import { mutualBlame } from './mutual';
import { tradeCuts } from './trade-cuts';
import { reciprocalDeployments } from './reciprocal';
import { signedTexts } from './signed';
import { strikeVictims } from './victims';
import { armedGroup, verbFrame } from './frame-verb';
import { speakerOf, THREATS } from './cues';
import { CONSEQUENCES, TROOP_HEADS, VERDICTS } from './lexicon';
import { LIGHT_VERBS, SPEECH_VERBS, verbRule, type Rule } from './patterns';
import { leftSubject } from './scan';
import { POSS_PRON, type Ctx } from './scan-ctx';
import type { Mention, Tok } from './types';

import { clauseEnd } from './frame';

export { clauseEnd, type Frame } from './frame';

const CONTENT = new Set(['VERB', 'AUX', 'NOUN', 'PROPN', 'ADJ', 'ADV']);

/** A trigger noun right after a light verb ("imposed new sanctions"): the verb then only lends its subject. */
const lightObject = (ctx: Ctx, i: number, lemma: string): boolean => {
  if (!LIGHT_VERBS.has(lemma)) return false;
  for (let k = i + 1; k < ctx.toks.length && k < i + 6; k++) {
    const t = ctx.toks[k]!;
    if (ctx.cover[k]) return false;
    // "launched 176 attack drones": a trigger noun modifying another noun is not the object
    // ("provided lethal support to Russia" is a supply of weapons, not support)
    if (t.l === 'support' && ctx.toks[k - 1]?.f === 'lethal') return false;
    if (t.p === 'NOUN' && NOUNS.has(t.l) && ctx.toks[k + 1]?.p !== 'NOUN') return true;
    if (!['DET', 'ADJ', 'NUM', 'NOUN'].includes(t.p) && !POSS_PRON.has(t.f)) return false;
  }
  return false;
};

/**
 * "Iran has provided Russia with drones, North Korea has supplied shells": a clause that
 * repeats the predicate without an object shares the object of the previous one.
 */
const shareObjects = (ctx: Ctx, frames: Frame[]): Frame[] =>
  frames.map((f, k) => {
    if (f.objects.length > 0 || f.form !== 'verb' || f.rule.flags.has('threat')) return f;
    // ("condemned the seizure and demanded the release of the vessel": whom a demand joined to
    // a condemnation is addressed to)
    const joined =
      f.rule.p === 'URGES' &&
      ctx.toks[f.head - 1]?.f === 'and' &&
      ctx.toks[f.head]?.l === 'demand' &&
      ctx.toks
        .slice(f.head + 1, f.head + 4)
        .some((t) => ['release', 'return', 'withdrawal', 'handover'].includes(t.l))
        ? frames
            .slice(0, k)
            .find(
              (x) =>
                (x.rule.p === 'CONDEMNS' || x.rule.p === 'ACCUSES') &&
                x.objects.length > 0 &&
                x.subjects.some((s) => f.subjects.some((t) => t.actorId === s.actorId)),
            )
        : undefined;
    const prev =
      joined ??
      frames
        .slice(0, k)
        .reverse()
        .find((x) => x.rule.p === f.rule.p && x.objects.length > 0 && x.form === 'verb');
    const between = prev ? ctx.toks.slice(prev.head, f.head) : [];
    if (
      !prev ||
      between.some((t) => /^[;:.]$/.test(t.v)) ||
      !between.some((t) => t.f === ',' || t.f === 'and')
    )
      return f;
    return {
      ...f,
      objects: prev.objects.filter((o) => !f.subjects.some((s) => s.actorId === o.actorId)),
    };
  });

const QUOTES = new Set(["'", '"', '‘', '’', '“', '”']);
const WARN_RULE = verbRule('WARNS');

/**
 * "'Iran made a big mistake, and it will pay for it,' Netanyahu said": a quoted threat of
 * consequences is a warning by the speaker to the first other actor named in the quote.
 */
const quoteThreat = (ctx: Ctx): Frame | null => {
  const { toks } = ctx;
  const open = toks.findIndex((t) => t.p === 'PUNCT' && QUOTES.has(t.v));
  const close = toks.findIndex((t, n) => n > open + 2 && t.p === 'PUNCT' && QUOTES.has(t.v));
  if (open < 0 || close < 0) return null;
  const inside = toks.slice(open + 1, close);
  if (
    !inside.some((t) => CONSEQUENCES.has(t.l)) ||
    !inside.some((t) => /^(will|would|shall|'ll|must)$/.test(t.f))
  )
    return null;
  const k = toks.findIndex(
    (t, n) => n > close && n < close + 9 && t.p === 'VERB' && SPEECH_VERBS.has(t.l),
  );
  if (k < 0) return null;
  const speaker = speakerOf(ctx, k, close);
  if (!speaker || speaker.kind === 'place') return null;
  const side = new Set([speaker.actorId, ctx.gaz.actors.get(speaker.actorId)?.affiliation ?? '']);
  const target = ctx.ms.find(
    (m) =>
      m.start > open &&
      m.end <= close &&
      !side.has(m.actorId) &&
      m.kind !== 'place' &&
      m.kind !== 'weapon',
  );
  return target ? inferredFrame(WARN_RULE, k, [speaker], [target], k) : null;
};

const SUPPLY_RULE = verbRule('SUPPLIES');

const FIRING = new Set(['fire', 'launch', 'drop', 'use', 'employ', 'deploy', 'unleash']);
/**
 * Whether weapon m is the attack's instrument: after "with", "using" or "of", or the direct
 * object of a firing verb ("fired North Korean missiles at"), not its target ("shot down a
 * Malian drone").
 */
const usedAs = (ctx: Ctx, f: Frame, m: Mention): boolean => {
  let k = m.start - 1;
  // ("fired at least six North Korean-made missiles")
  const filler = (t: Tok) =>
    ['DET', 'ADJ', 'NUM', 'ADV'].includes(t.p) || /^(at|least|more|than|up|to)$/.test(t.f);
  while (k > f.head && filler(ctx.toks[k]!)) k--;
  const before = ctx.toks[k];
  if (['with', 'using', 'of'].includes(before?.f ?? '')) return true;
  return k === f.head && FIRING.has(ctx.toks[f.head]!.l);
};

/**
 * "Russian forces attacked Odesa with Iranian-made drones", "fired North Korean missiles at
 * Kyiv": weapons of another state's making, used in an attack, were supplied by that state to
 * the attacker (same status as the attack).
 */
const weaponOrigins = (ctx: Ctx, frames: Frame[]): Frame[] =>
  frames.flatMap((f) => {
    if (f.rule.p !== 'ATTACKS' || f.subjects.length === 0 || f.objects.length === 0) return [];
    const users = new Set(f.subjects.map((m) => m.actorId));
    const end = clauseEnd(ctx, f.head + 1);
    const weapons = ctx.ms.filter(
      (m) =>
        m.kind === 'weapon' &&
        m.start > f.head &&
        m.start < end &&
        usedAs(ctx, f, m) &&
        !users.has(m.actorId) &&
        !f.objects.some((o) => o.actorId === m.actorId) &&
        f.subjects.every((s) => s.kind !== 'weapon'),
    );
    return weapons.length === 0
      ? []
      : [{ ...f, rule: SUPPLY_RULE, subjects: weapons, objects: f.subjects, accused: false }];
  });

/**
 * "provided Pyongyang with technology in exchange for munitions", "in return for oil": the
 * recipient pays in kind, a supply the other way (same status).
 */
const exchanges = (ctx: Ctx, frames: Frame[]): Frame[] =>
  frames.flatMap((f) => {
    if (f.rule.p !== 'SUPPLIES' || f.objects.length === 0 || f.subjects.length === 0) return [];
    const t = ctx.toks;
    const end = clauseEnd(ctx, f.head + 1);
    for (let k = f.head + 1; k < end - 2; k++)
      if (
        (t[k]!.f === 'exchange' || t[k]!.f === 'return') &&
        t[k - 1]?.f === 'in' &&
        t[k + 1]?.f === 'for' &&
        t[k + 2]?.p !== 'PRON'
      )
        return [{ ...f, subjects: f.objects, objects: f.subjects }];
    return [];
  });

/** "threatened tariffs on Colombia", "threatened strikes on Iran": the threat is a warning too. */
const threatenedActs = (ctx: Ctx, frames: Frame[]): Frame[] =>
  frames.flatMap((f) => {
    if (f.rule.p !== 'SANCTIONS' && f.rule.p !== 'ATTACKS') return [];
    // "threatened tariffs", "threatened (on Monday) to impose sanctions on Russia"
    const a = f.anchor;
    const t = ctx.toks;
    let k = a - 1;
    if (t[k]?.f === 'to') k--;
    if (t[k]?.p === 'PROPN' && t[k - 1]?.f === 'on') k -= 2;
    // "vowed (in a televised speech) to retaliate against"
    if (t[a - 1]?.f === 'to' && !THREATS.has(t[k]?.l ?? ''))
      for (let b = k - 1; b >= 0 && b >= k - 5 && !/^[,;:]$/.test(t[b]!.f); b--)
        if (t[b]!.p === 'VERB' && t[b - 1]?.p !== 'DET') {
          if (THREATS.has(t[b]!.l)) k = b;
          break;
        }
    // "will not hesitate to strike"
    const unhesitating = t[k]?.l === 'hesitate' && ['not', "n't"].includes(t[k - 1]?.f ?? '');
    const threat =
      (f.form === 'noun' && t[a]?.l === 'threaten') ||
      (t[a - 1]?.f === 'to' && (THREATS.has(t[k]?.l ?? '') || unhesitating));
    if (threat) return [{ ...f, rule: WARN_RULE, head: k, anchor: k, form: 'verb' as const }];
    // "warned that Washington was ready to impose sanctions on Chinese firms"
    const w = t.findLastIndex((x, n) => n < f.head && x.p === 'VERB' && x.l === 'warn');
    if (w < 0 || t[w + 1]?.f !== 'that' || t.slice(w, f.head).some((x) => x.f === ';')) return [];
    const warner = leftSubject(ctx, w, (m) => m.kind === 'actor' || m.kind === 'agent');
    const subjects = warner ? [warner.m] : f.subjects;
    return [{ ...f, rule: WARN_RULE, subjects, head: w, anchor: w, form: 'verb' as const }];
  });

/** All frames of a sentence: verb and noun triggers with their subjects and objects. */
export const findFrames = (ctx: Ctx): Frame[] => {
  const out: Frame[] = [];
  // a claim needs two different actors: with fewer named or referred to, no frame can make one
  const ids = new Set<string>();
  for (const m of ctx.ms) {
    ids.add(m.actorId);
    if (m.partner !== undefined) ids.add(m.partner);
    if (m.alt !== undefined) ids.add(m.alt);
    for (const g of m.group ?? []) ids.add(g);
  }
  if (ids.size < 2) return out;
  const troops = ctx.ms.some((m) => m.kind === 'troops');
  // cue words some rules need somewhere in the sentence: skip those rules cheaply without them
  let troopWords = troops;
  let must = false;
  let list = false;
  let consequence = false;
  let verdict = false;
  for (const t of ctx.toks) {
    troopWords ||= TROOP_HEADS.has(t.l);
    must ||= t.l === 'must' || t.l === 'have';
    list ||= t.l === 'list' || t.l === 'blacklist';
    consequence ||= CONSEQUENCES.has(t.l);
    verdict ||= VERDICTS.has(t.l);
  }
  const cueless = (r: Rule): boolean =>
    (!troopWords && r.flags.has('troops')) ||
    (!must && r.flags.has('demand')) ||
    (!list && r.flags.has('list')) ||
    (!consequence && r.flags.has('threat')) ||
    (!verdict && r.flags.has('verdict'));
  ctx.toks.forEach((t, i) => {
    if (!CONTENT.has(t.p)) return;
    const lemma = verbLemma(ctx, i);
    if (lemma !== null && !ctx.cover[i] && !lightObject(ctx, i, lemma)) {
      for (const r of VERBS.get(lemma) ?? []) {
        if (!troops && r.flags.has('troopsubj')) continue;
        if (!troops && r.flags.has('forcesubj') && !ctx.ms.some((m) => armedGroup(ctx, m)))
          continue;
        if (cueless(r)) continue;
        const f = verbFrame(ctx, i, r);
        if (f && f.subjects.length > 0) out.push(f);
        else if (r.flags.size === 0 || r.flags.has('notroops')) {
          const a = addresseeFrame(ctx, i, r, 'verb');
          if (a) out.push(a);
        }
      }
    }
    // "a renewed offensive in …" is sometimes tagged as an adjective
    const adjNoun =
      t.p === 'ADJ' && ['ADP', 'PUNCT'].includes(ctx.toks[i + 1]?.p ?? 'PUNCT') && NOUNS.has(t.l);
    if (t.p === 'NOUN' || adjNoun || (t.p === 'PROPN' && !ctx.cover[i])) {
      // ("airstrikes" is left unlemmatised by the tagger)
      const lemma =
        (t.p === 'PROPN' || t.f === t.l) && !NOUNS.has(t.l) ? t.l.replace(/s$/, '') : t.l;
      for (const r of NOUNS.get(lemma) ?? []) {
        const f = nounFrame(ctx, i, r);
        if (f && f.subjects.length > 0) out.push(f);
        else if (r.flags.size === 0) {
          const a = addresseeFrame(ctx, i, r, 'noun');
          if (a) out.push(a);
        }
      }
    }
  });
  const quoted = quoteThreat(ctx);
  if (quoted) out.push(quoted);
  out.push(...weaponOrigins(ctx, out), ...threatenedActs(ctx, out), ...exchanges(ctx, out));
  out.push(
    ...signedTexts(ctx),
    ...clashFrames(ctx),
    ...callFrames(ctx),
    ...tradeCuts(ctx),
    ...arrivals(ctx),
    ...appealFrames(ctx),
  );
  out.push(...mutualBlame(ctx));
  out.push(...hostFrames(ctx, out), ...reciprocalDeployments(ctx, out));
  const shared = citedDeals(ctx, compoundSubjects(ctx, shareObjects(ctx, out)));
  return strikeVictims(ctx, reactionTargets(ctx, warnedTargets(ctx, shared)))
    .map((f) => ({ ...f, subjects: withPartners(f.subjects), objects: withPartners(f.objects) }))
    .filter((f) => f.objects.length > 0 || f.subjects.length > 1);
};

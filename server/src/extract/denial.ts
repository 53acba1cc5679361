import type { Predicate } from '../domain';
import { DENIED_NOUNS, DENY_VERBS } from './patterns';
import { leftSubject } from './scan';
import type { Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { RawSentence } from './nlp';
import type { ExtractedClaim, Mention } from './types';

const denierOk = (m: Mention): boolean => m.kind === 'actor' || m.kind === 'agent';
const DENIAL_CONFIDENCE = 0.45;
const SPEECH_ACTS = new Set<Predicate>(['ACCUSES', 'CONDEMNS', 'WARNS', 'URGES']);

/** A claim restated as DENIED by `denier`, its evidence running to the end of the denial. */
const deniedCopy = (
  c: ExtractedClaim,
  denier: string,
  text: string,
  sent: RawSentence,
  nameOf: (id: string) => string,
): ExtractedClaim => {
  const start = Math.min(c.start, sent.start);
  return {
    ...c,
    status: 'denied',
    evidence: text.slice(start, sent.end),
    start,
    end: sent.end,
    confidence: DENIAL_CONFIDENCE,
    attributedTo: nameOf(denier),
    attributedToId: denier,
  };
};

/** Denials of a sentence: copies of the claims it denies, and denied parts in an attack. */
export const denials = (
  ctx: Ctx,
  text: string,
  sent: RawSentence,
  here: ExtractedClaim[],
  earlier: ExtractedClaim[],
  nameOf: (id: string) => string,
): ExtractedClaim[] => [
  ...denialCopies(ctx, text, sent, here, earlier, nameOf),
  ...partDenials(ctx, text, sent, here, earlier, nameOf),
];

/**
 * A denial that points back at claims ("Moscow and Pyongyang have denied the reports",
 * "…, an accusation Iran rejected") yields a DENIED copy of each earlier claim that
 * involves the denying party, attributed to it. The evidence runs from the sentence of
 * the claim to the end of the denial.
 */
const denialCopies = (
  ctx: Ctx,
  text: string,
  sent: RawSentence,
  here: ExtractedClaim[],
  earlier: ExtractedClaim[],
  nameOf: (id: string) => string,
): ExtractedClaim[] => {
  const out: ExtractedClaim[] = [];
  const { toks } = ctx;
  toks.forEach((t, k) => {
    if (t.p !== 'VERB' || !DENY_VERBS.has(t.l)) return;
    const nounAfter = toks.slice(k + 1, k + 4).some((x) => DENIED_NOUNS.has(x.l));
    const nounBefore = toks
      .slice(Math.max(0, k - 6), k)
      .some((x) => DENIED_NOUNS.has(x.l) && x.p === 'NOUN');
    if (!nounAfter && !nounBefore) return;
    let deniers: Mention[] = [];
    const h = leftSubject(ctx, k, denierOk);
    if (h) deniers = coordinated(ctx, h.m, denierOk, -1);
    else if (ctx.endAt[k]) deniers = [ctx.endAt[k]];
    const before = here.filter((c) => c.status !== 'denied' && c.status !== 'negated');
    const pool = nounBefore && before.length > 0 ? before : [...earlier, ...before];
    for (const c of pool) {
      // one denies what one is said to have done, not that one was accused or criticised
      if (SPEECH_ACTS.has(c.predicate)) continue;
      for (const d of deniers) {
        // a spokesman denies for his state: "Peskov dismissed reports that Pyongyang had sent"
        const side = [d.actorId, ctx.gaz.actors.get(d.actorId)?.affiliation];
        if (!side.includes(c.subjectId) && !side.includes(c.objectId)) continue;
        if (
          out.some(
            (x) =>
              x.subjectId === c.subjectId &&
              x.objectId === c.objectId &&
              x.predicate === c.predicate &&
              x.attributedToId === d.actorId,
          )
        )
          continue;
        out.push(deniedCopy(c, d.actorId, text, sent, nameOf));
      }
    }
  });
  return out;
};

const PART_NOUNS = new Set(['part', 'role', 'involvement', 'hand']);
const PART_VERBS = new Set(['play', 'have', 'take']);
const NOT = new Set(['no', 'not', "n't", 'never']);

/** Position of "played no part", "had not taken part", "was not involved", "did not participate". */
const nonParticipation = (ctx: Ctx, k: number): number | undefined => {
  const { toks } = ctx;
  const t = toks[k]!;
  if (!PART_NOUNS.has(t.l) && t.l !== 'involve' && t.l !== 'participate') return undefined;
  const negBefore = (n: number) => toks.slice(Math.max(0, k - n), k).some((x) => NOT.has(x.f));
  if (PART_NOUNS.has(t.l) && t.p === 'NOUN' && negBefore(3)) {
    const v = toks.slice(Math.max(0, k - 4), k).findLastIndex((x) => PART_VERBS.has(x.l));
    return v >= 0 ? Math.max(0, k - 4) + v : undefined;
  }
  // "denying any involvement in the strike"
  if (PART_NOUNS.has(t.l) && t.p === 'NOUN') {
    const v = toks.slice(Math.max(0, k - 3), k).findLastIndex((x) => DENY_VERBS.has(x.l));
    return v >= 0 ? Math.max(0, k - 3) + v : undefined;
  }
  if ((t.l === 'involve' || t.l === 'participate') && negBefore(2)) return k;
  return undefined;
};

/**
 * "The Pentagon said it had played no part in the strike": a party denying taking part in the
 * last attack reported yields that attack with the party as attacker, DENIED.
 */
const partDenials = (
  ctx: Ctx,
  text: string,
  sent: RawSentence,
  here: ExtractedClaim[],
  earlier: ExtractedClaim[],
  nameOf: (id: string) => string,
): ExtractedClaim[] => {
  const out: ExtractedClaim[] = [];
  for (let k = 0; k < ctx.toks.length; k++) {
    const v = nonParticipation(ctx, k);
    if (v === undefined) continue;
    const h = leftSubject(ctx, v, denierOk);
    if (!h) continue;
    const d = h.m.actorId;
    // the main event of the passage: its first attack not involving the denier
    const act = [...earlier, ...here].find(
      (c) => c.predicate === 'ATTACKS' && c.subjectId !== d && c.objectId !== d,
    );
    if (!act || out.some((x) => x.subjectId === d && x.objectId === act.objectId)) continue;
    out.push({
      ...deniedCopy(act, d, text, sent, nameOf),
      subject: nameOf(d),
      subjectId: d,
    });
  }
  return out;
};

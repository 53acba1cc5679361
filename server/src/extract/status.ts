import type { ClaimStatus } from '../domain';
import {
  chainCues,
  coordinatedWith,
  newClause,
  NOMINAL_HYPO,
  sentenceCues,
  speakerOf,
  speakerOk,
  trailing,
} from './cues';
import { HYPOTHETICAL, NEGATION } from './patterns';
import type { Frame } from './frame';
import { BARE, leftSubject } from './scan';
import type { Ctx } from './scan-ctx';
import type { Mention, Tok } from './types';

export interface StatusResult {
  status: ClaimStatus;
  speaker?: Mention;
}

const PLEDGES = new Set(['pledge', 'vow', 'promise', 'reaffirm', 'reiterate']);
const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'shall', 'should', 'if']);
/**
 * "warned NATO that letting Kyiv hit targets inside Russia would mean war": the act inside a
 * gerund that is the subject of a modal clause is only supposed.
 */
const gerundSubject = (ctx: Ctx, f: Frame): boolean => {
  const { toks } = ctx;
  let that = f.head - 1;
  while (that > f.head - 10 && that >= 0 && toks[that]!.f !== 'that') that--;
  const g = toks[that + 1];
  if (that <= f.head - 10 || that < 0 || g?.p !== 'VERB' || !/ing$/.test(g.f)) return false;
  for (let k = f.head + 1; k < toks.length && k < f.head + 16; k++) {
    if (/^[,;:.]$/.test(toks[k]!.f)) return false;
    if (MODAL_WORDS.has(toks[k]!.f)) return true;
  }
  return false;
};
/** A verb of leaving within 4 tokens of `after` ("… flew out"; not "ordered them to leave"). */
const withdrawalAfter = (toks: Tok[], after: number): boolean =>
  toks
    .slice(after, after + 4)
    .some((t, n) => t.p === 'VERB' && WITHDRAW.has(t.l) && toks[after + n - 1]?.f !== 'to');
const MODAL_WORDS = new Set(['would', 'could', 'will', 'might', 'may']);
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PUNCT']);
/** Verbs of troops leaving where they were stationed. */
const WITHDRAW = new Set(['leave', 'withdraw', 'fly', 'pull', 'depart', 'exit', 'quit']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom']);
const INTENTS = new Set(['intention', 'plan', 'plans', 'desire', 'wish', 'interest', 'intent']);
const FUTURE_CLAUSES = new Set(['when', 'once', 'until', 'before', 'after']);
const FORMER = new Set(['once', 'former', 'formerly', 'erstwhile', 'onetime', 'one-time']);
const TEMPORAL = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'until', 'amid']);

/** The verb whose object the noun phrase starting at `from` is ("vetoed a €50bn package of"). */
const governingVerb = (ctx: Ctx, from: number): number => {
  for (let k = from - 1; k >= 0 && k >= from - 8; k--) {
    const t = ctx.toks[k]!;
    if (t.p === 'VERB') return k;
    // ("to follow suit with its own measures")
    const suit = t.f === 'with' && ctx.toks[k - 1]?.f === 'suit';
    if (!['DET', 'NUM', 'SYM', 'ADJ', 'NOUN'].includes(t.p) && t.f !== 'of' && !suit) return -1;
  }
  return -1;
};

/** A modal right after the noun phrase of the trigger (and its prepositional object). */
const modalFollows = (ctx: Ctx, head: number): boolean => {
  // ("a transfer of Russian nuclear-propulsion technology to North Korea would …")
  for (let k = head + 1; k < ctx.toks.length && k < head + 14; k++) {
    const t = ctx.toks[k]!;
    if (t.p === 'AUX') return MODALS.has(t.f);
    const np = ['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.p) || t.f === '-';
    if (!np && !ctx.cover[k]) return false;
  }
  return false;
};

const andBefore = (ctx: Ctx, k: number): boolean => {
  let b = k - 1;
  while (b >= 0 && ctx.toks[b]!.p === 'ADV') b--;
  return ctx.toks[b]?.f === 'and';
};

/** The trigger sits in a temporal clause after the reporting verb at k, with no "that" between. */
const backgroundClause = (ctx: Ctx, f: Frame, k: number): boolean => {
  const subject = f.subjects[0]?.start ?? f.head;
  let content = false;
  for (let o = k + 1; o < Math.min(subject, f.head); o++) {
    const t = ctx.toks[o]!;
    if (t.f === 'that' || t.f === ':' || ['"', '“'].includes(t.v)) content = true;
    // ("rejected as 'baseless' assertions that …": a verdict, not a time clause)
    const verdict =
      o === k + 1 && t.f === 'as' && ['ADJ', 'DET', 'PUNCT'].includes(ctx.toks[o + 1]?.p ?? '');
    const opener = TEMPORAL.has(t.f) && (t.p === 'SCONJ' || t.p === 'ADP') && !verdict;
    // "…, days after NATO allies accused China": back in the reporting clause after a comma
    const afterComma = ctx.toks.slice(Math.max(k, o - 3), o).some((x) => x.f === ',');
    if (opener && (!content || afterComma)) return true;
  }
  return false;
};

/** The trigger lies between ", which|who" and the next comma. */
const insideAside = (ctx: Ctx, head: number): boolean => {
  for (let j = head - 1; j > 0 && j > head - 15; j--) {
    const t = ctx.toks[j]!;
    if (t.f === ',' || t.f === ';') return false;
    if ((t.f === 'which' || t.f === 'who') && ctx.toks[j - 1]?.f === ',') {
      for (let e = head + 1; e < ctx.toks.length; e++) if (ctx.toks[e]!.f === ',') return true;
      return false;
    }
  }
  return false;
};

/** ", accusing X of …" right after a reporting clause, with its speaker as subject. */
const speakersParticiple = (ctx: Ctx, f: Frame): boolean =>
  f.form === 'verb' &&
  ctx.toks[f.head - 1]?.f === ',' &&
  /ing$/.test(ctx.toks[f.head]!.f) &&
  f.subjects.length > 0 &&
  f.subjects.every((m) => m.end < f.head);

/** How the sentence presents the claim of a frame, and who (if anyone) it is attributed to. */
/**
 * "is due in Tehran next week for talks with …": a scheduled act, when the head follows "is/are
 * due" in the same clause (not "who is due in Washington, accused …", "due in part to").
 */
const scheduled = (toks: Tok[], head: number): boolean => {
  for (let k = head - 1; k >= 0 && k >= head - 8; k--) {
    const t = toks[k]!;
    if (t.f === ',' || t.p === 'VERB') return false;
    if (t.f === 'due')
      return (
        ['is', 'are', "'s", "'re"].includes(toks[k - 1]?.f ?? '') &&
        !['to', 'largely', 'mainly', 'partly'].includes(toks[k + 1]?.f ?? '') &&
        !(toks[k + 1]?.f === 'in' && ['part', 'large'].includes(toks[k + 2]?.f ?? ''))
      );
  }
  return false;
};

export const frameStatus = (ctx: Ctx, f: Frame): StatusResult => {
  const { toks } = ctx;
  const anchor = f.anchor;
  const cues = sentenceCues(ctx);
  const own = chainCues(ctx, anchor);
  // "urged Washington to maintain its military aid": the verb governing a noun phrase
  // "the missiles could help Kyiv hit Russian supply lines": the verb of a bare infinitive
  const bare = f.subjects[0] ? f.subjects[0].start - 1 : -1;
  // ("a pledge of continued military support": a participle inside the noun phrase is no verb)
  const modifier =
    toks[anchor]?.p === 'VERB' &&
    anchor < f.head &&
    /ed$/.test(toks[anchor].f) &&
    ['ADP', 'DET'].includes(toks[anchor - 1]?.p ?? '');
  const g =
    f.form === 'noun' && (toks[anchor]?.p !== 'VERB' || modifier)
      ? governingVerb(ctx, anchor)
      : toks[bare]?.p === 'VERB' && BARE.has(toks[bare].l) && bare < anchor
        ? bare
        : -1;
  const gov = g >= 0 ? chainCues(ctx, g) : { neg: false, hyp: false };
  // "vetoed a package of EU aid for Ukraine": the governing verb itself blocks the act
  const govVerb = g >= 0 ? toks[g] : undefined;
  const blocked = govVerb !== undefined && NEGATION.has(govVerb.l);
  // "a Chinese attack on Taiwan could amount to …": the noun phrase is the subject of a modal
  const modalAfter = f.form === 'noun' && modalFollows(ctx, f.head);
  // "has no intention of sending", "offered no details": a refusal in a noun phrase
  const pre = toks.slice(Math.max(0, anchor - 4), anchor).map((t) => t.f);
  const noIntent =
    pre.includes('no') &&
    pre.some((w) => INTENTS.has(w)) &&
    ['of', 'to'].includes(pre.at(-1) ?? '');
  const noObject = f.form === 'verb' && toks[anchor + 1]?.f === 'no';
  // "any imminent attempt by China to invade Taiwan": an attempted act
  const by =
    f.subjects[0] && toks[f.subjects[0].start - 1]?.f === 'by' ? f.subjects[0].start - 1 : -1;
  const attempted =
    by > 0 && toks.slice(Math.max(0, by - 3), by).some((t) => HYPOTHETICAL.has(t.l));
  const chainNeg = own.neg || gov.neg || blocked || noIntent || noObject;
  // "… when the two leaders meet in Washington": a present tense in a time clause is future
  const whenFuture =
    f.form === 'verb' &&
    (toks[anchor]!.f === toks[anchor]!.l || toks[anchor]!.f === `${toks[anchor]!.l}s`) &&
    toks.slice(Math.max(0, f.clause - 3), anchor).some((t) => FUTURE_CLAUSES.has(t.f)) &&
    toks.slice(0, f.clause).some((t) => MODALS.has(t.f) || t.l === 'expect' || t.f === 'will');
  const chainHyp =
    own.hyp || gov.hyp || modalAfter || whenFuture || attempted || gerundSubject(ctx, f);
  // a light verb that proposes or ends the relation ("proposed tariffs", "lifted sanctions")
  const light =
    anchor !== f.head && !f.rule.flags.has('vow') && toks[anchor]?.p === 'VERB'
      ? toks[anchor]
      : undefined;
  // "ended three hours of talks": talks that ended did take place
  const ended =
    f.rule.p === 'MEETS' && light !== undefined && ['end', 'conclude'].includes(light.l);
  // "Nor has Russia delivered the jets": an inverted negation opening the sentence
  const inverted = ['nor', 'neither'].includes(toks[0]?.f ?? '') && toks[1]?.p === 'AUX';
  // "The last French soldiers stationed in Chad flew out on Thursday": a deployment that ends
  const withdrawn =
    f.rule.p === 'DEPLOYS_TROOPS_TO' &&
    ctx.endAt[f.head]?.kind === 'troops' &&
    withdrawalAfter(toks, Math.max(f.head, ...f.objects.map((m) => m.end - 1)) + 1);
  // "the two men signed no agreement of any kind": the act's own noun is denied
  const none =
    f.form === 'noun' &&
    light !== undefined &&
    toks.slice(anchor + 1, f.head).some((t) => t.f === 'no' && t.p === 'DET');
  // "No new UN sanctions have been imposed on North Korea": the noun phrase opens with "no"
  let np = f.head;
  if (f.form === 'noun')
    while (np > 0 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[np - 1]!.p)) np--;
  const noneBefore =
    (f.form === 'noun' && np === 1 && toks[0]?.f === 'no') ||
    // "No US troops have been deployed to Ukraine"
    f.subjects.some((m) => toks[m.start - 1]?.f === 'no' && toks[m.start - 1]?.p === 'DET');
  // "Mexico, once Havana's second-largest supplier, …": a former role no longer holds
  const former =
    f.rule.flags.has('agentive') &&
    toks
      .slice(Math.max(0, f.head - 7, f.subjects[0]?.end ?? 0), f.head)
      .some((t, n, a) => FORMER.has(t.f) && a[n + 1]?.f !== 'again');
  const neg =
    chainNeg ||
    former ||
    withdrawn ||
    none ||
    noneBefore ||
    (inverted && f.clause <= 3) ||
    (light !== undefined && NEGATION.has(light.l) && !ended) ||
    cues.noEvidence.some((k) => k < f.head);
  let hyp =
    chainHyp ||
    toks[toks.length - 1]?.f === '?' ||
    scheduled(toks, f.head) ||
    (light !== undefined && HYPOTHETICAL.has(light.l)) ||
    cues.conditionals.some((k) => k < f.head);
  // "vowed to respond to India": the threat is made now
  if (f.rule.flags.has('vowcue')) hyp = false;
  // "pledged 40 billion euros in military aid for Kyiv": a promised supply is yet to happen
  if (f.rule.p === 'SUPPLIES' && ['pledge', 'promise'].includes(toks[f.head]?.l ?? '')) hyp = true;
  // "pledged to stand by Moldova", "vowed to back Kyiv": the pledge is the support itself
  if (hyp && (f.rule.p === 'SUPPORTS' || f.rule.p === 'WARNS')) {
    const group = toks.slice(Math.max(0, anchor - 4), anchor).map((t) => t.l);
    // "pledged full support for": the pledge is the light verb itself
    if (light && PLEDGES.has(light.l) && !own.hyp && !gov.hyp) group.push(light.l);
    if (group.some((l) => PLEDGES.has(l)) && !group.some((l) => MODALS.has(l))) hyp = false;
  }
  // "Pyongyang could invoke the clause to justify sending troops": a modal of the subject's
  // verb group reaches through purpose clauses to the act
  const subj = f.subjects[0];
  if (!hyp && subj && subj.end < anchor) {
    for (let k = subj.end; k < anchor; k++) {
      const t = toks[k]!;
      if (
        /^[,;:]$/.test(t.f) ||
        ['that', 'which', 'who', 'but', 'and', 'said', 'says'].includes(t.f)
      )
        break;
      if (MODALS.has(t.f) && t.f !== 'if') hyp = true;
    }
  }
  const start = Math.min(f.clause, anchor, f.subjects[0]?.start ?? anchor);
  // a coordinated verb's clause starts after its subject ("denied X and criticised Y")
  let nominalFrom = f.clause > (f.subjects[0]?.end ?? anchor) ? f.clause : start - 4;
  // "had not received any proposal and accused X": the object of an earlier, coordinated verb
  let c = anchor - 1;
  while (c > 0 && ['ADV', 'AUX'].includes(toks[c]!.p)) c--;
  if (toks[c]?.f === 'and' && toks[c]?.p === 'CCONJ') nominalFrom = Math.max(nominalFrom, c);
  for (let k = Math.max(0, nominalFrom); k < anchor; k++)
    if (NOMINAL_HYPO.has(toks[k]!.l)) hyp = true;
  // "approved the possible sale to Taiwan": a modifier of the trigger noun
  if (f.form === 'noun')
    for (let k = Math.max(anchor + 1, f.head - 4); k < f.head; k++)
      if (NOMINAL_HYPO.has(toks[k]!.l)) hyp = true;
  // "a countdown to the reimposition of all the UN sanctions": up a chain of "of" and "to"
  if (
    f.form === 'noun' &&
    toks.slice(Math.max(0, f.head - 6), f.head).some((t) => t.f === 'of' || t.f === 'to')
  ) {
    let k = f.head - 1;
    while (
      k >= 0 &&
      k > f.head - 12 &&
      (NP_POS.has(toks[k]!.p) || toks[k]!.f === 'of' || toks[k]!.f === 'to')
    )
      if (NOMINAL_HYPO.has(toks[k--]!.l)) hyp = true;
  }
  // "according to X" reports its own clause: not across "but", "while", a semicolon
  const apart = (a: number) =>
    [...cues.contrasts, ...cues.semicolons].some(
      (x) => x > Math.min(a, f.head) && x < Math.max(a, f.head),
    );
  // a trailing "according to" after a relative clause reports that clause ("a strike that killed
  // dozens, according to …"), not the main verb before it
  const relativeBetween = (a: number) =>
    a > f.head && toks.slice(f.head + 1, a).some((t) => RELATIVES.has(t.f));
  const according = cues.accordingAt.some((a) => !apart(a) && !relativeBetween(a));
  let speaker = according ? cues.according : undefined;
  let reported =
    cues.reported ||
    according ||
    cues.reportedAt.some((k) => k < f.head) ||
    cues.reportedlyAt.some((k) => !apart(k));
  let alleged = f.accused || cues.alleged || cues.allegedAt.some((k) => k < f.head);
  let denied = false;
  for (const { k, deny, allege } of cues.sites) {
    if (
      k === f.head ||
      k === anchor ||
      cues.semicolons.some((x) => x > Math.min(k, f.head) && x < Math.max(k, f.head))
    )
      continue;
    // a reporting verb after the trigger governs it in a trailing attribution ("…, the ministry
    // said", "…,” said X") or when its own subject follows the trigger
    if (k > f.head && newClause(ctx, f.head, k)) continue;
    // "… and warned that", "strikes that it says target …": not an attribution of the trigger
    if (k > f.head && (andBefore(ctx, k) || RELATIVES.has(toks[k - 2]?.f ?? ''))) continue;
    if (k > f.head && RELATIVES.has(toks[k - 1]?.f ?? '')) continue;
    // "the first such incursion that Tokyo has confirmed": a relative clause, not an attribution
    if (k > f.head) {
      let b = k - 1;
      while (b > f.head && ['AUX', 'ADV'].includes(toks[b]!.p)) b--;
      const who = ctx.endAt[b + 1];
      if (who && RELATIVES.has(toks[who.start - 1]?.f ?? '')) continue;
    }
    // "X said on Monday after he held talks": an adverbial clause is background, not the report
    if (k < f.head && backgroundClause(ctx, f, k)) continue;
    // "Poland, which hosts U.S. troops, …, his office said": a non-restrictive relative clause
    if (k > f.head && insideAside(ctx, f.head)) continue;
    if (k > f.head && !trailing(ctx, f.head, k)) {
      const own = leftSubject(ctx, k, speakerOk);
      if (own && own.m.start < f.head) continue;
    }
    // "X denied that …, and blamed Y": a verb coordinated with the denial is X's own act
    if (k < f.head && coordinatedWith(ctx, f, k)) continue;
    // "…,” Lin Jian said, accusing Washington of …": the speaker's own act, not reported
    if (k < f.head - 1 && speakersParticiple(ctx, f)) continue;
    if (deny) {
      if (k < f.head) {
        denied = true;
        speaker = speakerOf(ctx, k, f.head) ?? speaker;
      }
      continue;
    }
    reported = true;
    if (allege) alleged = true;
    speaker ??= speakerOf(ctx, k, f.head);
  }
  // "Beijing had never sold weapons to Moscow, Lin Jian said": a party reporting that it did
  // not do something denies it
  const side = (m: Mention | undefined) =>
    m ? [m.actorId, ctx.gaz.actors.get(m.actorId)?.affiliation ?? m.actorId] : [];
  // only a past act denied: "will not send" or "declined to" is a refusal, not a denial
  const group = toks.slice(Math.max(0, anchor - 5), anchor).map((t) => t.l);
  const pastDenial =
    group.some((l) => l === 'not' || l === 'never' || l === "n't") &&
    !group.some((l) =>
      [
        'will',
        'would',
        'shall',
        "'ll",
        'decline',
        'refuse',
        'can',
        'could',
        // "was not ready to send": an unwillingness, not a past act denied
        'ready',
        'prepared',
        'willing',
        'plan',
        'intend',
      ].includes(l),
    );
  if (
    pastDenial &&
    neg &&
    reported &&
    speaker !== undefined &&
    f.subjects.some((s) => side(speaker).some((x) => side(s).includes(x)))
  )
    denied = true;
  const status: ClaimStatus = denied
    ? 'DENIED'
    : neg || f.rule.flags.has('negated') || (f.banned === true && !hyp)
      ? 'NEGATED'
      : hyp
        ? 'HYPOTHETICAL'
        : alleged
          ? 'ALLEGED'
          : reported
            ? 'REPORTED'
            : 'ASSERTED';
  return { status, ...(speaker ? { speaker } : {}) };
};

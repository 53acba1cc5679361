/** The subject of a verb: the scan leftwards from it to the nearest eligible mention. Pure. */
import { AGENT_HEADS, OFFICIAL_ROLES, ROLE_WORDS } from './lexicon';
import { POSS } from './mentions';
import { CONTROL_VERBS } from './patterns';
import { apposed, appositionStart, asideStart } from './scan-asides';
import { isPrep, isReporting, SKIPPABLE, type Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import {
  before,
  CLAUSE_OPENERS,
  clauseSubject,
  govPrep,
  possessedAgent,
  STOP_SCONJ,
  TIME_WORDS,
} from './scan-phrases';
import type { Mention } from './types';

const ADDRESSEE_VERBS = new Set(['warn', 'tell', 'urge', 'inform', 'assure', 'brief', 'remind']);

export interface SubjectHit {
  m: Mention;
  /** where the scan stopped: the start of the clause for status cues */
  clause: number;
}

/** Verbs taking a bare infinitive after their object: "helped Russia obtain", "let Iran ship". */
export const BARE = new Set(['help', 'let', 'make']);

/** Texts that speak for whoever issued them. */
const DOCUMENTS = new Set([
  'resolution',
  'statement',
  'declaration',
  'communique',
  'communiqué',
  'motion',
]);

/**
 * The subject of a verb at position `from`: the nearest mention to the left that is not
 * inside a prepositional phrase, not a possessive and not the object of another verb;
 * relative pronouns point to their antecedent and "urged X to …" makes X the subject.
 */

export const leftSubject = (
  ctx: Ctx,
  from: number,
  ok: (m: Mention) => boolean,
): SubjectHit | null => scanLeft(ctx, from, ok) ?? conjunctSubject(ctx, from, ok);

/**
 * "said operations would continue until … and warned the SDF that …", "said Moscow was open to
 * talks but warned Washington …": a finite verb after "and" or "but" whose own scan found
 * nothing shares the subject of the reporting verb before it.
 */
const conjunctSubject = (
  ctx: Ctx,
  from: number,
  ok: (m: Mention) => boolean,
): SubjectHit | null => {
  const { toks } = ctx;
  if (!['and', 'but'].includes(toks[from - 1]?.f ?? '') || toks[from]!.f === toks[from]!.l)
    return null;
  for (let v = from - 2; v >= 0 && v > from - 30; v--) {
    const t = toks[v]!;
    if (/^[;:.]$/.test(t.f)) return null;
    if (isReporting(t) && t.f !== t.l && !/ing$/.test(t.f)) return scanLeft(ctx, v, ok);
  }
  return null;
};

/** "India's (defence) ministry" ending before `end`: its owner acts through it. */
const ownerOfAgent = (ctx: Ctx, end: number): Mention | undefined => {
  const { toks } = ctx;
  if (!AGENT_HEADS.has(toks[end - 1]?.l ?? '')) return undefined;
  const k = toks[end - 2]?.p === 'NOUN' || toks[end - 2]?.p === 'ADJ' ? end - 3 : end - 2;
  return POSS.has(toks[k]?.v ?? '') ? ctx.endAt[k] : undefined;
};

const scanLeft = (ctx: Ctx, from: number, ok: (m: Mention) => boolean): SubjectHit | null => {
  const { toks } = ctx;
  let sawTo = false;
  // past ", speaking after talks with …": the participle's subject is the main clause's
  let participle = false;
  let clauseAt: number | undefined;
  for (let j = from - 1; j >= 0 && j >= from - 40; j--) {
    const t = toks[j]!;
    if (t.f === ',' && toks[j + 1]?.p === 'VERB' && /ing$/.test(toks[j + 1]!.f)) participle = true;
    // "Iran and North Korea, it says, have supplied …": past a parenthetical attribution
    const aside =
      t.f === ',' && toks.slice(j + 1, from).every((x) => x.p === 'AUX' || x.p === 'ADV')
        ? Math.max(asideStart(ctx, j), appositionStart(ctx, j))
        : -1;
    if (aside >= 0) {
      j = aside;
      continue;
    }
    const m = ctx.endAt[j + 1];
    if (m) {
      j = m.start;
      // "urged Beijing to stop …", "drones used by Russia to attack …"
      const pre = before(ctx, m.start);
      const toAfter =
        toks[m.end]?.f === 'to' ||
        // "urged Seoul on Thursday to send"
        (toks[m.end]?.f === 'on' &&
          TIME_WORDS.has(toks[m.end + 1]?.f ?? '') &&
          toks[m.end + 2]?.f === 'to') ||
        (['not', 'never'].includes(toks[m.end]?.f ?? '') && toks[m.end + 1]?.f === 'to');
      let preAt = m.start - 1;
      while (preAt >= 0 && SKIPPABLE.has(toks[preAt]!.p)) preAt--;
      const callOn =
        ((pre?.f === 'on' || pre?.f === 'upon') && toks[preAt - 1]?.l === 'call') ||
        (pre?.f === 'to' && toks[preAt - 1]?.l === 'appeal');
      if (sawTo && toAfter && ok(m) && (!isPrep(pre) || pre?.f === 'by' || callOn))
        return { m, clause: m.start };
      // "North Korea's decision to send troops"
      if (sawTo && m.poss && toks[m.end + 1]?.p === 'NOUN' && toks[m.end + 2]?.f === 'to' && ok(m))
        return { m, clause: m.start };
      // "Ukraine's president criticized": the owner of an agent noun acts through it
      if (m.poss && possessedAgent(ctx, m, from) && ok(m) && !govPrep(ctx, m.start))
        return { m, clause: m.start };
      if (m.poss || (govPrep(ctx, m.start) && !clauseSubject(ctx, m, from))) continue;
      // "sanctioned Milorad Dodik, the Bosnian Serb leader, …": an apposition describes the
      // mention before it and is not a subject
      if (apposed(ctx, m)) continue;
      // "hosted 20 leaders, among them Putin and Modi, at a summit": members of an object
      const first = coordinated(ctx, m, ok, -1).reduce((a, b) => (b.start < a.start ? b : a), m);
      const p1 = toks[first.start - 1];
      if (p1?.f === 'including' || (p1?.f === 'them' && toks[first.start - 2]?.f === 'among'))
        continue;
      // a modifier of a following noun ("the newest NATO member") is not a subject
      if (
        j + 1 < from &&
        m.end < from &&
        toks[m.end]!.p === 'NOUN' &&
        !ctx.cover[m.end] &&
        !AGENT_HEADS.has(toks[m.end]!.l) &&
        !OFFICIAL_ROLES.has(toks[m.end]!.l)
      )
        continue;
      let v = m.start - 1;
      while (
        v >= 0 &&
        (SKIPPABLE.has(toks[v]!.p) || toks[v]!.p === 'PROPN' || ROLE_WORDS.has(toks[v]!.f))
      )
        v--;
      const b = toks[v];
      // "helping Russia obtain components": the subject of a bare infinitive
      if (b?.p === 'VERB' && BARE.has(b.l) && m.end === from && v === m.start - 1 && ok(m))
        return { m, clause: m.start };
      // "the Iran-backed Houthis": a hyphenated participle modifies the mention, it is no verb
      const compound = toks[v - 1]?.f === '-';
      if (b && b.p === 'VERB' && !isReporting(b) && b.l !== 'be' && !compound) continue;
      // "warned Seoul that …", "told Kyiv": the addressee of a reporting verb is no subject
      if (b && b.p === 'VERB' && ADDRESSEE_VERBS.has(b.l) && v === m.start - 1) continue;
      // "that arming Kyiv would be a mistake": the object of a gerund tagged as a noun
      if (
        b &&
        b.p === 'NOUN' &&
        /ing$/.test(b.f) &&
        !['the', 'a', 'an'].includes(toks[v - 1]?.f ?? '')
      )
        continue;
      if (toks[m.end]?.f === '-' && toks[m.end + 1]?.p === 'VERB' && ctx.startAt[m.end + 2])
        continue;
      if (!ok(m)) continue;
      return { m, clause: clauseAt ?? m.start };
    }
    const timePhrase =
      toks[j + 1]?.p === 'NUM' || TIME_WORDS.has(toks[j + 1]?.f ?? '') || toks[j + 1]?.f === 'last';
    if (
      t.f === ';' ||
      t.f === ':' ||
      t.f === '(' ||
      (STOP_SCONJ.has(t.f) && t.p === 'SCONJ' && !(t.f === 'since' && timePhrase))
    )
      return null;
    if ((t.f === 'but' || t.f === 'yet') && t.p === 'CCONJ') return null;
    // "…, hours after a Russian missile hit Kyiv": the clause after the opener has its own
    // subject; the main clause's subject is not it ("after meeting Putin" is, though)
    if (
      CLAUSE_OPENERS.has(t.f) &&
      (['ADP', 'SCONJ'].includes(t.p) || (t.p === 'ADV' && ['when', 'while'].includes(t.f))) &&
      t.f !== 'as' &&
      j < from - 1 &&
      toks[j + 1]?.p !== 'VERB' &&
      // ("since 2023", "before March": a time, not a clause)
      !timePhrase
    )
      return null;
    // "Chinese firms that it said had shipped …": the relative's antecedent, past "it said"
    if (
      isReporting(t) &&
      toks[j - 1]?.p === 'PRON' &&
      ['that', 'which', 'who'].includes(toks[j - 2]?.f ?? '')
    ) {
      const a = ctx.endAt[j - 2];
      return a && ok(a) ? { m: a, clause: j - 2 } : null;
    }
    // "X is believed to have …" reports X's act: see through it; "Beijing denied sending troops
    // and criticised …": a verb coordinated with the reporting verb shares its subject
    if (isReporting(t) && !(toks[j - 1]?.p === 'AUX' && toks[j + 1]?.f === 'to')) {
      // ("said 26 civilians had died and vowed to respond to India": the chain's first verb)
      const v0 = toks[from - 1]?.f === 'to' && toks[from - 2]?.p === 'VERB' ? from - 2 : from;
      if (!(toks[v0 - 1]?.f === 'and' && toks[v0 - 2]?.f !== ',' && j > from - 20)) return null;
      clauseAt = v0 - 1; // the coordinated verb's own clause starts at "and"
    }
    if (
      t.f === 'who' ||
      t.f === 'which' ||
      (t.f === 'that' && (ctx.endAt[j] || toks[j - 1]?.f === ','))
    ) {
      // ("Russia and China, both of which have …": past the partitive)
      const partitive =
        t.f === 'which' &&
        toks[j - 1]?.f === 'of' &&
        ['both', 'all'].includes(toks[j - 2]?.f ?? '');
      const c = partitive ? j - 3 : j - 1;
      const k = toks[c]?.f === ',' ? c : j;
      const a = ctx.endAt[k] ?? (k === c ? ownerOfAgent(ctx, c) : undefined);
      // "warned Seoul that …": the addressee of a reporting verb, then its complement clause
      if (a && t.f === 'that' && k === j && isReporting(toks[a.start - 1] ?? t)) return null;
      return a && ok(a) ? { m: a, clause: j } : null;
    }
    // "adopted a resolution that condemned …": the text speaks for whoever adopted it
    if ((t.f === 'that' || t.f === 'which') && DOCUMENTS.has(toks[j - 1]?.l ?? '')) {
      let v = j - 2;
      while (v > 0 && v > j - 6 && ['DET', 'ADJ', 'NOUN', 'PUNCT'].includes(toks[v]!.p)) v--;
      return toks[v]?.p === 'VERB' && !/^[,;:]$/.test(toks[v + 1]?.f ?? '')
        ? leftSubject(ctx, v, ok)
        : null;
    }
    // "that evening" is a determiner, not a clause
    if (t.f === 'that' && !(t.p === 'DET' && TIME_WORDS.has(toks[j + 1]?.f ?? ''))) {
      // "said on Tuesday that the army was ready, accusing Iran of …", "warned the government
      // that …, and accused the United States of …": the speaker
      const finite = toks[from - 1]?.f === 'and' && toks[from]!.f !== toks[from]!.l;
      if (participle || finite) {
        let v = j - 1;
        while (v > j - 5 && v > 0 && ['ADP', 'PROPN', 'NOUN', 'DET'].includes(toks[v]!.p)) v--;
        const speech = toks[v] && (isReporting(toks[v]!) || ADDRESSEE_VERBS.has(toks[v]!.l));
        if (speech && toks[v]!.p === 'VERB') return leftSubject(ctx, v, ok);
      }
      // "warned Seoul that arming Kyiv would …": a complement clause, even when tagged DET
      if (t.p !== 'DET' || ctx.endAt[j] || toks[j - 1]?.p === 'VERB') return null;
    }
    // "a rebel alliance whose fighters killed …": the subject is the (unnamed) owner
    if (t.f === 'whose') {
      const a = ctx.endAt[j];
      return a && ok(a) ? { m: a, clause: j } : null;
    }
    if (t.f === 'to' && (toks[j + 1]?.p === 'VERB' || toks[j + 1]?.p === 'AUX')) {
      // ("called on the North to return to dialogue and urged China …": an infinitive inside
      // an earlier conjunct does not make "urged" an infinitive)
      const coordinatedVerb = toks[from - 1]?.f === 'and' && j < from - 2;
      sawTo = !coordinatedVerb && !participle;
      // "urged us to …", "allowed the West to …": the infinitive has its own, unnamed subject
      const c = toks[j - 1];
      const possessed = c?.p === 'NOUN' && POSS.has(toks[j - 2]?.v ?? '');
      // "crossed the border to fight": a purpose clause of the main subject, unless a control
      // verb ("allowed", "urged") governs the noun before "to"
      let g = j - 1;
      // ("used US-supplied ATACMS missiles to strike": past a compound modifier)
      while (
        g >= 0 &&
        (['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN'].includes(toks[g]!.p) ||
          toks[g]!.f === '-' ||
          toks[g - 1]?.f === '-')
      )
        g--;
      // ("vowed in a televised speech to retaliate": past an adjunct of the verb)
      if (['in', 'during', 'at'].includes(toks[g]?.f ?? '') && toks[g - 1]?.p === 'VERB') g--;
      const purpose =
        c?.p === 'NOUN' && toks[g]?.p === 'VERB' && !CONTROL_VERBS.has(toks[g]!.l) && !possessed;
      // ("called on donors to fund the plan and urged Israel …": a finite verb coordinated
      // past the earlier conjunct's infinitive shares the main subject, as does a participle)
      const finite = (coordinatedVerb && toks[from]!.f !== toks[from]!.l) || participle;
      if (
        c &&
        !finite &&
        !ctx.endAt[j] &&
        !possessed &&
        !purpose &&
        !TIME_WORDS.has(c.f) &&
        (c.p === 'PRON' || c.p === 'NOUN' || c.p === 'PROPN')
      )
        return null;
    }
  }
  return null;
};

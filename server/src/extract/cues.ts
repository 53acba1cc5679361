import {
  ALLEGE_VERBS,
  ALLEGED_CUES,
  CONDITIONALS,
  CONTROL_VERBS,
  DENY_VERBS,
  HYPOTHETICAL,
  NEGATION,
  SPEECH_VERBS,
  WEAK_SPEECH,
} from './patterns';
import { leftSubject } from './scan';
import { appositionStart } from './scan-asides';
import type { Ctx } from './scan-ctx';
import { listedVerbSubject } from './verb-list';
import type { Mention } from './types';

/** What one is denied when "deny" means refusing to grant: "denied inspectors access". */
const DENIED_GRANTS = /^(access|entry|visas?|permission|passage|overflight|landing|clearance)$/;
const CHAIN_POS = new Set(['AUX', 'PART', 'ADV']);
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday'.split(' '),
);
/** Verbs that pass their subject to a following verb without changing its status. */
const CATENATIVE = new Set([
  'continue',
  'keep',
  'start',
  'begin',
  'resume',
  'manage',
  'help',
  'go',
  'use',
  'have',
  'do',
  'get',
  'move', // "urged Armenia to move quickly to sign"
]);
export const NOMINAL_HYPO = new Set([
  'possible',
  'potential',
  'possibility',
  'prospect',
  'planned',
  'proposed',
  'future',
  'any',
  'risk',
  'alternative', // "alternatives to striking Iran's oil fields"
  'countdown', // "a thirty-day countdown to the reimposition of UN sanctions"
]);
export const speakerOk = (m: Mention): boolean => m.kind !== 'place' && m.kind !== 'weapon';

/** Verbs of threat whose infinitive names the threatened act ("vowed in a speech to retaliate"). */
export const THREATS = new Set(['threaten', 'vow', 'promise']);

/** Cues in the verb group left of the anchor: "did not", "could", "refused to", "urged X to". */
export const chainCues = (ctx: Ctx, anchor: number): { neg: boolean; hyp: boolean } => {
  const { toks } = ctx;
  let neg = false;
  let hyp = false;
  let ruleOut = false;
  let k = anchor - 1;
  for (; k >= 0; k--) {
    const t = toks[k]!;
    // "ruled out sending" denies it; "did not rule out sending" leaves it open
    if (t.f === 'out' && toks[k - 1]?.l === 'rule') {
      ruleOut = true;
      k--;
      continue;
    }
    // "failed on Monday to adopt": a date inside the verb group
    if (TIME_WORDS.has(t.f) && toks[k - 1]?.f === 'on') {
      k--;
      continue;
    }
    // "failed for a fourth time to agree"
    if (
      t.f === 'time' &&
      toks[k - 1]?.p === 'ADJ' &&
      ['a', 'the'].includes(toks[k - 2]?.f ?? '') &&
      toks[k - 3]?.f === 'for'
    ) {
      k -= 3;
      continue;
    }
    // "did not, however, endorse": past a parenthetical adverb
    if (t.f === ',' && toks[k - 1]?.p === 'ADV' && toks[k - 2]?.f === ',') {
      k -= 2;
      continue;
    }
    // "without reaching an agreement"
    if (t.f === 'without' && k === anchor - 1) {
      neg = true;
      break;
    }
    const cue =
      NEGATION.has(t.f) || NEGATION.has(t.l) || HYPOTHETICAL.has(t.f) || HYPOTHETICAL.has(t.l);
    // 'is "ready and willing" to put troops': past quotes and a pair of adjectives
    const quoted = t.p === 'PUNCT' && /^["“”']$/.test(t.v);
    const paired = t.f === 'and' && toks[k - 1]?.p === 'ADJ' && toks[k + 1]?.p === 'ADJ';
    if (quoted || paired) continue;
    if (!(
      CHAIN_POS.has(t.p) ||
      t.f === 'to' ||
      t.f === 'from' ||
      (cue && (t.p === 'VERB' || t.p === 'ADJ' || t.p === 'NOUN' || t.p === 'DET')) ||
      (t.p === 'VERB' && CATENATIVE.has(t.l))
    ))
      break;
    if ((NEGATION.has(t.f) || NEGATION.has(t.l)) && toks[k + 1]?.f !== 'only') neg = true;
    if (HYPOTHETICAL.has(t.f) || HYPOTHETICAL.has(t.l)) hyp = true;
  }
  // "urged China to stop …", "called on Israel to …": the complement of a control verb
  // ("urged Seoul on Thursday to send")
  const onDay = toks[k + 1]?.f === 'on' && TIME_WORDS.has(toks[k + 2]?.f ?? '');
  if (toks[k + 1]?.f === 'to' || (onDay && toks[k + 3]?.f === 'to')) {
    let reach = k - 5;
    for (let b = k; b >= 0 && b >= reach; b--) {
      // "urged France and the US, the guarantors of the truce, to press …": past an apposition
      const a = toks[b]!.v === ',' ? appositionStart(ctx, b) : -1;
      if (a >= 0) {
        reach = a - 6;
        b = a;
        continue;
      }
      if (/^[,;:.]$/.test(toks[b]!.v)) break;
      const vow = toks[b]!.p === 'VERB' && THREATS.has(toks[b]!.l);
      if (
        CONTROL_VERBS.has(toks[b]!.l) ||
        vow ||
        (toks[b]!.f === 'on' && toks[b - 1]?.l === 'call')
      )
        hyp = true;
    }
  }
  // "missiles to be built in Belfast and shipped to Kyiv": a participle coordinated with a
  // planned one ("to be built") is planned too
  if (toks[anchor - 1]?.f === 'and' && /ed$/.test(toks[anchor]?.f ?? '')) {
    for (let b = anchor - 2; b >= 1 && b >= anchor - 10 && !/^[,;:.]$/.test(toks[b]!.v); b--)
      if (toks[b]!.f === 'be' && toks[b - 1]?.f === 'to' && toks[b + 1]?.p === 'VERB') hyp = true;
  }
  if (ruleOut) return neg ? { neg: false, hyp: true } : { neg: true, hyp };
  return { neg, hyp };
};

/** Speaker of a reporting verb at s: its subject, or the mention next to it ("…, said X"). */
export const speakerOf = (ctx: Ctx, s: number, trigger: number): Mention | undefined => {
  if (s > trigger) {
    let k = s + 1;
    while (
      ctx.toks[k] &&
      ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(ctx.toks[k]!.p) &&
      !ctx.startAt[k] &&
      k < s + 5
    )
      k++;
    const after = ctx.startAt[k];
    if (after && speakerOk(after) && !ctx.endAt[s]) return after;
    // "…, Iran's foreign minister, Abbas Araghchi, insisted": the apposed name before the comma
    const apposed = ctx.toks[s - 1]?.f === ',' ? ctx.endAt[s - 1] : undefined;
    if (apposed && speakerOk(apposed) && s - 1 > trigger) return apposed;
    for (let j = s - 1; j > trigger && j >= s - 8; j--) {
      if ([',', '”', '"', "'"].includes(ctx.toks[j]!.f)) break;
      const m = ctx.endAt[j + 1];
      if (m && speakerOk(m)) return m;
    }
    return undefined;
  }
  return leftSubject(ctx, s, speakerOk)?.m ?? undefined;
};

export const trailing = (ctx: Ctx, head: number, s: number): boolean => {
  const { toks } = ctx;
  let c = s - 1;
  while (c > head && ![',', '”', '"'].includes(toks[c]!.f)) c--;
  if (c <= head) return false;
  const segment = toks.slice(c + 1, s);
  if (
    ['where', 'which', 'who', 'when', 'while', 'after', 'before', 'because', 'since'].includes(
      segment[0]?.f ?? '',
    )
  )
    return false;
  if (segment.length > 0) return !segment.some((t) => t.p === 'VERB' || t.p === 'AUX');
  const next = toks[s + 1];
  return (
    next !== undefined &&
    (next.p === 'DET' || next.p === 'PROPN' || ctx.startAt[s + 1] !== undefined)
  );
};

const CLAUSE_WORDS = new Set([
  'though',
  'although',
  'but',
  'while',
  'whereas',
  'and',
  'yet',
  'as',
  'because',
  'since',
  'when',
  'where',
  'which',
  'who',
  'after',
  'before',
  'with',
]);
/** A reporting verb at s, after the trigger, sits in a clause of its own ("…, though officials stressed"). */
export const newClause = (ctx: Ctx, head: number, s: number): boolean => {
  let c = s - 1;
  while (c > head && ctx.toks[c]!.f !== ',') c--;
  const first = ctx.toks[c + 1];
  // "…, filing a case that alleges …": a participle clause of its own
  const participle = first?.p === 'VERB' && /ing$/i.test(first.v) && c + 1 <= s;
  // "…, a day after X said": a temporal clause
  const temporal = ctx.toks
    .slice(c + 1, Math.min(s, c + 4))
    .some((t) => ['after', 'before', 'since', 'as', 'while', 'when'].includes(t.f));
  return c > head && (CLAUSE_WORDS.has(first?.f ?? '') || participle || temporal);
};

/**
 * The trigger's verb is coordinated with the reporting or denial verb at k and shares its
 * subject ("The Kremlin denied that …, and blamed Kyiv"): the cue does not govern it.
 */
export const coordinatedWith = (
  ctx: Ctx,
  f: { head: number; anchor: number; subjects: Mention[] },
  k: number,
): boolean => {
  const verb = Math.min(f.head, f.anchor);
  // ", and he called on …", ", and spokeswoman Maria Zakharova accused …": a main clause of its own
  const first0 = f.subjects[0];
  if (first0 && first0.start > k) {
    let a = first0.start - 1;
    while (a > k && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(ctx.toks[a]!.p) && !ctx.endAt[a + 1])
      a--;
    if (ctx.toks[a]?.f === 'and' && ctx.toks[a - 1]?.f === ',') return true;
  }
  let b = verb - 1;
  while (b > k && ctx.toks[b]!.p === 'ADV') b--;
  // "rejected the allegations, accused Trudeau of … and …": a list of the subject's own acts
  const first1 = f.subjects[0];
  if (b > k + 1 && ctx.toks[b]!.f === ',' && first1 && first1.start < k) {
    const g = listedVerbSubject(ctx, verb, () => true);
    if (g && g.m.start === first1.start) return true;
  }
  if (!(b > k + 1 && (ctx.toks[b]!.f === 'and' || ctx.toks[b]!.f === 'but'))) return false;
  // ", and blamed": a comma before "and" closes the reported clause
  const first = f.subjects[0];
  return ctx.toks[b - 1]?.f === ',' || (first !== undefined && first.start < k);
};

/** Sentence-wide status cues, computed once per sentence. */
interface Cues {
  /** reporting and denial verbs that can govern a claim */
  sites: { k: number; deny: boolean; allege: boolean }[];
  conditionals: number[];
  reportedAt: number[];
  allegedAt: number[];
  noEvidence: number[];
  semicolons: number[];
  alleged: boolean;
  reported: boolean;
  /** "reportedly": reports its own clause */
  reportedlyAt: number[];
  according?: Mention;
  /** positions of "according to": they report the clause they belong to */
  accordingAt: number[];
  /** clause boundaries ("but", "while", "although") that "according to" does not cross */
  contrasts: number[];
}

const cueCache = new WeakMap<Ctx, Cues>();
export const sentenceCues = (ctx: Ctx): Cues => {
  const cached = cueCache.get(ctx);
  if (cached) return cached;
  const { toks } = ctx;
  const c: Cues = {
    sites: [],
    conditionals: [],
    reportedAt: [],
    allegedAt: [],
    noEvidence: [],
    semicolons: [],
    accordingAt: [],
    contrasts: [],
    alleged: false,
    reported: false,
    reportedlyAt: [],
  };
  toks.forEach((t, k) => {
    const f = t.f;
    if (f === ';') c.semicolons.push(k);
    if (
      CONDITIONALS.has(f) ||
      // "Consider a scenario in which the PLA invades Taiwan", "Imagine that …"
      ((f === 'which' || f === 'where') &&
        (toks[k - 1]?.l === 'scenario' || toks[k - 2]?.l === 'scenario')) ||
      (k === 0 && (f === 'imagine' || f === 'suppose')) ||
      // "Were China to invade Taiwan, …", "Had Washington moved faster, …": inverted conditionals
      (f === 'were' && k === 0 && toks[k + 1]?.p !== 'VERB') ||
      (f === 'had' && k === 0 && ['PROPN', 'NOUN', 'DET', 'PRON'].includes(toks[k + 1]?.p ?? '')) ||
      (f === 'should' &&
        (k === 0 || ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(toks[k + 1]?.p ?? '')))
    )
      c.conditionals.push(k);
    // ("struck suspected PKK positions": the suspicion is about the target, not the strike)
    // ("condemned the US strikes on alleged drug boats": the suspicion is about the boats)
    if (
      ALLEGED_CUES.has(f) &&
      !(f === 'suspected' && toks[k - 1]?.p === 'VERB') &&
      !(t.p === 'ADJ' && ['on', 'against', 'at'].includes(toks[k - 1]?.f ?? ''))
    )
      c.alleged = true;
    if (f === 'reportedly') c.reportedlyAt.push(k);
    if (f === 'no' && /^(evidence|sign|indication|proof)$/.test(toks[k + 1]?.f ?? ''))
      c.noEvidence.push(k);
    // "reports that …", "claims that …": the content is reported, or alleged
    if (
      t.p === 'NOUN' &&
      (toks[k + 1]?.f === 'that' || toks[k + 1]?.f === 'of') &&
      toks[k - 1]?.f !== 'no'
    ) {
      if (/^(report|evidence|intelligence|assessment|estimate|finding)$/.test(t.l))
        c.reportedAt.push(k);
      if (/^(claim|allegation|accusation|rumou?r|speculation)$/.test(t.l)) c.allegedAt.push(k);
    }
    if (['but', 'while', 'whereas', 'although', 'though', 'yet'].includes(f)) c.contrasts.push(k);
    if (f === 'according' && toks[k + 1]?.f === 'to') {
      c.accordingAt.push(k);
      c.according ??= ctx.ms.find((m) => m.start > k + 1 && m.start < k + 9 && speakerOk(m));
    }
    if (t.p !== 'VERB' || !(SPEECH_VERBS.has(t.l) || DENY_VERBS.has(t.l))) return;
    const next = toks[k + 1];
    // "…, on which the military declined to comment.": an infinitive attributes nothing
    if (WEAK_SPEECH.has(t.l) && toks[k - 1]?.f === 'to' && next?.v === '.') return;
    if (
      WEAK_SPEECH.has(t.l) &&
      next &&
      !['that', ',', ':', '“', '"', '‘'].includes(next.f) &&
      // (a sentence end: "…, customs data showed." — the folded "." is empty)
      !['.', '!', '?'].includes(next.v) &&
      !ctx.startAt[k + 1] &&
      next.p !== 'PROPN'
    )
      return;
    // "denying inspectors access", "was denied entry": a refusal to grant, not a denial of a claim
    if (
      t.l === 'deny' &&
      toks.slice(k + 1, k + 4).some((x) => DENIED_GRANTS.test(x.f) && x.p === 'NOUN')
    )
      return;
    // "a publicly announced meeting": a participle before a noun is an adjective, not a report
    // (unless it reports: "the reported strike")
    const det = (x: number) => toks[x]?.p === 'DET';
    if (
      /ed$/.test(f) &&
      next?.p === 'NOUN' &&
      (det(k - 1) || (toks[k - 1]?.p === 'ADV' && det(k - 2))) &&
      !['reported', 'alleged', 'claimed'].includes(f)
    )
      return;
    // "is said to", "is believed to": reported, by nobody in particular
    if (toks[k - 1]?.p === 'AUX' && next?.f === 'to') {
      c.reported = true;
      return;
    }
    c.sites.push({ k, deny: DENY_VERBS.has(t.l), allege: ALLEGE_VERBS.has(t.l) });
  });
  cueCache.set(ctx, c);
  return c;
};

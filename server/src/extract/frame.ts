import { AGENT_HEADS, TROOP_HEADS } from './lexicon';
import { POSS } from './mentions';
import { NOUN_RULES, VERB_RULES, type Rule } from './patterns';
import { speakerOf } from './cues';
import { leftSubject } from './scan';
import { isReporting, type Ctx } from './scan-ctx';
import { coordinated, joinedRight } from './scan-lists';
import { listedVerbSubject } from './verb-list';

const QUOTE_MARKS = new Set(['"', '“', '”']);
import type { Mention, Tok } from './types';

/** A matched trigger with its arguments. */
export interface Frame {
  rule: Rule;
  head: number;
  /** the verb whose group carries negation and modality (a light verb for nouns) */
  anchor: number;
  subjects: Mention[];
  objects: Mention[];
  /** start of the clause: status cues are looked for from here */
  clause: number;
  form: 'verb' | 'noun';
  /** the trigger is the complement of an accusation ("accused X of supplying") */
  accused: boolean;
  /** the act is the object of a ban ("its ban on sending weapons"): negated unless lifted */
  banned?: boolean;
}

const NONE = Object.freeze([]) as unknown as Mention[];
/**
 * A frame with every field set, to be completed by spreading it (`{ ...frame, subjects }`).
 * (V8, as in Node 20, takes a slow path when a property the spread object lacks is added
 * after the spread: about 1.5 µs each time, more than all the rule's own work; overwriting
 * a property it has stays fast.)
 */
export const emptyFrame = (
  rule: Rule,
  head: number,
  anchor: number,
  form: Frame['form'],
): Frame => ({
  rule,
  head,
  anchor,
  subjects: NONE,
  objects: NONE,
  clause: anchor,
  form,
  accused: false,
});

/** A frame inferred at verb v by a pass of its own (a clash, a call, a trade cut). */
export const inferredFrame = (
  rule: Rule,
  v: number,
  subjects: Mention[],
  objects: Mention[],
  clause: number,
  head = v,
): Frame => ({ rule, head, anchor: v, subjects, objects, clause, form: 'verb', accused: false });

/** Frames both ways between each pair of sides (a clash, mutual blame, a reciprocal pact). */
export const bothWays = (rule: Rule, v: number, sides: Mention[], clause: number): Frame[] =>
  sides.flatMap((a) =>
    sides
      .filter((b) => b.actorId !== a.actorId)
      .map((b) => inferredFrame(rule, v, [a], [b], clause)),
  );

const byLemma = (rules: Rule[]): Map<string, Rule[]> => {
  const m = new Map<string, Rule[]>();
  for (const r of rules) for (const l of r.lemmas) m.set(l, [...(m.get(l) ?? []), r]);
  return m;
};
export const VERBS = byLemma(VERB_RULES);
export const NOUNS = byLemma(NOUN_RULES);
const PLAN_NOUNS = new Set([
  'talk',
  'plan',
  'bid',
  'effort',
  'negotiation',
  'process',
  'decision',
  'intention',
  'hope',
  'ambition',
  'proposal',
  'idea',
  'option',
]);
/** Texts whose content is their author's act: "a resolution demanding", "a statement condemning". */
const DOCUMENTS = new Set(
  'resolution statement motion communique communiqué declaration letter bill law decree order text'.split(
    ' ',
  ),
);
const BANS = new Set(['ban', 'embargo', 'moratorium', 'prohibition', 'restriction', 'veto']);
const LIFTS = new Set(['lift', 'ease', 'end', 'scrap', 'drop', 'remove', 'relax', 'overturn']);

/** "accused", also when tagged as a noun or adjective ("has long accused"). */
const isAccuse = (t: Tok | undefined): boolean =>
  t !== undefined && (ACCUSE.has(t.l) || /^(accus|blam)/.test(t.f));
const TIME_NOUNS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const ACCUSE = new Set(['accuse', 'suspect', 'blame', 'charge', 'sanction', 'punish', 'penalize']);

/** End of the trigger's clause (exclusive), for item and troop checks. */
export const clauseEnd = (ctx: Ctx, from: number): number => {
  let j = from;
  while (
    j < ctx.toks.length &&
    j < from + 20 &&
    !/^[;:.?!]$/.test(ctx.toks[j]!.v) &&
    !(ctx.toks[j]!.f === ',' && j > from + 3)
  )
    j++;
  return j;
};

export const hasTroops = (ctx: Ctx, from: number, to: number): boolean => {
  for (let k = from; k < to && k < ctx.toks.length; k++) {
    const t = ctx.toks[k]!;
    // "fighter jets", "navy ships": a troop word modifying another noun names equipment
    const modifier = ctx.toks[k + 1]?.p === 'NOUN' && !ctx.cover[k];
    if ((t.p === 'NOUN' && TROOP_HEADS.has(t.l) && !modifier) || ctx.cover[k]?.kind === 'troops')
      return true;
  }
  return false;
};

/**
 * The verb lemma of token i, also when the tagger missed a verb: after "to" or an auxiliary
 * ("to back"), or a gerund after a preposition ("of arming").
 */
export const verbLemma = (ctx: Ctx, i: number): string | null => {
  const t = ctx.toks[i]!;
  if (t.p === 'VERB' || (t.p === 'AUX' && t.l === 'be')) return t.l;
  const prev = ctx.toks[i - 1];
  if (!prev || ctx.cover[i] || !/^[a-z]/.test(t.v)) return null;
  if ((prev.f === 'to' && prev.p === 'PART') || prev.p === 'AUX') {
    if (VERBS.has(t.l)) return t.l;
  }
  // "have received", "has long accused" tagged as an adjective
  let aux = i - 1;
  while (aux > 0 && (ctx.toks[aux]!.p === 'ADV' || ctx.toks[aux]!.f === 'long')) aux--;
  const auxTok = ctx.toks[aux]!;
  if ((auxTok.l === 'have' || auxTok.l === 'be') && t.f.endsWith('ed')) {
    const stem = t.f.slice(0, -2);
    return (
      [stem, `${stem}e`, stem.slice(0, -1), `${stem.slice(0, -1)}y`].find((x) => VERBS.has(x)) ??
      null
    );
  }
  // ("a Vladivostok-based shipping company": an -ing modifier before its noun is no gerund)
  const modifier = t.p === 'ADJ' && ctx.toks[i + 1]?.p === 'NOUN' && prev.p !== 'ADP';
  // ("a publicly announced meeting": a noun after a participle that modifies it)
  const before = ctx.toks[i - 2];
  const modified =
    t.p === 'NOUN' &&
    /ed$/.test(prev.f) &&
    (before?.p === 'DET' || (before?.p === 'ADV' && ctx.toks[i - 3]?.p === 'DET'));
  if (
    (prev.p === 'ADP' || prev.p === 'VERB' || prev.f === ',') &&
    t.f.endsWith('ing') &&
    !modifier &&
    !modified
  ) {
    const stem = t.f.slice(0, -3);
    return [stem, `${stem}e`, stem.slice(0, -1)].find((x) => VERBS.has(x)) ?? null;
  }
  return null;
};

/** Gerunds that only time the act after them: "of continuing to arm". */
const ASPECTUAL = new Set(['continue', 'keep', 'resume', 'begin', 'start']);
const RELATIVE_OBJ = new Set(['which', 'whom', 'who', 'that']);

/** Subject of the verb at i, handling gerunds ("North Korea supplying", "accused X of supplying"). */
export const subjectOf = (
  ctx: Ctx,
  i: number,
  ok: (m: Mention) => boolean,
): {
  ms: Mention[];
  clause: number;
  accused: boolean;
  anchor?: number;
  banned?: boolean;
} | null => {
  const { toks } = ctx;
  const t = toks[i]!;
  // "accused Iran of using Syrian territory to ferry missiles": the gerund's subject
  if (toks[i - 1]?.f === 'to') {
    let g = i - 2;
    // ("of using commercial flights from Tehran to smuggle": past a place of origin)
    while (
      g > 0 &&
      (['NOUN', 'ADJ', 'DET', 'PROPN', 'PRON', 'NUM'].includes(toks[g]!.p) ||
        (['from', 'of', 'in'].includes(toks[g]!.f) && g < i - 2))
    )
      g--;
    // ("accused Iran of continuing to arm the group": an aspectual gerund before the act)
    const aspect = g === i - 2 && ASPECTUAL.has(toks[g]?.l ?? '');
    if (
      (g < i - 2 || aspect) &&
      toks[g]?.p === 'VERB' &&
      /ing$/.test(toks[g]!.f) &&
      ['of', 'by', 'for'].includes(toks[g - 1]?.f ?? '')
    )
      return subjectOf(ctx, g, ok);
  }
  let k = i - 1;
  while (k >= 0 && toks[k]!.p === 'ADV') k--;
  // "ruled out sending", "stepped up supplying": the particle belongs to the verb before it
  if (['out', 'up', 'off'].includes(toks[k]?.f ?? '') && toks[k - 1]?.p === 'VERB') k--;
  let prev = toks[k];
  const progressive = prev?.p === 'AUX';
  // "Meeting in Beijing on Thursday, Xi and Putin pledged …": an opening participle's subject is
  // the main clause's, after the comma
  if (/ing$/i.test(t.v) && k < 0) {
    const comma = toks.findIndex((x, n) => n > i && x.f === ',');
    let j = comma + 1;
    while (comma > 0 && j < comma + 6 && !ctx.startAt[j] && toks[j] && toks[j]!.p !== 'VERB') j++;
    const m = comma > 0 ? ctx.startAt[j] : undefined;
    if (!m || !ok(m)) return null;
    // the main clause's (coordinated) subject: "Xi Jinping and Vladimir Putin pledged"
    return { ms: joinedRight(ctx, m, ok), clause: 0, accused: false };
  }
  // "Rubio held calls with Sharif and Jaishankar, pressing both men to …": a participle after
  // the main verb's objects belongs to the main clause's subject
  if (/ing$/i.test(t.v) && prev?.f === ',' && ctx.endAt[k]) {
    let main = k - 1;
    const finite = (x: Tok) =>
      x.p === 'VERB' && x.f !== x.l && !/ing$/.test(x.f) && !isReporting(x);
    while (main >= 0 && !finite(toks[main]!)) main--;
    if (main >= 0 && ctx.endAt[k]!.start > main) {
      const h = leftSubject(ctx, main, ok);
      if (h) return { ms: coordinated(ctx, h.m, ok, -1), clause: h.clause, accused: false };
    }
  }
  if (/ing$/i.test(t.v) && !progressive && prev) {
    const adj = ctx.endAt[k + 1] ?? (POSS.has(prev.v) ? ctx.endAt[k] : undefined);
    if (adj && ok(adj)) return { ms: [adj], clause: adj.start, accused: false };
    if (['of', 'from', 'for', 'in', 'on', 'about', 'by'].includes(prev.f)) {
      const m = ctx.endAt[k];
      if (m && ok(m))
        return {
          ms: coordinated(ctx, m, ok, -1),
          clause: m.start,
          accused: isAccuse(toks[m.start - 1]?.p === 'DET' ? toks[m.start - 2] : toks[m.start - 1]),
        };
      // "refrained from sending", "stopped short of arming": the subject of that verb
      if (toks[k - 1]?.p === 'VERB' && !ACCUSE.has(toks[k - 1]!.l)) {
        const g = leftSubject(ctx, k - 1, ok);
        if (g) return { ms: coordinated(ctx, g.m, ok, -1), clause: g.clause, accused: false };
      }
      // "accused by Western governments of sending": look past the agent for the accusation
      let a = k - 1;
      while (a > 0 && a > k - 12 && !ACCUSE.has(toks[a]!.l) && toks[a]!.p !== 'PUNCT') a--;
      const v = toks[a];
      if (v && ACCUSE.has(v.l) && a < k - 1 && toks[a - 1]?.p === 'AUX') {
        const h = leftSubject(ctx, a, ok);
        return h ? { ms: [h.m], clause: h.clause, accused: true } : null;
      }
      // "accused Moscow on Thursday of targeting": the accused, before an adverbial
      if (v && ACCUSE.has(v.l) && a < k - 1) {
        let b = a + 1;
        while (toks[b]?.p === 'DET' && b < k) b++;
        const m = ctx.startAt[b];
        // "accused its neighbour of backing the rebels": the accused is the neighbour, unnamed
        const owned = m?.poss
          ? toks[POSS.has(toks[m.end]?.v ?? '') ? m.end + 1 : m.end]
          : undefined;
        if (owned && owned.p === 'NOUN' && !AGENT_HEADS.has(owned.l)) return null;
        if (m && ok(m)) return { ms: coordinated(ctx, m, ok, 1), clause: a, accused: true };
      }
      if (v && ACCUSE.has(v.l) && a === k - 1) {
        // "firms accused of shipping", "companies it accused of helping"
        const pron = toks[k - 2]?.p === 'PRON' ? ctx.endAt[k - 2] : undefined;
        // "NATO, which he accused of massing forces": the relative's antecedent is accused
        const accuser = ctx.endAt[k - 1];
        const rel = accuser ? accuser.start - 1 : -1;
        if (accuser && RELATIVE_OBJ.has(toks[rel]?.f ?? '')) {
          const ante =
            ctx.endAt[rel] ?? (toks[rel - 1]?.f === ',' ? ctx.endAt[rel - 1] : undefined);
          return ante && ok(ante) ? { ms: [ante], clause: rel, accused: true } : null;
        }
        // "shipping firms accused of helping": an unnamed subject, not the clause's
        const unnamed = toks[k - 2]?.p === 'NOUN' && !ctx.endAt[k - 1];
        const h =
          ctx.endAt[k - 1] ?? pron ?? (unnamed ? undefined : leftSubject(ctx, k - 1, ok)?.m);
        return h && ok(h) ? { ms: [h], clause: h.start, accused: true } : null;
      }
      // "their alleged role in supplying"
      for (let b = k - 1; b >= 0 && b >= k - 4; b--) {
        const m = ctx.endAt[b] ?? ctx.endAt[b + 1];
        if (m && m.poss && ok(m)) {
          // "would reconsider its ban on sending": the verb governing the ban carries the status
          if (!BANS.has(toks[k - 1]?.l ?? '')) return { ms: [m], clause: m.start, accused: false };
          const v = m.start - 1;
          const lifted = LIFTS.has(toks[v]?.l ?? '');
          return {
            ms: [m],
            clause: m.start,
            accused: false,
            banned: !lifted,
            ...(toks[v]?.p === 'VERB' && !lifted ? { anchor: v } : {}),
          };
        }
      }
      // "suspended talks on joining", "plans for sending": the subject of the clause
      if (PLAN_NOUNS.has(toks[k - 1]?.l ?? '')) {
        const h = leftSubject(ctx, k - 1, ok);
        let v = k - 2;
        while (v >= 0 && ['DET', 'ADJ'].includes(toks[v]!.p)) v--;
        const anchor = toks[v]?.p === 'VERB' ? v : undefined;
        return h
          ? {
              ms: coordinated(ctx, h.m, ok, -1),
              clause: h.clause,
              accused: false,
              ...(anchor !== undefined ? { anchor } : {}),
            }
          : null;
      }
      return null;
    }
    // "a resolution on Monday calling on Moscow": look past a time adverbial
    if (
      prev.p === 'PROPN' &&
      TIME_NOUNS.has(prev.f) &&
      toks[k - 1]?.f === 'on' &&
      DOCUMENTS.has(toks[k - 2]?.l ?? '')
    ) {
      k -= 2;
      prev = toks[k]!;
    }
    // "a joint EU statement condemning China": the body behind the statement
    if (prev.p === 'NOUN') {
      const owner = ctx.endAt[k] ?? (POSS.has(toks[k - 1]?.v ?? '') ? ctx.endAt[k - 1] : undefined);
      let v = owner ? owner.start - 1 : -1;
      while (v >= 0 && ['DET', 'ADJ'].includes(toks[v]!.p)) v--;
      // "adopted a resolution demanding …", "to table a motion condemning …": whoever issues it
      if (!owner && DOCUMENTS.has(prev.l)) {
        let d = k - 1;
        while (d >= 0 && ['DET', 'ADJ', 'NOUN', 'NUM'].includes(toks[d]!.p) && !ctx.endAt[d + 1])
          d--;
        const g = toks[d]?.p === 'VERB' ? leftSubject(ctx, d, ok) : null;
        return g
          ? { ms: coordinated(ctx, g.m, ok, -1), clause: g.clause, accused: false, anchor: d }
          : null;
      }
      return owner && ok(owner)
        ? {
            ms: [owner],
            clause: owner.start,
            accused: false,
            ...(toks[v]?.p === 'VERB' ? { anchor: v } : {}),
          }
        : null;
    }
    // "calling for peace and urging Moscow to …": a gerund coordinated with an earlier one
    if (prev.f === 'and' || prev.f === 'or') {
      const g = toks.findLastIndex((x, n) => n < k && x.p === 'VERB' && /ing$/i.test(x.v));
      if (g >= 0 && g > k - 12) return subjectOf(ctx, g, ok);
    }
    // "after accusing Caracas of …", "while insisting …": the subject of the main clause
    if (
      ['after', 'before', 'while', 'since', 'when', 'despite', 'without', 'besides'].includes(
        prev.f,
      )
    ) {
      // "…, Rutte said on Monday after meeting …": the subject of the verb it hangs on
      const v = toks.findLastIndex((x, n) => n < k && x.p === 'VERB');
      // ("warned Seoul that it would pay a price, after accusing the South of …": after a
      // comma, the main clause's subject)
      const main = toks[k - 1]?.f === ',' ? toks.findIndex((x) => x.p === 'VERB') : -1;
      const g =
        (main >= 0 && main < k ? leftSubject(ctx, main, ok) : null) ??
        leftSubject(ctx, k, ok) ??
        (v >= 0 ? leftSubject(ctx, v, ok) : null);
      return g ? { ms: coordinated(ctx, g.m, ok, -1), clause: g.clause, accused: false } : null;
    }
    if (prev.f !== ',' && prev.f !== 'to' && prev.p !== 'VERB') return null;
    // "denied supplying", "continue supporting": the subject of the governing verb
    if (prev.p === 'VERB') {
      const g = leftSubject(ctx, k, ok);
      return g ? { ms: coordinated(ctx, g.m, ok, -1), clause: g.clause, accused: false } : null;
    }
    // "…,” Lin Jian said on Monday, accusing the United States of …": the speaker
    if (prev.f === ',') {
      const v = toks.findLastIndex((x, n) => n < k && n >= k - 10 && x.p === 'VERB');
      const between = toks.slice(v + 1, k).some((x) => x.f === ',' || QUOTE_MARKS.has(x.f));
      if (v >= 0 && !between && isReporting(toks[v]!)) {
        const sp = speakerOf(ctx, v, -1);
        if (sp && ok(sp)) return { ms: [sp], clause: k, accused: false };
      }
    }
  }
  // "X said that …, and urged Tehran to …": a verb coordinated with the main verb shares its subject
  let b = i - 1;
  while (b >= 0 && ['ADV', 'AUX'].includes(toks[b]!.p)) b--;
  // (", but warned Pyongyang": likewise)
  if ((toks[b]?.f === 'and' || toks[b]?.f === 'but') && toks[b - 1]?.f === ',') {
    const v = toks.findIndex((x, n) => n < b && x.p === 'VERB');
    const g = v >= 0 ? leftSubject(ctx, v, ok) : null;
    if (g) return { ms: coordinated(ctx, g.m, ok, -1), clause: g.clause, accused: false };
  }
  const launched = launchedBy(ctx, b + 1, ok);
  if (launched) return { ms: [launched], clause: launched.start, accused: false };
  const listed = listedVerbSubject(ctx, i, ok);
  if (listed) return { ms: coordinated(ctx, listed.m, ok, -1), clause: i - 1, accused: false };
  const h = leftSubject(ctx, i, ok);
  return h ? { ms: coordinated(ctx, h.m, ok, -1), clause: h.clause, accused: false } : null;
};

const LAUNCHED = new Set(['launch', 'fire', 'send', 'fly', 'operate', 'deploy', 'use']);
/**
 * "Drones launched by Hezbollah struck Haifa": the agent of a participle inside the subject
 * noun phrase acts through it (the verb at v follows the agent directly).
 */
const launchedBy = (ctx: Ctx, v: number, ok: (m: Mention) => boolean): Mention | undefined => {
  const { toks } = ctx;
  const m = ctx.endAt[v];
  if (!m || !ok(m)) return undefined;
  let b = m.start - 1;
  while (b >= 0 && ['DET', 'ADJ'].includes(toks[b]!.p)) b--;
  const part = toks[b - 1];
  if (toks[b]?.f !== 'by' || !part || part.p !== 'VERB' || !LAUNCHED.has(part.l)) return undefined;
  const head = toks[b - 2];
  return head && ['NOUN', 'PROPN'].includes(head.p) && !ctx.cover[b - 2] ? m : undefined;
};

/** Expands "the two leaders" into both actors of the pair. */
export const withPartners = (ms: Mention[]): Mention[] =>
  ms.some((m) => m.partner !== undefined || m.group !== undefined)
    ? ms.flatMap((m) =>
        m.group !== undefined
          ? m.group.map((id) => ({ ...m, actorId: id, group: undefined, grouped: true }))
          : m.partner !== undefined
            ? [m, { ...m, actorId: m.partner, partner: undefined }]
            : [m],
      )
    : ms;

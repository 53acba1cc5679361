/** The claims of one tagged sentence. */
import { isSymmetric, type ClaimStatus, type Predicate } from '../domain';
import { corefMentions } from './coref';
import { activateShortNames, remember, roleMentions } from './coref-state';
import { countermeasureThreats } from './counter';
import { impliedSupplies } from './deals';
import { itemsIn, quantityIn, sentenceDate } from './details';
import { ACT_OF } from './lexicon';
import { gazetteerMentions } from './mentions';
import { nameMentions, type ArticleState } from './names';
import type { RawSentence } from './nlp';
import { repairTags } from './retag';
import { clauseEnd, findFrames } from './relations';
import { makeCtx, sideOf, type Ctx } from './scan-ctx';
import { frameStatus } from './status';
import { structuralFacts } from './structural';
import type { ArticleMeta, ExtractedClaim, Gazetteer, Mention, Sentence } from './types';

/** Extracted claims never claim more than this; curated claims default to 0.9. */
export const MAX_CONFIDENCE = 0.6;
const HOSTILE_ACTS = new Set<Predicate>(['ATTACKS', 'SANCTIONS']);
const DETAILED = new Set<Predicate>(['SUPPLIES', 'DEPLOYS_TROOPS_TO', 'ATTACKS']);

interface Draft {
  p: Predicate;
  s: string;
  o: string;
  status: ClaimStatus;
  head: number;
  from: number;
  confidence: number;
  speaker?: string;
}

const sentenceMentions = (
  sent: Sentence,
  gaz: Gazetteer,
  st: ArticleState,
  text: string,
  index: number,
): Mention[] => {
  let ms = gazetteerMentions(sent.toks, gaz, st.short);
  if (activateShortNames(ms, gaz, st)) ms = gazetteerMentions(sent.toks, gaz, st.short);
  ms = nameMentions(sent.toks, ms, gaz, st, text, index);
  ms = roleMentions(sent.toks, corefMentions(sent.toks, ms, gaz, st), gaz, st);
  activateShortNames(ms, gaz, st);
  remember(ms, gaz, st);
  return ms;
};

/** Claims of one sentence, before details. */
const drafts = (ctx: Ctx, st: ArticleState, index: number): Draft[] => {
  const out: Draft[] = [];
  for (const f of findFrames(ctx)) {
    const p = f.rule.p;
    const pairs: [Mention, Mention][] = f.objects.length
      ? f.subjects.flatMap((s) => f.objects.map((o): [Mention, Mention] => [s, o]))
      : isSymmetric(p)
        ? f.subjects
            // (mediators of a deal or of talks are not its parties)
            .filter((s) => !s.grouped && ctx.toks[s.end - 1]?.l !== 'mediator')
            .flatMap((s, k, a) => a.slice(k + 1).map((o): [Mention, Mention] => [s, o]))
        : [];
    // (a frame without a pair makes no claim: its status is not needed)
    if (pairs.length === 0) continue;
    const { status, speaker } = frameStatus(ctx, f);
    for (const [s, first] of pairs.slice(0, 9)) {
      // "accused India of strikes on its territory": "its" is not the attacker's own
      const o =
        first.actorId === s.actorId && first.alt !== undefined
          ? { ...first, actorId: first.alt }
          : first;
      const resolved = s.resolved || o.resolved;
      const confidence =
        (f.form === 'verb' && !f.rule.flags.has('agentive') ? 0.6 : 0.5) - (resolved ? 0.1 : 0);
      const from = Math.min(f.head, f.anchor, ...f.subjects.map((m) => m.start));
      out.push({
        p,
        s: s.actorId,
        o: o.actorId,
        status,
        head: f.head,
        from,
        confidence,
        ...(speaker ? { speaker: speaker.actorId } : {}),
      });
    }
  }
  // "would take resolute measures": a threat against the state's latest adversary
  // (not when a warning with a named target carries it: "warned Beijing that Tokyo would …")
  for (const t of countermeasureThreats(ctx, st, out))
    if (!out.some((d) => d.p === 'WARNS' && (d.s === t.s.actorId || d.head < t.head)))
      out.push({
        p: 'WARNS',
        s: t.s.actorId,
        o: t.o,
        status: 'ASSERTED',
        head: t.head,
        from: t.head,
        confidence: 0.4,
      });
  // "arrived in Niger along with an air-defence system", "signed a deal … to buy 20 jets"
  for (const d of impliedSupplies(ctx, out)) out.push({ ...d, from: d.head, confidence: 0.4 });
  for (const fact of structuralFacts(ctx, st, index)) {
    // the sentence's own cues (reported, hypothetical…) apply to structural facts too
    const rule = {
      p: fact.p,
      lemmas: new Set<string>(),
      obj: new Set<string>(),
      prepObj: new Set<string>(),
      flags: new Set<string>(),
    };
    const status = fact.cued
      ? frameStatus(ctx, {
          rule,
          head: fact.head,
          anchor: fact.head,
          subjects: [],
          objects: [],
          clause: fact.head,
          form: 'verb',
          accused: false,
        }).status
      : 'ASSERTED';
    out.push({
      p: fact.p,
      s: fact.subjectId,
      o: fact.objectId,
      status,
      head: fact.head,
      from: fact.head,
      confidence: fact.resolved ? 0.4 : 0.5,
    });
  }
  return out;
};

export const nameOf = (gaz: Gazetteer, st: ArticleState, id: string): string =>
  gaz.actors.get(id)?.name ?? st.created.get(id)?.name ?? id;

/** The claims of one sentence worth tagging. */
export const sentenceClaims = (
  raw: RawSentence,
  sent: Sentence,
  index: number,
  text: string,
  meta: ArticleMeta,
  articleDate: string | undefined,
  gaz: Gazetteer,
  st: ArticleState,
): { claims: ExtractedClaim[]; ctx: Ctx } => {
  repairTags(sent.toks);
  const ms = sentenceMentions(sent, gaz, st, text, index);
  const ctx = makeCtx(sent.toks, ms, gaz);
  const evidence = text.slice(sent.start, sent.end);
  let date: string | null | undefined;
  const seen = new Set<string>();
  const out: ExtractedClaim[] = [];
  for (const d of drafts(ctx, st, index)) {
    if (d.s === d.o) continue;
    // a state's own official does not attack or sanction that state
    if (HOSTILE_ACTS.has(d.p) && sideOf(gaz, d.s, st.created) === sideOf(gaz, d.o, st.created))
      continue;
    const [a, b] = isSymmetric(d.p) && d.o < d.s ? [d.o, d.s] : [d.s, d.o];
    const key = `${a}|${d.p}|${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // "Iraq condemned the strikes": who last did the act named by this very word
    const act = ACT_OF[sent.toks[d.head]?.l ?? ''] ?? sent.toks[d.head]?.l;
    if (d.p === 'ATTACKS' && act !== undefined) st.lastBy.set(`act:${act}`, d.s);
    const end = clauseEnd(ctx, d.head + 1);
    const detailed = DETAILED.has(d.p);
    out.push({
      subject: nameOf(gaz, st, d.s),
      predicate: d.p,
      object: nameOf(gaz, st, d.o),
      status: d.status.toLowerCase() as ExtractedClaim['status'],
      source: meta.source,
      evidence,
      start: sent.start,
      end: sent.end,
      date: (date ??= sentenceDate(evidence, articleDate)),
      items: detailed ? itemsIn(sent.toks, d.from, end) : [],
      quantity: detailed ? quantityIn(sent.toks, Math.max(0, d.from - 3), end) : null,
      confidence: Math.min(MAX_CONFIDENCE, d.confidence),
      subjectId: d.s,
      objectId: d.o,
      ...(d.speaker !== undefined && d.speaker !== d.s
        ? { attributedTo: nameOf(gaz, st, d.speaker), attributedToId: d.speaker }
        : {}),
    });
  }
  return { claims: out, ctx };
};

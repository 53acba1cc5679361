import type { RawSentence } from './nlp';
import { leftSubject } from './scan';
import { sideOf, type Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { ExtractedClaim, Mention, StatusName } from './types';

const actorOk = (m: Mention): boolean => m.kind === 'actor' || m.kind === 'agent';
const STRUCTURAL = new Set(['OFFICIAL_OF', 'MEMBER_OF']);
const FACTS = new Set<StatusName>(['asserted', 'reported', 'alleged']);

interface Follower {
  m: Mention;
  /** "urged the EU to follow suit", "has not followed suit": the repeat is not a fact */
  status?: StatusName;
}
const MODALS = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'must']);
const REFUSALS = new Set(['refuse', 'decline', 'fail']);

/** Whether the verb at k is only supposed ("to follow suit") or negated ("did not follow suit"). */
const unsure = (ctx: Ctx, k: number): StatusName | undefined => {
  let b = k - 1;
  while (ctx.toks[b]?.p === 'ADV' && !['not', 'never'].includes(ctx.toks[b]!.f)) b--;
  const t = ctx.toks[b];
  if (!t) return undefined;
  if (['not', 'never', "n't"].includes(t.f)) return 'negated';
  if (t.f === 'to' && REFUSALS.has(ctx.toks[b - 1]?.l ?? '')) return 'negated';
  return MODALS.has(t.f) ? 'hypothetical' : undefined;
};

/**
 * Who repeats an act by ellipsis: "…, as did Japan", "Canada followed suit", "Germany did the
 * same", "So did Britain". Returns the followers, or none.
 */
const followersOf = (ctx: Ctx): Follower[] => {
  const { toks } = ctx;
  const out: Follower[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // "as did Japan", "so did Britain and France"
    const at = toks[k + 2]?.p === 'DET' ? k + 3 : k + 2;
    if ((t.f === 'as' || t.f === 'so') && toks[k + 1]?.f === 'did' && ctx.startAt[at]) {
      if (t.f === 'so' && k > 0 && toks[k - 1]?.f !== ',' && toks[k - 1]?.f !== 'and') continue;
      const m = ctx.startAt[at];
      if (actorOk(m)) out.push(...coordinated(ctx, m, actorOk, 1).map((x) => ({ m: x })));
    }
    // "followed suit", "did the same", "did likewise"
    const follow = t.l === 'follow' && toks[k + 1]?.f === 'suit';
    const same =
      t.l === 'do' &&
      t.p !== 'AUX' &&
      (toks[k + 1]?.f === 'likewise' ||
        (toks[k + 1]?.f === 'the' && toks[k + 2]?.f === 'same' && !ctx.startAt[k + 3]));
    if (follow || same) {
      const h = leftSubject(ctx, k, actorOk);
      const status = unsure(ctx, k);
      if (h)
        out.push(
          ...coordinated(ctx, h.m, actorOk, -1).map((x) => ({
            m: x,
            ...(status ? { status } : {}),
          })),
        );
    }
  }
  return out;
};

/** The actor that leads a sentence (its first actor mention): usually its subject. */
export const leadOf = (ctx: Ctx): string | undefined => {
  const m = ctx.ms.find(actorOk);
  return m && sideOf(ctx.gaz, m.actorId);
};

/**
 * Claims repeated by ellipsis: the act of this sentence (or else of the one before) restated
 * for each follower, with this sentence as evidence. Hand-written: no library resolves
 * verb-phrase ellipsis.
 */
export const ellipsisClaims = (
  ctx: Ctx,
  text: string,
  sent: RawSentence,
  here: readonly ExtractedClaim[],
  before: { claims: readonly ExtractedClaim[]; lead: string | undefined },
  nameOf: (id: string) => string,
): ExtractedClaim[] => {
  if (!ctx.toks.some((t) => t.f === 'did' || t.l === 'follow')) return [];
  const followers = followersOf(ctx);
  if (followers.length === 0) return [];
  const ids = new Set(followers.map((f) => f.m.actorId));
  const statusOf = new Map(followers.map((f) => [f.m.actorId, f.status]));
  // the act repeated is the main one: its subject leads its sentence (and it is not the
  // urging of the followers: "called on the EU to follow suit")
  const usable = (c: ExtractedClaim, lead: string | undefined) =>
    !STRUCTURAL.has(c.predicate) &&
    !ids.has(c.subjectId) &&
    !ids.has(c.objectId) &&
    sideOf(ctx.gaz, c.subjectId) === lead;
  const first =
    here.find((c) => usable(c, leadOf(ctx))) ?? before.claims.find((c) => usable(c, before.lead));
  if (!first) return [];
  const template = [...here, ...before.claims].filter(
    (c) =>
      !ids.has(c.subjectId) && c.subjectId === first.subjectId && c.predicate === first.predicate,
  );

  const out: ExtractedClaim[] = [];
  const seen = new Set<string>();
  for (const id of ids)
    for (const c of template) {
      const key = `${id}|${c.objectId}`;
      if (c.objectId === id || seen.has(key)) continue;
      seen.add(key);
      const status = statusOf.get(id);
      out.push({
        ...c,
        ...(status && FACTS.has(c.status) ? { status } : {}),
        subject: nameOf(id),
        subjectId: id,
        evidence: text.slice(sent.start, sent.end),
        start: sent.start,
        end: sent.end,
      });
    }
  return out;
};

import type { Predicate } from '../domain';
import { OFFICIAL_ROLES, ROLE_WORDS } from './lexicon';
import type { ArticleState } from './names';
import { matchAt } from './mentions';
import { rightObjects } from './objects';
import { leftSubject } from './scan';
import type { Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { Mention } from './types';

/** A structural fact: who holds a role where, which state belongs to which organization. */
export interface Fact {
  p: Predicate;
  subjectId: string;
  objectId: string;
  head: number;
  resolved: boolean;
  /** the sentence's status cues (reported, hypothetical…) apply: a statement, not a description */
  cued?: boolean;
}

const APPOINT = new Set([
  'be',
  'become',
  'appoint',
  'name',
  'elect',
  'serve',
  'remain',
  'nominate',
  'install',
]);
const kindOf = (ctx: Ctx, st: ArticleState, id: string) =>
  ctx.gaz.actors.get(id)?.kind ?? st.created.get(id)?.kind;

/** "X was appointed Ukraine's foreign minister", "X is the foreign minister of Ukraine". */
const officialOf = (ctx: Ctx, st: ArticleState): Fact[] => {
  const out: Fact[] = [];
  for (const p of ctx.ms) {
    if (p.poss || kindOf(ctx, st, p.actorId) !== 'OFFICIAL') continue;
    let k = p.end;
    while (
      ctx.toks[k + 1] &&
      ['AUX', 'ADV'].includes(ctx.toks[k]!.p) &&
      ['AUX', 'ADV', 'VERB'].includes(ctx.toks[k + 1]!.p)
    )
      k++;
    const v = ctx.toks[k];
    if (!v || !APPOINT.has(v.l) || k > p.end + 3) continue;
    if (ctx.toks[k + 1]?.f === 'as') k++;
    for (let j = k + 1; j < ctx.toks.length && j < k + 8; j++) {
      const m = ctx.startAt[j];
      const t = ctx.toks[j]!;
      if (m) {
        const head = ctx.toks[m.end - 1]!;
        const titled =
          OFFICIAL_ROLES.has(head.l) ||
          ctx.toks.slice(k + 1, j).some((x) => OFFICIAL_ROLES.has(x.l));
        if (titled && m.actorId !== p.actorId && kindOf(ctx, st, m.actorId) !== 'OFFICIAL')
          out.push({
            p: 'OFFICIAL_OF',
            subjectId: p.actorId,
            objectId: m.actorId,
            head: k,
            resolved: !!p.resolved,
            cued: true,
          });
        break;
      }
      if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP'].includes(t.p) && !ROLE_WORDS.has(t.f)) break;
    }
  }
  return out;
};

/** "NATO members Poland and Lithuania", "Sweden, the newest NATO member", "a member of the EU". */
const memberOf = (ctx: Ctx, st: ArticleState): Fact[] => {
  const out: Fact[] = [];
  const isOrg = (m: Mention) => kindOf(ctx, st, m.actorId) === 'ORGANIZATION';
  const isState = (m: Mention) =>
    kindOf(ctx, st, m.actorId) === 'STATE' && m.kind !== 'place' && m.kind !== 'other';
  ctx.toks.forEach((t, i) => {
    if (t.l !== 'member' || t.p !== 'NOUN') return;
    const before =
      ctx.endAt[i] ?? (/^['’]/.test(ctx.toks[i - 1]?.v ?? '') ? ctx.endAt[i - 1] : undefined);
    const org =
      before && isOrg(before) ? before : rightObjects(ctx, i + 1, new Set(['of']), isOrg)[0];
    if (!org) return;
    let start = before ? before.start : i;
    while (start > 0 && ['DET', 'ADJ', 'NUM'].includes(ctx.toks[start - 1]!.p)) start--;
    const after = ctx.startAt[i + 1];
    const subjects =
      after && isState(after)
        ? coordinated(ctx, after, isState, 1)
        : leftSubject(ctx, start, isState)
          ? [leftSubject(ctx, start, isState)!.m]
          : [];
    for (const s of subjects)
      out.push({
        p: 'MEMBER_OF',
        subjectId: s.actorId,
        objectId: org.actorId,
        head: i,
        resolved: !!s.resolved,
      });
  });
  return out;
};

/** New officials whose role and affiliation the sentence states ("Dutch Defence Minister Ruben Brekelmans"). */
const statedRoles = (ctx: Ctx, st: ArticleState, sentence: number): Fact[] =>
  [...st.stated.entries()]
    .filter(([, v]) => v.sentence === sentence)
    .flatMap(([id]) => {
      const a = st.created.get(id);
      const m = ctx.ms.find((x) => x.actorId === id);
      return a?.affiliation && m
        ? [
            {
              p: 'OFFICIAL_OF' as const,
              subjectId: id,
              objectId: a.affiliation,
              head: m.start,
              resolved: false,
            },
          ]
        : [];
    });

/**
 * "Iranian-made drones used by Russia", "Russia fired North Korean-made missiles": the maker
 * of the weapon supplied its user.
 */
const madeWeapons = (ctx: Ctx): Fact[] => {
  const out: Fact[] = [];
  const user = (m: Mention) => m.kind === 'actor' || m.kind === 'agent' || m.kind === 'troops';
  for (const w of ctx.ms) {
    if (!w.made) continue;
    let by: Mention | undefined;
    for (let j = w.end; j < ctx.toks.length && j < w.end + 6 && !by; j++) {
      if (ctx.toks[j]!.f === 'by' && ctx.toks[j - 1]?.p === 'VERB')
        by = ctx.startAt[j + 1] ?? ctx.startAt[j + 2];
      if (/^[,;.]$/.test(ctx.toks[j]!.v)) break;
    }
    let v = w.start - 1;
    while (v >= 0 && ['DET', 'ADJ', 'NUM'].includes(ctx.toks[v]!.p)) v--;
    const u =
      by && user(by) ? by : ctx.toks[v]?.p === 'VERB' ? leftSubject(ctx, v, user)?.m : undefined;
    if (u && u.actorId !== w.actorId)
      out.push({
        p: 'SUPPLIES',
        subjectId: w.actorId,
        objectId: u.actorId,
        head: w.start,
        resolved: !!u.resolved,
        cued: true,
      });
  }
  return out;
};

const BACKED = new Set(['backed', 'sponsored', 'supported', 'funded', 'armed']);

/** "the Iran-backed Houthis", "the Iranian-backed group": the sponsor supports the group. */
const backedGroups = (ctx: Ctx): Fact[] => {
  const out: Fact[] = [];
  ctx.toks.forEach((t, k) => {
    if (!BACKED.has(t.f) || ctx.toks[k - 1]?.f !== '-' || k < 2) return;
    const inner = ctx.cover[k - 2];
    const sponsor =
      inner && inner.end === k - 1
        ? inner.actorId
        : matchAt(ctx.toks, k - 2, ctx.gaz)?.entry.actorId;
    let j = k + 1;
    while (ctx.toks[j]?.p === 'ADJ' && !ctx.startAt[j]) j++;
    const group = ctx.cover[k] ?? ctx.startAt[j];
    if (sponsor === undefined || !group || group.actorId === sponsor) return;
    if (ctx.gaz.actors.get(sponsor)?.kind !== 'STATE') return;
    out.push({
      p: 'SUPPORTS',
      subjectId: sponsor,
      objectId: group.actorId,
      head: k,
      resolved: false,
    });
  });
  return out;
};

export const structuralFacts = (ctx: Ctx, st: ArticleState, sentence: number): Fact[] => [
  ...backedGroups(ctx),
  ...officialOf(ctx, st),
  ...memberOf(ctx, st),
  ...statedRoles(ctx, st, sentence),
  ...madeWeapons(ctx),
];

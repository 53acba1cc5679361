/** The frame of a trigger noun: its subjects and objects, from its phrase and its verb. Pure. */
import { emptyFrame, subjectOf, type Frame } from './frame';
import { blameFor, nounPhrase, reducedPassive } from './frame-noun-phrase';
import {
  CURRENCIES,
  DURATIONS,
  FALLBACK_PREPS,
  QUANTITY_WORDS,
  REACTION_VERBS,
  RESPONDING,
  SIGNING,
} from './frame-noun-words';
import { reactionTarget, vowFrame } from './frame-reaction';
import { POSS } from './mentions';
import { LIGHT_VERBS, type Rule } from './patterns';
import { rightObjects } from './objects';
import { byAgent, relativeUser } from './objects-agents';
import { ACT_NOUNS } from './objects-words';

/** Words opening a time adverbial after a participle: "imposed last month on". */
const TIME_START = new Set(['last', 'this', 'earlier', 'in', 'on']);

/** "overtook China as …": verbs of displacing another in a role. */
const OVERTAKE = new Set([
  'overtake',
  'replace',
  'surpass',
  'displace',
  'unseat',
  'eclipse',
  'overtook',
]);
import { leftSubject } from './scan';
import { isReporting, objectOk, POSS_PRON, subjectOk, type Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { Mention } from './types';

/** Verbs whose objects are guests: "hosted X and Y for talks". */
const HOST_VERBS = new Set(['host', 'invite', 'welcome', 'receive', 'summon', 'convene']);

/** The frame of a trigger noun at i ("Iran's deliveries to Moscow", "imposed sanctions on", "talks between"). */
export const nounFrame = (ctx: Ctx, i: number, rule: Rule): Frame | null => {
  const { toks } = ctx;
  const { p, flags } = rule;
  const { s, inner, about } = nounPhrase(ctx, i);
  if (flags.has('vow')) return vowFrame(ctx, i, s, rule);
  // "hosted the ministers of Egypt and Jordan for talks": the visit's purpose, not a meeting
  // among the guests (the host verb before it holds the meeting)
  if (
    p === 'MEETS' &&
    toks[s - 1]?.f === 'for' &&
    !['with', 'between'].includes(toks[i + 1]?.f ?? '')
  ) {
    const verb = toks.slice(Math.max(0, s - 25), s - 1).findLast((t) => t.p === 'VERB');
    // ("for a trilateral meeting": the guests meet each other too)
    const joint = toks.slice(s, i).some((t) => /lateral$|^joint$|-way$/.test(t.f));
    if (verb && HOST_VERBS.has(verb.l) && !joint) return null;
  }
  // "lethal support" is weapons (a supply), not political support
  if (p === 'SUPPORTS' && toks[i - 1]?.f === 'lethal') return null;
  // "signed a joint declaration" (not "said in a joint statement")
  const before = toks.slice(Math.max(0, i - 6), i);
  if (
    flags.has('joint') &&
    // ("signed a joint declaration", "a U.S.-brokered peace declaration")
    !(
      before.some((t) => t.f === 'joint' || t.f === 'peace') && before.some((t) => SIGNING.has(t.l))
    )
  )
    return null;
  if (flags.has('signed') && !before.some((t) => SIGNING.has(t.l))) return null;
  if (inner && inner === ctx.cover[i] && inner.kind === 'actor') return null;
  const okS = (m: Mention): boolean => subjectOk(m, p, true) || (m.kind === 'event' && !m.unsure);
  const okO = (m: Mention): boolean =>
    objectOk(m, p) && (!flags.has('org') || ctx.gaz.actors.get(m.actorId)?.kind === 'ORGANIZATION');
  const frame = emptyFrame(rule, i, s, 'noun');
  const markers = new Set([...rule.obj].filter((x) => x !== 'poss'));
  if (toks[i + 1]?.f === 'between') {
    const pair = rightObjects(ctx, i + 1, new Set(['between']), okO);
    return pair.length >= 2
      ? { ...frame, subjects: pair.slice(0, 1), objects: pair.slice(1) }
      : null;
  }
  // "New Delhi's purchases of Russian crude": the possessor buys, the goods' state sells
  if (flags.has('inverse') && !flags.has('agentive')) {
    if (!inner || !(inner.poss || POSS.has(toks[inner.end]?.v ?? '')) || !okS(inner)) return null;
    const sellers = rightObjects(
      ctx,
      i + 1,
      markers,
      (m) => m.kind !== 'place' && m.actorId !== inner.actorId,
    );
    return sellers.length > 0 ? { ...frame, subjects: sellers, objects: [inner] } : null;
  }
  if (flags.has('agentive')) {
    const okA = flags.has('inverse') ? (m: Mention) => objectOk(m, p) : okS;
    // "the group's supporters staged protests": an agentive noun names its actor only after a
    // copula, "as", "being" or in apposition ("Russia became India's largest supplier")
    let c = s - 1;
    while (c >= 0 && toks[c]!.p === 'ADV') c--;
    // "remained by far the main supplier"
    if (toks[c]?.f === 'by' && toks[c + 1]?.f === 'far') c--;
    // "has become one of the biggest buyers", "remains among the largest suppliers"
    if (toks[c]?.f === 'of' && ['one', 'some'].includes(toks[c - 1]?.f ?? '')) c -= 2;
    else if (toks[c]?.f === 'among') c--;
    while (c >= 0 && toks[c]!.p === 'ADV') c--;
    const linked =
      ['be', 'become', 'remain', 'emerge', 'serve', 'act', 'rank', 'stay'].includes(
        toks[c]?.l ?? '',
      ) ||
      [',', 'as', 'being', '(', 'that'].includes(toks[c]?.f ?? '') ||
      c < 0;
    if (!linked) return null;
    // "accused China of being a decisive enabler of Russia's war": the subject of "being"
    const being = toks[s - 1]?.f === 'being' ? subjectOf(ctx, s - 1, okA) : null;
    const h = being
      ? { m: being.ms[0]!, clause: being.clause, accused: being.accused }
      : leftSubject(ctx, s, okA);
    if (!h) return null;
    const inverse = flags.has('inverse');
    // "Turkey overtook China as Russia's largest supplier": both have been
    const passed = toks[h.m.start - 1];
    const overtaker =
      toks[c]?.f === 'as' &&
      (OVERTAKE.has(passed?.l ?? '') || OVERTAKE.has(passed?.f ?? '')) &&
      // (not in a relative clause: "Mexico, which overtook Venezuela as …, has sent none since")
      !['which', 'who', 'that'].includes(toks[h.m.start - 2]?.f ?? '')
        ? leftSubject(ctx, h.m.start - 1, okA)
        : null;
    let other =
      rule.obj.has('poss') && inner && objectOk(inner, p)
        ? [inner]
        : rightObjects(ctx, i + 1, markers, inverse ? (m) => m.kind !== 'place' : okO);
    if (other.length === 0 && !inverse && p === 'SUPPLIES') other = relativeUser(ctx, i + 1, okO);
    const hs = [...(overtaker ? [overtaker.m] : []), ...coordinated(ctx, h.m, okS, -1)];
    return inverse
      ? {
          ...frame,
          subjects: other.filter((m) => m.actorId !== h.m.actorId),
          objects: hs,
          clause: h.clause,
        }
      : {
          ...frame,
          subjects: hs,
          objects: other,
          clause: h.clause,
          accused: 'accused' in h && h.accused,
        };
  }
  let objects = rightObjects(ctx, i + 1, markers, okO);
  // "New US sanctions were imposed on Iran": the light verb's preposition names the object
  let light = i + 1;
  while (toks[light]?.p === 'AUX' || toks[light]?.p === 'ADV') light++;
  // ("the US sanctions imposed last month on Russian oil majors": a reduced passive)
  const reduced = light === i + 1 && /ed$/.test(toks[light]?.f ?? '');
  if (
    objects.length === 0 &&
    (light > i + 1 || reduced) &&
    toks[light]?.p === 'VERB' &&
    LIGHT_VERBS.has(toks[light]!.l) &&
    (reduced ? TIME_START.has(toks[light + 1]?.f ?? '') : markers.has(toks[light + 1]?.f ?? ''))
  )
    objects = rightObjects(ctx, light + 1, markers, okO);
  // "announced new Myanmar-related sanctions"
  if (about && p === 'SANCTIONS' && objects.length === 0 && okO(about)) objects = [about];
  const blamed = blameFor(ctx, s, okS, okO);
  if (blamed && p === 'ATTACKS')
    return {
      ...frame,
      subjects: blamed.accused,
      objects: objects.length > 0 ? objects : blamed.blamer,
      accused: true,
      clause: blamed.clause,
    };
  let v = s - 1;
  while (
    v >= 0 &&
    (['DET', 'ADJ', 'NUM', 'SYM'].includes(toks[v]!.p) || QUANTITY_WORDS.has(toks[v]!.f))
  )
    v--;
  // "held a publicly announced meeting": the light verb, past an adverb and its participle
  if (
    toks[v]?.p === 'VERB' &&
    /ed$/.test(toks[v]!.f) &&
    toks[v - 1]?.p === 'ADV' &&
    toks[v - 2]?.p === 'DET' &&
    toks[v - 3]?.p === 'VERB' &&
    LIGHT_VERBS.has(toks[v - 3]!.l)
  )
    v -= 3;
  // "held more than four hours of talks": past a duration
  if (toks[v]?.f === 'of' && DURATIONS.has(toks[v - 1]?.l ?? '')) {
    v -= 2;
    while (v >= 0 && (['DET', 'ADJ', 'NUM'].includes(toks[v]!.p) || QUANTITY_WORDS.has(toks[v]!.f)))
      v--;
  }
  // "announced $1 billion in aid": skip the amount
  if (
    (toks[v]?.f === 'in' || toks[v]?.f === 'of') &&
    (['NUM', 'SYM'].includes(toks[v - 1]?.p ?? '') || CURRENCIES.has(toks[v - 1]?.l ?? ''))
  ) {
    v -= CURRENCIES.has(toks[v - 1]?.l ?? '') ? 2 : 1;
    while (
      v >= 0 &&
      (['DET', 'ADJ', 'NUM', 'SYM'].includes(toks[v]!.p) || QUANTITY_WORDS.has(toks[v]!.f))
    )
      v--;
  }
  // "signed a joint statement and a package of agreements": the verb of the first conjunct
  // ("impose high levels of taxes, tariffs and sanctions on Russia": past a list)
  if ((toks[v]?.f === 'and' || toks[v]?.f === ',') && !ctx.cover[v - 1]) {
    let w = v - 1;
    while (
      w > v - 12 &&
      (['NOUN', 'ADJ', 'DET', 'NUM'].includes(toks[w]?.p ?? '') ||
        [',', 'and', 'of', '"', '“', '”'].includes(toks[w]?.v ?? '')) &&
      !ctx.cover[w]
    )
      w--;
    if (w < v - 1 && toks[w]?.p === 'VERB' && LIGHT_VERBS.has(toks[w]!.l)) v = w;
  }
  // "carried out strikes", "stepped up deliveries": skip the particle
  if ((toks[v]?.f === 'out' || toks[v]?.f === 'up') && toks[v - 1]?.p === 'VERB') v--;
  // "agreed to a ceasefire", "agreed on new sanctions"
  else if (
    (toks[v]?.f === 'to' || toks[v]?.f === 'on') &&
    toks[v - 1]?.p === 'VERB' &&
    LIGHT_VERBS.has(toks[v - 1]!.l)
  )
    v--;
  // "retaliated with tariffs on", "hit back with sanctions against"
  else if (toks[v]?.f === 'with') {
    const back = toks[v - 1]?.f === 'back' ? 1 : 0;
    if (toks[v - 1 - back]?.p === 'VERB' && RESPONDING.has(toks[v - 1 - back]!.l)) v -= 1 + back;
  }
  // "signed into law a treaty": skip a one-word adjunct after the verb
  if (toks[v]?.p === 'NOUN' && toks[v - 1]?.p === 'ADP' && toks[v - 2]?.p === 'VERB') v -= 2;
  // "thanked Denmark for its support": the support is for the one who thanks
  if (
    objects.length === 0 &&
    toks[v]?.f === 'for' &&
    toks.slice(Math.max(0, v - 6), v).some((x) => x.l === 'thank')
  ) {
    const thank = toks.slice(0, v).findLastIndex((x) => x.l === 'thank');
    objects = subjectOf(ctx, thank, okO)?.ms ?? [];
  }
  // "were placed under US sanctions", "has been under sanctions since 1979": the target is the
  // subject of the verb before "under"
  if (p === 'SANCTIONS' && toks[v]?.f === 'under' && objects.length === 0) {
    let u = v - 1;
    while (toks[u]?.p === 'ADV') u--;
    const w = toks[u];
    if (w && (['place', 'put', 'be', 'remain', 'come', 'fall'].includes(w.l) || w.p === 'AUX')) {
      const target = leftSubject(ctx, u, okO);
      if (target) objects = coordinated(ctx, target.m, okO, -1);
      if (inner && okS(inner) && objects.length > 0)
        return { ...frame, anchor: u, subjects: [inner], objects, clause: target!.clause };
    }
  }
  if (
    inner &&
    okS(inner) &&
    (inner.poss || inner.end === i || inner === ctx.cover[i] || POSS.has(toks[inner.end]?.v ?? ''))
  ) {
    // "Washington condemned what it called China's actions and reaffirmed its commitments":
    // a possessive pronoun right after a verb is its subject's
    const verb = toks[inner.start - 1];
    if (inner.resolved && POSS_PRON.has(toks[inner.start]!.f) && verb?.p === 'VERB') {
      const own = subjectOf(ctx, inner.start - 1, okS);
      if (own && own.ms[0] && own.ms[0].actorId !== inner.actorId)
        return { ...frame, subjects: own.ms, objects, clause: own.clause };
    }
    return { ...frame, subjects: coordinated(ctx, inner, okS, -1), objects };
  }
  const verb = toks[v];
  // "drills in what Beijing called a stern warning to Taipei", "drills it described as a stern
  // warning to …": the namer owns the act it names
  const nv = toks[v]?.f === 'as' ? v - 1 : v;
  const named =
    ['call', 'describe', 'term'].includes(toks[nv]?.l ?? '') &&
    (toks[nv - 2]?.f === 'what' || (toks[nv - 2]?.p === 'NOUN' && toks[nv - 1]?.p === 'PRON'));
  const namer = named ? ctx.endAt[nv] : undefined;
  if (namer && okS(namer) && objects.length > 0 && namer.start === nv - 1)
    return { ...frame, subjects: [namer], objects, clause: nv - 2 };
  // "the deal was signed by Russia and Iran"
  let after = i + 1;
  while (toks[after]?.p === 'AUX' || toks[after]?.p === 'ADV') after++;
  let passiveLight =
    after > i + 1 &&
    toks[after]?.p === 'VERB' &&
    LIGHT_VERBS.has(toks[after]!.l) &&
    toks[after + 1]?.f === 'by';
  // "sanctions imposed by the EU on Russia", "a price cap on Russian oil imposed by the G7"
  if (!passiveLight) {
    const k = reducedPassive(ctx, i);
    if (k !== undefined) {
      after = k;
      passiveLight = true;
    }
  }
  // ("opposition to a joint patrol by the Philippines": the patrol's author, not the opposer)
  let byAt = -1;
  for (let n = i + 1; n < toks.length && n < i + 11 && byAt < 0; n++)
    if (toks[n]!.f === 'by') byAt = n;
  const innerAct =
    !passiveLight &&
    byAt > 0 &&
    toks.slice(i + 1, byAt).some((x) => x.p === 'NOUN' && ACT_NOUNS.has(x.l));
  const by = innerAct ? [] : byAgent(ctx, passiveLight ? after + 1 : i + 1, okS);
  if (passiveLight && by.length > 0 && objects.length === 0)
    objects = rightObjects(ctx, by[by.length - 1]!.end, markers, okO);
  if (by.length > 0 || toks[i + 1]?.f === 'from') {
    // "drew sharp criticism from Kyiv": the criticism is of whoever drew it
    if (objects.length === 0 && verb && REACTION_VERBS.has(verb.l))
      objects = reactionTarget(ctx, v, okO);
    return {
      ...frame,
      subjects: by.length > 0 ? by : rightObjects(ctx, i + 1, new Set(['from']), okS),
      objects,
    };
  }
  // "the deployment of North Korean troops to Kursk", "deliveries of Iranian drones to Russia"
  if (toks[i + 1]?.f === 'of' && (p === 'DEPLOYS_TROOPS_TO' || p === 'SUPPLIES')) {
    let j = i + 2;
    while (toks[j] && ['DET', 'NUM', 'ADJ'].includes(toks[j]!.p) && !ctx.startAt[j]) j++;
    const m = ctx.startAt[j];
    const kind = p === 'SUPPLIES' ? 'weapon' : 'troops';
    if (m && m.kind === kind && !m.made) {
      const after = rightObjects(ctx, m.end, markers, okO);
      if (after.length > 0) return { ...frame, subjects: [m], objects: after };
    }
  }
  // "the treaty that Kim Jong Un and Vladimir Putin signed": the subject of the relative clause
  // ("the sanctions it has imposed on Chinese firms": without the relative pronoun)
  const rel = ['that', 'which'].includes(toks[i + 1]?.f ?? '') ? i + 2 : i + 1;
  const relSubject = ctx.startAt[rel];
  if (relSubject && okS(relSubject) && (rel === i + 2 || toks[i + 1]?.p === 'PRON')) {
    const subjects = [relSubject];
    let w = subjects[0]!.end;
    while (
      (toks[w]?.f === 'and' || toks[w]?.f === ',') &&
      ctx.startAt[w + 1] &&
      okS(ctx.startAt[w + 1]!)
    ) {
      subjects.push(ctx.startAt[w + 1]!);
      w = ctx.startAt[w + 1]!.end;
    }
    while (toks[w]?.p === 'AUX' || toks[w]?.p === 'ADV') w++;
    // "the levy that Trump announced on Chinese products": the object follows the verb
    if (toks[w]?.p === 'VERB' && LIGHT_VERBS.has(toks[w]!.l))
      return {
        ...frame,
        anchor: w,
        subjects,
        objects: objects.length > 0 ? objects : rightObjects(ctx, w + 1, markers, okO),
      };
  }
  // "The exercises were a stern warning to Taipei": the subject of the copula
  if (verb && verb.l === 'be' && (p === 'WARNS' || p === 'CONDEMNS' || p === 'SUPPORTS')) {
    const h = leftSubject(ctx, v, okS);
    if (h) return { ...frame, anchor: v, subjects: [h.m], objects, clause: h.clause };
  }
  if (verb && verb.p === 'VERB' && LIGHT_VERBS.has(verb.l)) {
    const h = subjectOf(ctx, v, okS);
    return h ? { ...frame, anchor: v, subjects: h.ms, objects, clause: h.clause } : null;
  }
  // "talks mediated by Qatar": the parties are not named here
  const mediated =
    p === 'MEETS' && /^(mediated|brokered|facilitated|hosted)$/.test(toks[i + 1]?.f ?? '');
  if (flags.has('fallback') && verb && FALLBACK_PREPS.has(verb.f) && !mediated) {
    // "After talks in London with Lammy, Blinken said …": the subject after the opening phrase
    const comma = toks.findIndex((t, n) => n > i && t.f === ',');
    // ("Speaking in Hanoi during a state visit to Vietnam, Putin …": an opening phrase too)
    const opens =
      v === 0 || toks[0]?.p === 'ADP' || (toks[0]?.p === 'VERB' && /ing$/.test(toks[0].f));
    let c = comma + 1;
    while (comma > 0 && c < comma + 5 && !ctx.startAt[c] && toks[c] && toks[c]!.p !== 'VERB') c++;
    const opening =
      opens && comma > 0 && !toks.slice(0, i).some((x) => x.f === ',') ? ctx.startAt[c] : undefined;
    // "Blinken told reporters in Beijing after talks with Xi": the reporting verb's subject
    const r = toks.slice(0, v).findLastIndex((x) => isReporting(x));
    const reporter =
      r >= 0 && !toks.slice(r, v).some((x) => x.f === ',') ? leftSubject(ctx, r, okS) : null;
    const h =
      leftSubject(ctx, v, okS) ??
      reporter ??
      (opening && okS(opening) ? { m: opening, clause: 0 } : null);
    let a = v;
    while (a > 0 && a > v - 8 && toks[a]!.p !== 'VERB') a--;
    // "Haniyeh was killed in a strike": the subject of a passive suffered it
    if (
      toks[a]?.p === 'VERB' &&
      ['be', 'get'].includes(toks[a - 1]?.l ?? '') &&
      toks[a - 1]?.p === 'AUX'
    )
      return null;
    return h
      ? {
          ...frame,
          anchor: toks[a]?.p === 'VERB' ? a : v,
          subjects: coordinated(ctx, h.m, okS, -1),
          objects,
          clause: h.clause,
        }
      : null;
  }
  return null;
};

/** The frame of a verb trigger: its subjects and objects by voice and rule flags. Pure. */
import { itemsIn, quantityIn } from './details';
import { VERDICTS } from './lexicon';
import { clauseEnd, emptyFrame, hasTroops, subjectOf, type Frame } from './frame';
import {
  askedBy,
  patientPlace,
  relativeObject,
  summaryTarget,
  withdrawalOf,
} from './frame-verb-objects';
import { demandTarget, threatTarget } from './frame-verb-threats';
import {
  buildsAfter,
  CIVIL_ITEMS,
  economic,
  HOSTILE,
  SUPPLIED,
  threatCue,
  USING,
} from './frame-verb-words';
import { DENIED_NOUNS, type Rule } from './patterns';
import { rightObjects } from './objects';
import { byAgent, relativeUser } from './objects-agents';
import { leftSubject } from './scan';
import { isPrep, objectOk, subjectOk, type Ctx } from './scan-ctx';
import { coordinated } from './scan-lists';
import type { Mention, Tok } from './types';

/** Economic measures: what they "target" is not attacked. */
const MEASURES = new Set([
  'measure',
  'sanction',
  'tariff',
  'restriction',
  'ban',
  'curb',
  'control',
]);

/** What a demand for someone's freedom names: "demanded their release". */
const FREED = new Set(['release', 'freedom', 'return']);

/** The frame of a verb trigger at i: active, passive, inverse ("received … from") or troop-subject. */
/** What a sanction freezes ("froze the assets of", "froze Russian central bank reserves"). */
const ASSETS = new Set(['asset', 'fund', 'account', 'reserve', 'holding', 'property']);

const CAPTIVES = new Set(['capture', 'captured', 'prisoner', 'pow', 'captive', 'detainee']);
const FRIENDLY = new Set(
  'exercise drill manoeuvre maneuver wargame joint training peacekeeping peacekeeper invitation evacuation relief'.split(
    ' ',
  ),
);
const HELPING = new Set([
  'support',
  'help',
  'defend',
  'bolster',
  'reinforce',
  'protect',
  'aid',
  'evacuate',
]);
/** A word after a troop movement that makes it no attack ("for an exercise", "to support"). */
const friendlyMove = (t: Tok, prev: Tok | undefined): boolean =>
  FRIENDLY.has(t.l) || (HELPING.has(t.l) && prev?.f === 'to');

/** An armed group named as such ("M23 rebels", "the Houthis"). */
export const armedGroup = (ctx: Ctx, m: Mention): boolean =>
  m.kind === 'actor' && ctx.gaz.actors.get(m.actorId)?.kind === 'GROUP';

export const verbFrame = (ctx: Ctx, i: number, rule: Rule): Frame | null => {
  const { toks } = ctx;
  const { p, flags } = rule;
  const t = toks[i]!;
  const end = clauseEnd(ctx, i + 1);
  // "sanctions targeting banks": a participle modifying a noun; "accused X of targeting" is fine
  if (flags.has('noing') && /ing$/i.test(t.v) && !['ADP', 'ADV'].includes(toks[i - 1]?.p ?? ''))
    return null;
  // ("the so-called China threat" is no verdict)
  if (flags.has('verdict') && toks[i - 1]?.f === '-') return null;
  if (flags.has('verdict') && !toks.slice(i + 1, end + 6).some((x) => VERDICTS.has(x.l)))
    return null;
  // "dismissed the US claims as baseless" denies them; "dismissed the move as outrageous" condemns
  if (
    flags.has('verdict') &&
    (t.l === 'reject' || t.l === 'dismiss') &&
    toks.slice(i + 1, i + 8).some((x) => DENIED_NOUNS.has(x.l))
  )
    return null;
  // "placed seven American firms on its sanctions list", "added X to the entity list"
  if (
    flags.has('list') &&
    !toks
      // ("added 11 entities, including a shipping company, to its sanctions list")
      .slice(i + 1, Math.max(end + 6, i + 22))
      .some(
        (x, n, a) =>
          x.l === 'blacklist' ||
          (x.l === 'list' &&
            (/sanction|entity|black|trade|terror|control|watch/.test(a[n - 1]?.l ?? '') ||
              // "its list of state sponsors of terrorism"
              (a[n + 1]?.f === 'of' && /^(state|terror)/.test(a[n + 2]?.l ?? '')))),
      )
  )
    return null;
  // "blasted a Philippine ship with its water cannon" attacks; "blasted the decision" condemns
  if (flags.has('cannon') || flags.has('nocannon')) {
    const cannon = toks.slice(i + 1, i + 12).some((x) => x.l === 'cannon');
    if (cannon !== flags.has('cannon')) return null;
  }
  // "NATO troops poured into Poland for an exercise", "… into Syria to support Assad"
  if (
    flags.has('forcesubj') &&
    toks.slice(i + 1, i + 14).some((x, n, a) => friendlyMove(x, a[n - 1] ?? t))
  )
    return null;
  // "will sit down with Xi" meets him; "which sit on the committee", "sits with Finland in" do not
  if (t.l === 'sit' && !(toks[i + 1]?.f === 'down' && toks[i + 2]?.f === 'with')) return null;
  // ("profits from frozen Russian assets": a participle modifying the assets, no act)
  if (
    flags.has('assets') &&
    ((t.f === 'frozen' && toks[i - 1]?.p !== 'AUX') ||
      !toks.slice(i + 1, i + 6).some((x) => ASSETS.has(x.l)))
  )
    return null;
  if (flags.has('terror') && !toks.slice(i + 1, i + 24).some((x) => /^terror/.test(x.l)))
    return null;
  if (flags.has('econ') !== economic(ctx, i, end) && (flags.has('econ') || flags.has('noecon')))
    return null;
  if (flags.has('noitem') && itemsIn(toks, i + 1, end).length > 0) return null;
  // "vowed to keep targeting vessels": a catenative verb, not a deployment
  if (flags.has('troops') && toks[i + 1]?.p === 'VERB' && /ing$/.test(toks[i + 1]!.f)) return null;
  // "Canada struck back at the tariffs", "hit back at critics": a retort, not an attack
  if (p === 'ATTACKS' && toks[i + 1]?.f === 'back') return null;
  // items named just before the verb count, but not across a clause ("…, though he offered")
  let back = i - 1;
  while (back > 0 && back > i - 6 && !/^[,;:]$/.test(toks[back]!.f)) back--;
  if (
    flags.has('item') &&
    itemsIn(toks, Math.max(0, back), end).length === 0 &&
    quantityIn(toks, i + 1, end)?.unit.length !== 3
  )
    return null;
  // "used windfall profits from frozen Russian assets": only arms used show their supplier
  if (
    flags.has('inverse') &&
    USING.has(t.l) &&
    !itemsIn(toks, i + 1, end).some((x) => !CIVIL_ITEMS.has(x))
  )
    return null;
  let k = i - 1;
  while (k >= 0 && (toks[k]!.p === 'ADV' || toks[k]!.p === 'PART')) k--;
  const ing = /ing$/i.test(t.v);
  const beAux =
    (toks[k]?.p === 'AUX' && (toks[k]!.l === 'be' || toks[k]!.l === 'get')) ||
    // "troops remain stationed at several Malian bases"
    (toks[k]?.p === 'VERB' && ['remain', 'stay'].includes(toks[k]!.l) && /ed$/.test(t.f));
  // a reduced relative ("missiles supplied by Washington") needs a named agent after "by"
  const reduced =
    toks[i + 1]?.f === 'by' &&
    t.f !== t.l &&
    i > 0 &&
    toks[k]?.p !== 'AUX' &&
    byAgent(ctx, i + 1, (m) => subjectOk(m, p, true)).length > 0;
  const passive = !ing && t.l !== 'be' && (beAux || reduced);
  const person = (m: Mention): boolean =>
    (ctx.gaz.actors.get(m.actorId)?.kind ?? 'OFFICIAL') === 'OFFICIAL' && m.kind === 'actor';
  const okO = (m: Mention): boolean =>
    (!flags.has('person') || person(m)) &&
    // "shot down a Malian military drone": the drone's state is attacked
    (objectOk(m, p) || (rule.obj.has('down') && m.kind === 'weapon' && !m.made)) &&
    (!flags.has('org') || ctx.gaz.actors.get(m.actorId)?.kind === 'ORGANIZATION') &&
    !(flags.has('noposs') && (m.poss || toks[m.end]?.p === 'NOUN'));
  const frame = emptyFrame(rule, i, i, 'verb');
  // troop nouns between the verb and its object decide between supplying and deploying
  // "Russian forces deployed in Syria", "US troops stationed in Japan": a participle after troops
  const troopsBefore =
    // ("troops sent to Russia's Kursk region": irregular participles too)
    (/ed$/.test(t.f) || t.f === 'sent') &&
    ctx.endAt[i]?.kind === 'troops' &&
    // ("captured Ukrainian troops sent to Russia": prisoners, not a deployment)
    !toks.some((x) => CAPTIVES.has(x.l)) &&
    isPrep(toks[i + 1]) &&
    rule.prepObj.has(toks[i + 1]!.f);
  const troopsOk = (objects: Mention[]): boolean => {
    const to = objects[0] ? objects[0].start : end;
    // "sending French troops to Ukraine" deploys them; it supplies nobody
    if (flags.has('notroops') && t.l === 'send' && objects[0]?.kind === 'troops') return false;
    // ("North Korean troops sent to Russia" are deployed, not supplied)
    if (flags.has('notroops') && troopsBefore) return false;
    return (
      !(flags.has('troops') && !hasTroops(ctx, i + 1, to) && !troopsBefore) &&
      !(flags.has('notroops') && hasTroops(ctx, i + 1, to))
    );
  };
  if (passive) {
    let subjects = byAgent(ctx, i + 1, (m) => subjectOk(m, p, true));
    // "were attacked by North Korean troops near Kursk": the patient, not the place nearby
    const near = new Set(
      [...rule.prepObj].filter((x) => !['near', 'outside', 'around'].includes(x)),
    );
    let objects = rightObjects(ctx, i + 1, near, okO);
    const found = leftSubject(
      ctx,
      i,
      (m) => objectOk(m, p) || m.kind === 'weapon' || m.kind === 'troops',
    );
    // "…for Ukraine, and the package passed by Congress": the patient is in the verb's own clause
    const left =
      found &&
      toks
        .slice(found.m.end, i)
        .some((x, n, a) => x.f === 'and' && (a[n - 1]?.f === ',' || a[n + 1]?.p === 'DET'))
        ? null
        : found;
    if (
      left &&
      subjects.length === 0 &&
      (left.m.kind === 'weapon' || left.m.kind === 'troops') &&
      (p === 'SUPPLIES' || p === 'DEPLOYS_TROOPS_TO')
    )
      subjects = [left.m];
    else if (left && objects.length === 0 && rule.obj.has('_') && objectOk(left.m, p))
      objects = coordinated(ctx, left.m, okO, -1);
    else if (!left && objects.length === 0 && p === 'ATTACKS') objects = patientPlace(ctx, i, okO);
    // "Cuba was placed back on Washington's list of …": the list's owner
    if (subjects.length === 0 && flags.has('list')) {
      const l = toks.findIndex((x, n) => n > i && n < i + 10 && x.l === 'list');
      const owner = ctx.ms.find((m) => m.start > i && m.end <= l && subjectOk(m, p, true));
      if (owner) subjects = [owner];
    }
    if (flags.has('troops') && !hasTroops(ctx, Math.max(0, i - 6), end)) return null;
    if (flags.has('notroops') && left?.m.kind === 'troops') return null;
    return { ...frame, subjects, objects, clause: left ? left.clause : i };
  }
  if (flags.has('inverse')) {
    const h = subjectOf(ctx, i, (m) => objectOk(m, p));
    let subjects = rightObjects(ctx, i + 1, rule.obj, (m) => m.kind !== 'place');
    // "received Iranian drones": the origin of the goods supplied them
    let limit = i + 1;
    while (
      limit < end &&
      !(toks[limit]!.p === 'VERB' && !['NOUN', 'ADJ', 'PROPN'].includes(toks[limit + 1]?.p ?? ''))
    )
      limit++;
    // "Poland will host American troops": the troops' state deploys them
    if (flags.has('troops')) subjects = subjects.filter((m) => m.kind === 'troops');
    else if (subjects.length === 0)
      subjects = ctx.ms.filter(
        (m) =>
          m.start > i &&
          m.start < limit &&
          (m.kind === 'weapon' ||
            m.kind === 'other' ||
            // "used US-supplied ATACMS missiles"
            (toks[m.end]?.f === '-' && SUPPLIED.has(toks[m.end + 1]?.f ?? '')) ||
            // "bought 90% of Iran's crude exports": the owner of the goods
            (m.poss &&
              m.kind === 'actor' &&
              itemsIn(toks, m.end, Math.min(toks.length, m.end + 4)).length > 0)),
      );
    return h ? { ...frame, subjects, objects: h.ms, clause: h.clause, accused: h.accused } : null;
  }
  const okS = flags.has('troopsubj')
    ? (m: Mention) => m.kind === 'troops'
    : flags.has('forcesubj')
      ? (m: Mention) => m.kind === 'troops' || armedGroup(ctx, m)
      : flags.has('weaponsubj')
        ? // ("Russian crude is reaching Chinese refiners": goods of a state)
          (m: Mention) =>
            m.kind === 'weapon' || (m.kind === 'other' && itemsIn(toks, m.start, m.end).length > 0)
        : flags.has('named')
          ? // ("jets from Norway have arrived in Ukraine": a supply, see arrivals.ts)
            (m: Mention) =>
              m.kind === 'actor' &&
              !toks.slice(Math.max(0, m.start - 4), m.start).some((x) => x.f === 'from')
          : (m: Mention) => subjectOk(m, p);
  // "there are DPRK troops in Russia"
  if (flags.has('troopsubj') && toks[i - 1]?.f === 'there') {
    let j = i + 1;
    while (toks[j] && ['DET', 'NUM', 'ADJ', 'ADV'].includes(toks[j]!.p) && !ctx.startAt[j]) j++;
    const m = ctx.startAt[j];
    return m && okS(m)
      ? { ...frame, subjects: [m], objects: rightObjects(ctx, m.end, rule.obj, okO), clause: i - 1 }
      : null;
  }
  // "help North Korea build satellites" is a supply of know-how, not support
  // ("paid Washington $1 billion" too; not "paid China for the jets", "paid tribute to")
  const paid =
    t.l === 'pay' && quantityIn(toks, i + 1, Math.min(toks.length, i + 6))?.unit.length === 3;
  if (
    (flags.has('build') || (p === 'SUPPORTS' && t.l === 'help')) &&
    (buildsAfter(ctx, i) || paid) !== flags.has('build')
  )
    return null;
  // "vowed to respond to India", "would retaliate against": only as a threat
  if (flags.has('vowcue') && !threatCue(toks, i)) return null;
  const reducedTroops = troopsBefore && flags.has('troops') ? ctx.endAt[i] : undefined;
  const h = reducedTroops
    ? { ms: [reducedTroops], clause: reducedTroops.start, accused: false }
    : subjectOf(ctx, i, okS);
  if (!h) return null;
  // "the measures … would target refineries in Shandong": sanctions aimed, not strikes
  const said = h.ms[0] ? toks[h.ms[0].end - 1]?.l : undefined;
  if (p === 'ATTACKS' && t.l === 'target' && MEASURES.has(said ?? '')) return null;
  let objects =
    flags.has('threat') || flags.has('demand') ? [] : rightObjects(ctx, i + 1, rule.obj, okO);
  if (flags.has('demand')) objects = demandTarget(ctx, i, h.ms, okO);
  if (objects.length === 0 && p === 'SUPPLIES') objects = relativeUser(ctx, i + 1, okO);
  if (objects.length === 0 && p === 'SUPPLIES') objects = askedBy(ctx, h.ms, okO);
  // "demanded their immediate release": those to be freed are not the ones urged
  if (p === 'URGES')
    objects = objects.filter((m) => {
      let n = m.end;
      while (toks[n]?.p === 'ADJ') n++;
      return !(m.poss && FREED.has(toks[n]?.l ?? ''));
    });
  // "soldiers fighting alongside M23 rebels in eastern Congo": deployed to the place, not the group
  const group = objects[0] && ctx.gaz.actors.get(objects[0].actorId)?.kind === 'GROUP';
  if (p === 'DEPLOYS_TROOPS_TO' && group)
    objects = rightObjects(ctx, objects[objects.length - 1]!.end, new Set(['in', 'into']), okO);
  if (objects.length === 0 && p === 'URGES') objects = withdrawalOf(ctx, i, okO);
  if (objects.length === 0 && rule.obj.has('_')) objects = relativeObject(ctx, h.ms, okO);
  if (objects.length === 0 && rule.obj.has('_')) objects = summaryTarget(ctx, h.clause, okO);
  if (objects.length === 0 && p === 'WARNS') objects = threatTarget(ctx, i, h.ms, okO);
  // "threatened to hit Denmark with tariffs": the object of the threatened act
  // ("threatened on Monday to shoot down US aircraft": past a time adverbial and a particle)
  let to = i + 1;
  if (toks[to]?.f === 'on' && toks[to + 1]?.p === 'PROPN') to += 2;
  if (
    objects.length === 0 &&
    p === 'WARNS' &&
    toks[to]?.f === 'to' &&
    HOSTILE.has(toks[to + 1]?.l ?? '')
  )
    objects = rightObjects(
      ctx,
      toks[to + 2]?.f === 'down' ? to + 3 : to + 2,
      new Set(['_', 'against']),
      okO,
    );
  return troopsOk(objects)
    ? {
        ...frame,
        subjects: h.ms,
        objects,
        clause: h.clause,
        accused: h.accused,
        anchor: h.anchor ?? i,
        ...(h.banned ? { banned: true } : {}),
      }
    : null;
};

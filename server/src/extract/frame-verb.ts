import { itemsIn, quantityIn } from './details';
import { CONSEQUENCES, THINK_TANKS, VERDICTS } from './lexicon';
import { clauseEnd, hasTroops, subjectOf, type Frame } from './frame';
import { DENIED_NOUNS, type Rule } from './patterns';
import { byAgent, relativeUser, rightObjects } from './objects';
import {
  coordinated,
  isPrep,
  joinedRight,
  leftSubject,
  objectOk,
  subjectOk,
  type Ctx,
} from './scan';
import type { Mention, Tok } from './types';

/**
 * "…, a gesture that Kyiv criticised": the object of a verb inside a relative clause on a
 * noun summing up the previous clause is that clause's subject.
 */
const SUMMARY_NOUNS = new Set(
  'move step decision action visit trip deal measure act development'.split(' '),
);
const summaryTarget = (ctx: Ctx, subject: number, ok: (m: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  // ", a move Beijing denounced": the relative pronoun may be left out after a summary noun
  const bare = SUMMARY_NOUNS.has(toks[subject - 1]?.l ?? '');
  const rel = bare ? subject : subject - 1;
  if (!bare && !['that', 'which'].includes(toks[rel]?.f ?? '')) return [];
  let k = rel - 1;
  if (toks[k]?.p !== 'NOUN') return [];
  while (k > 0 && ['NOUN', 'ADJ', 'DET'].includes(toks[k - 1]!.p)) k--;
  if (toks[k - 1]?.f !== ',') return [];
  const h = leftSubject(ctx, k - 1, ok);
  return h ? coordinated(ctx, h.m, ok, -1) : [];
};

const HOSTILE = new Set(
  'hit strike attack sanction punish destroy invade bomb target expel seize annihilate crush shoot retaliate avenge'.split(
    ' ',
  ),
);
const ECONOMIC = new Set([
  'tariff',
  'sanction',
  'duty',
  'levy',
  'penalty',
  'embargo',
  'restriction',
]);
/** "hit Denmark with tariffs": an economic weapon follows the object. */
const economic = (ctx: Ctx, i: number, end: number): boolean => {
  const w = ctx.toks.findIndex((t, n) => n > i && n < end + 4 && t.f === 'with');
  return w > 0 && ctx.toks.slice(w + 1, w + 7).some((t) => ECONOMIC.has(t.l));
};

/** The speakers and the states or bodies they speak for: a threat or demand is not aimed at them. */
const sideOf = (ctx: Ctx, speakers: Mention[]): Set<string> =>
  new Set(speakers.flatMap((s) => [s.actorId, ctx.gaz.actors.get(s.actorId)?.affiliation ?? '']));

/**
 * "vowed that the group would pay a heavy price", "warned that Seoul would face consequences":
 * the first actor of a threatening complement clause who is not on the speaker's side.
 */
const threatTarget = (
  ctx: Ctx,
  i: number,
  speakers: Mention[],
  ok: (m: Mention) => boolean,
): Mention[] => {
  const { toks } = ctx;
  let j = i + 1;
  while (toks[j]?.p === 'ADV') j++;
  // ("warned on Saturday that …")
  if (toks[j]?.f === 'on' && toks[j + 1]?.p === 'PROPN' && !ctx.startAt[j + 1]) j += 2;
  // "told President Xi Jinping that …": past the addressee
  const told = ctx.startAt[j];
  if (told && toks[told.end]?.f === 'that') j = told.end;
  // "said the United States would pay a heavy price": a clause without "that"
  const bare = ctx.startAt[j] ?? (toks[j]?.p === 'DET' ? ctx.startAt[j + 1] : undefined);
  // ("said the United States and Britain would pay": past a coordinated subject)
  let after = bare?.end ?? -1;
  while (bare && (toks[after]?.f === 'and' || toks[after]?.f === ',')) {
    const next = ctx.startAt[after + 1] ?? ctx.startAt[after + 2];
    if (!next) break;
    after = next.end;
  }
  if (toks[j]?.f !== 'that' && !(bare && toks[after]?.p === 'AUX')) return [];
  if (toks[j]?.f !== 'that') j--;
  // the clause ends at a full stop or at ", while|but|whereas" (another speaker's clause)
  const end = toks.findIndex(
    (t, n) =>
      n > j &&
      (/^[;.?!]$/.test(t.v) ||
        (t.f === ',' && ['while', 'but', 'whereas'].includes(toks[n + 1]?.f ?? ''))),
  );
  const clause = toks.slice(j + 1, end < 0 ? toks.length : end);
  // a threat is about what will happen: "would pay a heavy price", not "had targeted"
  // ("would send weapons to Ukraine in response": the reason for an act, no threat)
  if (!clause.some((t, n) => CONSEQUENCES.has(t.l) && clause[n - 1]?.f !== 'in')) return [];
  if (!clause.some((t) => /^(will|would|shall|'ll|must|could)$/.test(t.f))) return [];
  const side = sideOf(ctx, speakers);
  // a think tank's warning is an analysis, not a threat
  if (speakers.every((x) => THINK_TANKS.has(x.actorId))) return [];
  const m = ctx.ms.find(
    (x) => x.start > j && x.start < j + 1 + clause.length && ok(x) && !side.has(x.actorId),
  );
  // "told Xi that Washington would take further steps": the addressee is the one warned
  const addressee = ctx.startAt[i + 1];
  if (!m && addressee && ok(addressee) && !side.has(addressee.actorId)) return [addressee];
  // "vowed that the American and British aggression would not go unpunished"
  return m ? joinedRight(ctx, m, (x) => ok(x) && !side.has(x.actorId)) : [];
};

/**
 * "told reporters that Kyiv must withdraw its forces": the subject of a "must" clause reported
 * by the speaker is urged to act (not the speaker's own side).
 */
const demandTarget = (
  ctx: Ctx,
  i: number,
  speakers: Mention[],
  ok: (m: Mention) => boolean,
): Mention[] => {
  const { toks } = ctx;
  let j = i + 1;
  while (j < i + 4 && toks[j] && toks[j]!.f !== 'that' && !ctx.startAt[j]) j++;
  if (toks[j]?.f === 'that') j++;
  if (toks[j]?.p === 'DET') j++;
  const m = ctx.startAt[j];
  if (!m || !ok(m) || m.poss) return [];
  let k = m.end;
  while (toks[k]?.p === 'ADV') k++;
  if (toks[k]?.f !== 'must' && !(toks[k]?.f === 'has' && toks[k + 1]?.f === 'to')) return [];
  // "Lebanon must not become another Gaza" is a fear, not a demand on Lebanon
  let w = k + 1;
  while (['not', 'to', 'never'].includes(toks[w]?.f ?? '') || toks[w]?.p === 'ADV') w++;
  if (['be', 'become', 'remain'].includes(toks[w]?.l ?? '')) return [];
  const side = sideOf(ctx, speakers);
  return side.has(m.actorId) ? [] : [m];
};

/** The frame of a verb trigger at i: active, passive, inverse ("received … from") or troop-subject. */
const WITHDRAWALS = new Set(['withdrawal', 'pullout', 'departure', 'exit', 'retreat', 'removal']);
/** "demanded (or called for) the immediate withdrawal of Russian troops": the troops' state. */
const withdrawalOf = (ctx: Ctx, i: number, ok: (m: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  let k = toks[i + 1]?.f === 'for' ? i + 2 : i + 1;
  while (toks[k]?.p === 'DET' || toks[k]?.p === 'ADJ') k++;
  if (!WITHDRAWALS.has(toks[k]?.l ?? '') || toks[k + 1]?.f !== 'of') return [];
  let j = k + 2;
  while (toks[j]?.p === 'DET' || toks[j]?.p === 'ADJ' || toks[j]?.p === 'NUM') j++;
  const m = ctx.startAt[j];
  return m && ok(m) ? coordinated(ctx, m, ok, 1) : [];
};

const MAKING = new Set([
  'build',
  'develop',
  'produce',
  'make',
  'manufacture',
  'modernise',
  'modernize',
  'upgrade',
  'acquire',
  'obtain',
  'launch',
]);
/** "helped Russia build …": the object of the verb at i is followed by a verb of making. */
const buildsAfter = (ctx: Ctx, i: number): boolean => {
  const m = ctx.startAt[i + 1] ?? (ctx.toks[i + 1]?.p === 'DET' ? ctx.startAt[i + 2] : undefined);
  return m !== undefined && MAKING.has(ctx.toks[m.end]?.l ?? '');
};
const SUPPLIED = new Set(['supplied', 'provided', 'donated', 'made', 'built', 'delivered']);
const USING = new Set(['use', 'employ', 'field']);
const CIVIL_ITEMS = new Set(['money', 'commodities', 'crude oil', 'gas', 'military aid']);
const ASKING = new Set(['urge', 'ask', 'press', 'implore', 'request', 'beg', 'lobby', 'pressure']);
/**
 * "Zelensky urged the United States and Germany to send more Patriots": with no recipient
 * named, the one who asks receives.
 */
const askedBy = (ctx: Ctx, subjects: Mention[], ok: (m: Mention) => boolean): Mention[] => {
  const first = [...subjects].sort((a, b) => a.start - b.start)[0];
  if (!first) return [];
  let v = first.start - 1;
  if (ctx.toks[v]?.p === 'DET') v--;
  // "appealed to South Korea", "called on Seoul"
  if (['to', 'on', 'upon'].includes(ctx.toks[v]?.f ?? '')) v--;
  const verb = ctx.toks[v];
  const asking =
    verb?.p === 'VERB' &&
    (ASKING.has(verb.l) ||
      (verb.l === 'appeal' && ctx.toks[v + 1]?.f === 'to') ||
      (verb.l === 'call' && ctx.toks[v + 1]?.f !== 'to'));
  if (!asking) return [];
  const asker = leftSubject(ctx, v, ok)?.m;
  if (!asker || subjects.some((s) => s.actorId === asker.actorId)) return [];
  // the asker's state receives ("Zelensky urged …": Ukraine)
  const state = ctx.gaz.actors.get(asker.actorId)?.affiliation;
  const official = ctx.gaz.actors.get(asker.actorId)?.kind === 'OFFICIAL';
  return [official && state !== undefined ? { ...asker, actorId: state } : asker];
};

const VOW_CUES = new Set(['vow', 'threaten', 'promise', 'pledge', 'warn', 'will', 'would', "'ll"]);
/** A vow or modal in the few words before i: "vowed to", "would", "warned it will". */
const threatCue = (toks: Tok[], i: number): boolean =>
  toks.slice(Math.max(0, i - 4), i).some((t) => VOW_CUES.has(t.l) || VOW_CUES.has(t.f));

/** "NATO, which he accused of …": the antecedent of a relative whose subject is the verb's. */
const relativeObject = (ctx: Ctx, subjects: Mention[], ok: (m: Mention) => boolean): Mention[] => {
  const s = subjects[0];
  if (!s || !['which', 'whom'].includes(ctx.toks[s.start - 1]?.f ?? '')) return [];
  const r = s.start - 1;
  const ante = ctx.endAt[r] ?? (ctx.toks[r - 1]?.f === ',' ? ctx.endAt[r - 1] : undefined);
  return ante && ok(ante) ? [ante] : [];
};

const PLACE_PREPS = new Set(['in', 'across', 'of', 'near', 'throughout', 'around']);
/**
 * "Energy facilities across western Ukraine were hit by Russian drones": the state whose place
 * holds the passive subject of an attack, when the subject itself is no actor.
 */
const patientPlace = (ctx: Ctx, i: number, ok: (m: Mention) => boolean): Mention[] => {
  const { toks } = ctx;
  let k = i - 1;
  while (k >= 0 && ['AUX', 'ADV'].includes(toks[k]!.p)) k--;
  let found: Mention | undefined;
  let j = k;
  for (; j >= 0 && j > k - 10; j--) {
    const m = ctx.endAt[j + 1];
    if (m && !found) {
      let b = m.start - 1;
      while (b >= 0 && toks[b]!.p === 'ADJ') b--;
      if (PLACE_PREPS.has(toks[b]?.f ?? '') && ok(m)) found = m;
      j = m.start;
      continue;
    }
    if (!['NOUN', 'ADJ', 'PROPN', 'DET', 'ADP', 'NUM'].includes(toks[j]!.p)) break;
  }
  const opens = j < 0 || toks[j]?.f === ',';
  return found && opens ? [found] : [];
};

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
          (x.l === 'list' && /sanction|entity|black|trade/.test(a[n - 1]?.l ?? '')),
      )
  )
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
  const frame = { rule, head: i, anchor: i, form: 'verb' as const, clause: i, accused: false };
  // troop nouns between the verb and its object decide between supplying and deploying
  // "Russian forces deployed in Syria", "US troops stationed in Japan": a participle after troops
  const troopsBefore =
    /ed$/.test(t.f) &&
    ctx.endAt[i]?.kind === 'troops' &&
    isPrep(toks[i + 1]) &&
    rule.prepObj.has(toks[i + 1]!.f);
  const troopsOk = (objects: Mention[]): boolean => {
    const to = objects[0] ? objects[0].start : end;
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
    : flags.has('weaponsubj')
      ? (m: Mention) => m.kind === 'weapon'
      : flags.has('named')
        ? (m: Mention) => m.kind === 'actor'
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
  if (
    (flags.has('build') || (p === 'SUPPORTS' && t.l === 'help')) &&
    buildsAfter(ctx, i) !== flags.has('build')
  )
    return null;
  // "vowed to respond to India", "would retaliate against": only as a threat
  if (flags.has('vowcue') && !threatCue(toks, i)) return null;
  const reducedTroops = troopsBefore && flags.has('troops') ? ctx.endAt[i] : undefined;
  const h = reducedTroops
    ? { ms: [reducedTroops], clause: reducedTroops.start, accused: false }
    : subjectOf(ctx, i, okS);
  if (!h) return null;
  let objects =
    flags.has('threat') || flags.has('demand') ? [] : rightObjects(ctx, i + 1, rule.obj, okO);
  if (flags.has('demand')) objects = demandTarget(ctx, i, h.ms, okO);
  if (objects.length === 0 && p === 'SUPPLIES') objects = relativeUser(ctx, i + 1, okO);
  if (objects.length === 0 && p === 'SUPPLIES') objects = askedBy(ctx, h.ms, okO);
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

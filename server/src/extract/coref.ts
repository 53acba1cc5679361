import { AGENT_HEADS, EVENT_REFS, OFFICIAL_ROLES, TROOP_HEADS } from './lexicon';
import {
  ADDRESS_VERBS,
  allyNoun,
  PAIR_KINDS,
  verbSubjects,
  ADDRESSED,
  bodyRef,
  bothHead,
  CONTENT_NOUNS,
  COUNTRY_NOUNS,
  descriptionHead,
  DESCRIPTIONS,
  EVENT_DETS,
  eventAuthor,
  eventDetails,
  eventRef,
  isPerson,
  listAround,
  PAIR_NOUNS,
  PERSON_NOUNS,
  STARTERS,
  TITLES,
} from './coref-refs';
import { namedState, type ArticleState } from './names';
import { POSS } from './mentions';
import { NAMING } from './objects-words';
import { isReporting } from './scan-ctx';
import type { Gazetteer, Mention, Tok } from './types';

/**
 * Mentions by pronoun or description: "he" (the last person named), "its" (the nearest
 * state or organization before it), "it" after a reporting verb ("Moscow said it would"),
 * "the alliance" (NATO, if the article has named it).
 */
/** "the (illegal unilateral) sanctions": the start of a definite noun phrase ending at k, or -1. */
const definiteBefore = (toks: Tok[], k: number): number => {
  let d = k - 1;
  while (d >= 0 && ['ADJ', 'NOUN'].includes(toks[d]!.p)) d--;
  return toks[d]?.f === 'the' ? d : -1;
};

export const corefMentions = (
  toks: Tok[],
  ms: Mention[],
  gaz: Gazetteer,
  st: ArticleState,
): Mention[] => {
  const out = [...ms];
  const cover = new Uint8Array(toks.length + 1);
  for (const m of ms) cover.fill(1, m.start, m.end);
  const covered = (i: number) => cover[i] === 1;
  const nearest = (i: number, person: boolean): Mention | undefined =>
    [...ms]
      .reverse()
      .find(
        (m) =>
          m.end <= i &&
          isPerson(gaz, st, m.actorId) === person &&
          m.kind !== 'place' &&
          m.kind !== 'weapon',
      );
  // "Trump hosted Zelensky … and told reporters afterwards that he was": the person who speaks,
  // not the one last named (a person right after a verb or a preposition is no subject)
  const reportedSpeaker = (i: number): Mention | undefined => {
    if (toks[i - 1]?.f !== 'that') return undefined;
    let r = i - 2;
    while (r >= i - 5 && r >= 0 && !isReporting(toks[r]!)) r--;
    if (r < i - 5 || r < 0 || toks[r]!.p !== 'VERB' || ms.some((m) => m.start > r && m.end < i))
      return undefined;
    const persons = ms.filter((m) => m.end <= r && isPerson(gaz, st, m.actorId) && !m.poss);
    const subjects = persons.filter((m) => !['VERB', 'ADP'].includes(toks[m.start - 1]?.p ?? ''));
    const last = subjects.at(-1);
    return last && last !== persons.at(-1) ? last : undefined;
  };
  // "The Houthis, who control Yemen's capital, said they …": the speaker, not a name in the aside
  const speakerBefore = (r: number): Mention | undefined => {
    let aside = false;
    for (let j = r - 1; j >= 0; j--) {
      const t = toks[j]!;
      if (t.f === ',' && aside) aside = false;
      else if (t.f === ',' && /^(who|which)$/.test(toks[j + 1]?.f ?? '')) aside = false;
      const m = out.find((x) => x.end === j + 1);
      if (m && !aside && !m.poss && !isPerson(gaz, st, m.actorId) && m.kind !== 'place') {
        // ("accusations from the Netherlands that it had …": past the article)
        const pre = toks[toks[m.start - 1]?.p === 'DET' ? m.start - 2 : m.start - 1];
        // "Seoul warned Moscow that it could …": the addressee is not the one who speaks
        const addressee = pre?.p === 'VERB' && ADDRESSED.has(pre.l);
        if (pre?.p !== 'ADP' && !addressee) return m;
      }
      if (t.f === ',' && !aside) {
        // entering an aside from its end: skip to the ", who|which" that opens it
        const open = toks
          .slice(0, j)
          .findLastIndex((x, n) => x.f === ',' && /^(who|which)$/.test(toks[n + 1]?.f ?? ''));
        if (open >= 0) {
          j = open;
          continue;
        }
      }
      if (/^[;:.]$/.test(t.f) || t.f === 'that') break;
    }
    return undefined;
  };
  /** "the sanctions it has imposed": the actor named last before the phrase, not in apposition. */
  const relativeIt = (i: number): string | undefined => {
    const next = toks[i + 1];
    if (toks[i - 1]?.p !== 'NOUN' || covered(i - 1) || !next) return undefined;
    if (!['AUX', 'VERB'].includes(next.p) || NAMING.has(next.l)) return undefined;
    const d = definiteBefore(toks, i - 1);
    return ms.findLast(
      (m) =>
        m.end <= d &&
        !toks.slice(m.end, d).every((x) => x.f === ',') &&
        !isPerson(gaz, st, m.actorId) &&
        m.kind !== 'place' &&
        m.kind !== 'weapon',
    )?.actorId;
  };
  /** "Iran has sent it drones": what an object "it" right after a verb with a named subject is. */
  const objectIt = (i: number): string | undefined => {
    // ("Seoul said it would …": the subject of a clause, not an object)
    if (toks[i - 1]?.p !== 'VERB' || isReporting(toks[i - 1]!)) return undefined;
    // (a recipient: "sent it drones", "provided it with machine tools"; not "condemned it.")
    const next = toks[i + 1];
    if (!next || !(['NOUN', 'ADJ', 'DET', 'NUM'].includes(next.p) || next.f === 'with'))
      return undefined;
    let v = i - 2;
    while (v >= 0 && ['AUX', 'ADV', 'PART'].includes(toks[v]!.p)) v--;
    const subject = out.find((m) => m.end === v + 1 && !m.poss && m.kind === 'actor');
    if (!subject || isPerson(gaz, st, subject.actorId)) return undefined;
    const before = out.filter((m) => m.end <= subject.start && m.kind === 'actor');
    const parallel = before.findLast((m) => m.resolved && toks[m.start]?.f === 'it');
    const m =
      parallel ??
      before.findLast((x) => x.actorId !== subject.actorId && !isPerson(gaz, st, x.actorId));
    return m && m.actorId !== subject.actorId ? m.actorId : undefined;
  };
  toks.forEach((t, i) => {
    if (covered(i) || !STARTERS.has(t.f)) return;
    const itRef = t.f === 'it' && t.p === 'PRON' ? (relativeIt(i) ?? objectIt(i)) : undefined;
    let id: string | undefined;
    let group: string[] | undefined;
    let poss = false;
    if (t.p === 'PRON' && (t.f === 'he' || t.f === 'she' || t.f === 'him'))
      id = (reportedSpeaker(i) ?? nearest(i, true))?.actorId ?? st.lastPerson;
    // "Trump urged him": the object is not the verb's own subject; the person last described
    // ("the Israeli prime minister") or named before
    if (t.f === 'him' && id !== undefined) {
      let v = i - 1;
      if (toks[v]?.p === 'VERB') v--;
      while (v >= 0 && ['AUX', 'ADV'].includes(toks[v]!.p)) v--;
      const subject = ms.find((m) => m.end === v + 1 && m.actorId === id);
      if (subject) {
        const other = [...ms]
          .reverse()
          .find(
            (m) =>
              m.end <= subject.start &&
              m.actorId !== id &&
              (isPerson(gaz, st, m.actorId) ||
                (m.kind === 'agent' && OFFICIAL_ROLES.has(toks[m.end - 1]?.l ?? ''))),
          );
        id = other?.actorId;
        if (id === undefined) return;
      }
    } else if (
      (t.f === 'his' || t.f === 'her') &&
      COUNTRY_NOUNS.has(toks[i + 1]?.l ?? '') &&
      (POSS.has(toks[i + 2]?.v ?? '') ||
        (['country', 'nation'].includes(toks[i + 1]!.l) && toks[i + 1]!.p === 'NOUN'))
    ) {
      // "pledged his country's support", "vowed that his country would avenge": the person's
      // state (as a possessive before "'s")
      const person = nearest(i, true)?.actorId ?? st.lastPerson;
      const state = person === undefined ? undefined : gaz.actors.get(person)?.affiliation;
      if (state !== undefined)
        out.push({
          start: i,
          end: i + 2,
          actorId: state,
          kind: 'actor',
          poss: POSS.has(toks[i + 2]?.v ?? ''),
          resolved: true,
        });
      return;
    } else if (
      (t.f === 'his' || t.f === 'her') &&
      (AGENT_HEADS.has(toks[i + 1]?.l ?? '') ||
        TROOP_HEADS.has(toks[i + 1]?.l ?? '') ||
        EVENT_REFS.has(toks[i + 1]?.l ?? '')) &&
      toks[i + 1]?.p === 'NOUN'
    ) {
      // ("His refusal drew criticism": the person's own act)
      // "his government would not send": the person's side acts through it
      id = nearest(i, true)?.actorId ?? st.lastPerson;
      poss = true;
      // "his army would not cross into Kosovo": the person's state's troops
      const state = id === undefined ? undefined : gaz.actors.get(id)?.affiliation;
      if ((TROOP_HEADS.has(toks[i + 1]!.l) || toks[i + 1]!.l === 'army') && state !== undefined) {
        out.push({
          start: i,
          end: i + 1,
          actorId: state,
          kind: 'troops',
          poss: true,
          resolved: true,
        });
        return;
      }
    } else if (t.f === 'its' || t.f === 'their') {
      // a possessive refers back to a subject rather than to the object of a preposition
      // ("it had sent troops to Russia, saying its soldiers …" is North Korea's soldiers)
      const near = nearest(i, false);
      const subjectLike = [...ms]
        .reverse()
        .find(
          (m) =>
            m.end <= i &&
            !isPerson(gaz, st, m.actorId) &&
            m.kind !== 'place' &&
            m.kind !== 'weapon' &&
            toks[m.start - 1]?.p !== 'ADP' &&
            !(toks[m.start - 1]?.p === 'DET' && toks[m.start - 2]?.p === 'ADP'),
        );
      const first =
        near && subjectLike && toks[near.start - 1]?.p === 'ADP' && toks[i - 1]?.p !== 'ADP'
          ? subjectLike
          : near;
      id = first?.actorId;
      // "warned Moscow that it could reconsider its ban": the "it" just resolved owns it
      const pron = out
        .filter(
          (m) =>
            m.resolved &&
            m.end <= i &&
            m.start >= (first?.end ?? 0) &&
            ['it', 'they'].includes(toks[m.start]!.f),
        )
        .at(-1);
      if (pron) id = pron.actorId;
      const alt = first
        ? [...ms]
            .reverse()
            .find(
              (m) =>
                m.end <= i &&
                m.actorId !== first.actorId &&
                !isPerson(gaz, st, m.actorId) &&
                m.kind !== 'place' &&
                m.kind !== 'weapon',
            )
        : undefined;
      if (id === undefined) return;
      const theirs = t.f === 'their' && first && !pron ? listAround(toks, ms, first) : [];
      // "reaffirmed Washington's support for its treaty ally" after China rammed a Philippine
      // ship: the ally is the one the last claim was against
      const ally = allyNoun(toks, i);
      const victim = st.lastPair?.[1];
      const side = (x: string) => gaz.actors.get(x)?.affiliation ?? x;
      const allied =
        ally > 0 &&
        victim !== undefined &&
        st.lastPair?.[0] !== id &&
        victim !== id &&
        side(victim) !== side(id) &&
        gaz.actors.get(side(victim))?.kind === 'STATE';
      out.push(
        allied
          ? {
              start: i,
              end: ally + 1,
              actorId: side(victim),
              kind: 'actor',
              poss: false,
              resolved: true,
            }
          : {
              start: i,
              end: i + 1,
              actorId: id,
              kind: 'actor',
              poss: true,
              resolved: true,
              ...(alt ? { alt: alt.actorId } : {}),
              // "Russia and China … declared their support": all of them
              ...(theirs.length > 1 ? { group: theirs } : {}),
            },
      );
      return;
    } else if (
      (t.f === 'we' || t.f === 'our') &&
      t.p === 'PRON' &&
      /[“"”]/.test(toks.map((x) => x.v).join(''))
    ) {
      // in a quote, "we" is the speaker's side: the state or body of the official speaking
      const speaker = ms.find((m) => isPerson(gaz, st, m.actorId));
      const side = speaker
        ? (gaz.actors.get(speaker.actorId)?.affiliation ??
          st.created.get(speaker.actorId)?.affiliation)
        : undefined;
      if (side !== undefined && !isPerson(gaz, st, side)) id = side;
      poss = t.f === 'our';
    } else if (
      (t.f === 'it' || t.f === 'them') &&
      t.p === 'PRON' &&
      toks[i - 1]?.p === 'VERB' &&
      ADDRESS_VERBS.has(toks[i - 1]!.l) &&
      (toks[i - 2]?.f === 'and' || (toks[i - 2]?.f === ',' && /ing$/.test(toks[i - 1]!.f)))
    ) {
      // "criticised the US for … and urged it to stop": the actor the first verb addressed;
      // "imposed sanctions on 16 Venezuelan officials, accusing them of …": its last object
      // (not a member listed after "including": "officials, including … judges, accusing them")
      const listed = toks.findLastIndex((x, n) => n < i && x.f === 'including');
      const before = listed >= 0 ? listed : i - 1;
      const near =
        toks[i - 2]!.f === ','
          ? ms.findLast((m) => m.end <= before && (m.kind === 'actor' || m.kind === 'agent'))
          : nearest(i, false);
      id = near && near.start > 1 ? near.actorId : undefined;
    } else if (itRef !== undefined) {
      // "lift the sanctions it has imposed on Chinese firms": a relative clause without its
      // pronoun, "it" the actor named last (not the one the phrase describes: "The Resistance
      // Front, the militant group it blames"); "North Korea has supplied Russia …; Iran has
      // sent it drones": the object of a verb is not its own subject, and parallel clauses
      // keep the same one
      id = itRef;
    } else if ((t.f === 'it' || t.f === 'they') && t.p === 'PRON') {
      // "Moscow said it would…", "the administration made clear that it intends…"
      const r = toks
        .slice(0, i)
        .findLastIndex(
          (x, n) =>
            isReporting(x) ||
            (x.f === 'that' && (x.p === 'SCONJ' || CONTENT_NOUNS.has(toks[n - 1]?.l ?? ''))) ||
            ['if', 'unless', 'whether', 'once'].includes(x.f),
        );
      // "said it", "said on Thursday it": a date may come between
      const gap = toks
        .slice(r + 1, i)
        .every(
          (x) =>
            x.f === 'on' ||
            /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(x.f),
        );
      const a =
        r >= 0 && (r >= i - 2 || gap) && !ms.some((m) => m.start > r && m.start < i)
          ? (speakerBefore(r) ?? nearest(r, false))
          : undefined;
      // "The United States determined that …, and it imposed sanctions": the first subject
      const first = [...out].sort((x, y) => x.start - y.start)[0];
      const lead =
        toks[i - 1]?.f === 'and' &&
        toks[i - 2]?.f === ',' &&
        first &&
        first.start <= 1 &&
        !first.poss &&
        !isPerson(gaz, st, first.actorId) &&
        first.kind === 'actor'
          ? first
          : undefined;
      id = (a ?? lead)?.actorId;
      // "in what it called a stern warning", "drills it described as": the sentence's lead
      if (id === undefined && t.f === 'it' && NAMING.has(toks[i + 1]?.l ?? '')) {
        // ("China's military staged drills around Taiwan …": the subject, not a place after it)
        const own = ms.find(
          (m) =>
            m.end <= i &&
            m.kind === 'actor' &&
            !isPerson(gaz, st, m.actorId) &&
            toks[m.start - 1]?.p !== 'ADP',
        );
        id = own?.actorId;
      }
      // "They also urged China …": a pronoun opening a sentence is the last sentence's subject
      const initial = toks.slice(0, i).every((x) => ['ADV', 'CCONJ', 'PUNCT'].includes(x.p));
      if (id === undefined && initial && ['VERB', 'AUX', 'ADV'].includes(toks[i + 1]?.p ?? '')) {
        const before = st.prevLead;
        if (before !== undefined && !isPerson(gaz, st, before)) id = before;
      }
      // "Britain, France and Germany said they would …": all of them
      if (t.f === 'they' && a) group = listAround(toks, ms, a);
      // "X and Y held talks. In a joint statement they criticised …": both
      const joint = st.lastJoint;
      if (
        id === undefined &&
        t.f === 'they' &&
        joint?.sentence === st.sentences &&
        !ms.some((m) => m.start < i) &&
        !toks.slice(0, i).some((x) => x.p === 'VERB')
      ) {
        id = joint.ids[0];
        group = joint.ids;
      }
    } else if (
      t.f === 'the' &&
      TITLES.has(toks[i + 1]?.f ?? '') &&
      !covered(i + 1) &&
      toks[i + 2]?.f !== 'of' &&
      toks[i + 2]?.p !== 'PROPN' &&
      (i === 0 || toks[i - 1]?.p !== 'ADP')
    ) {
      // "The president also accused Moscow …": the person last named with that title
      const title = toks[i + 1]!.f;
      const person = [
        ...ms
          .filter((m) => m.end <= i)
          .map((m) => m.actorId)
          .reverse(),
        ...st.recent,
      ].find((x) => {
        const a = gaz.actors.get(x) ?? st.created.get(x);
        const role = (a?.role ?? '').toLowerCase();
        return (
          a?.kind === 'OFFICIAL' &&
          (role.includes(title) || (title === 'leader' && /leader|president|supreme/.test(role)))
        );
      });
      if (person !== undefined) {
        out.push({
          start: i,
          end: i + 2,
          actorId: person,
          kind: 'actor',
          poss: POSS.has(toks[i + 2]?.v ?? ''),
          resolved: true,
        });
        return;
      }
    } else if (
      (t.f === 'the' && toks[i + 1]?.f === 'two') ||
      (t.f === 'both' && PAIR_NOUNS.has(toks[bothHead(toks, i)]?.l ?? ''))
    ) {
      // "the two leaders", "both (nuclear-armed) countries": the last two actors named
      const end =
        t.f === 'both'
          ? bothHead(toks, i) + 1
          : PAIR_NOUNS.has(toks[i + 2]?.l ?? '')
            ? i + 3
            : i + 2;
      const noun = toks[end - 1]!.l;
      const person = PERSON_NOUNS.has(noun);
      // for countries, a person named counts for the state they belong to
      const stateOf = (x: string) =>
        person || !isPerson(gaz, st, x) ? x : (gaz.actors.get(x)?.affiliation ?? x);
      const kindOk = (x: string) =>
        isPerson(gaz, st, x) === person && (person || gaz.actors.get(x)?.kind === 'STATE');
      // the parties of the last claim ("…provided Russia with missiles. Kirby condemned both
      // governments"), else the last two actors named
      const pair = st.lastPair?.map(stateOf);
      // "Indian and Pakistani forces traded fire … the United States and Saudi Arabia urged
      // both neighbours": not the verb's own subjects; named actors before troops and people
      const own = verbSubjects(toks, ms, i);
      const rank = (m: Mention) => (m.kind === 'actor' ? 0 : 1);
      const ids = [
        ...(pair && pair[0] !== pair[1] && pair.every(kindOk) ? pair : []),
        ...ms
          .filter((m) => m.end <= i && PAIR_KINDS.has(m.kind) && !own.has(m))
          .reverse()
          .sort((a, b) => rank(a) - rank(b))
          .map((m) => m.actorId),
        ...st.recent,
      ]
        .map(stateOf)
        .filter((x, k, a) => a.indexOf(x) === k && kindOk(x));
      if (
        ids.length >= 2 &&
        (noun !== 'two' || toks[end]?.p === 'VERB' || toks[end]?.p === 'AUX')
      ) {
        out.push({
          start: i,
          end,
          actorId: ids[1]!,
          partner: ids[0]!,
          kind: 'actor',
          poss: false,
          resolved: true,
        });
      }
      return;
    } else if (EVENT_DETS.has(t.f) && eventRef(toks, i, covered) && eventAuthor(toks, i, st)) {
      // "Kyiv condemned the strike", "The decision drew criticism": the last act's author(s)
      const author = eventAuthor(toks, i, st)!;
      out.push({
        start: i,
        end: eventRef(toks, i, covered),
        actorId: author,
        kind: 'event',
        poss: false,
        resolved: true,
        ...eventDetails(toks, i, st, author),
      });
      return;
    } else if (
      t.f === 'the' &&
      (toks[i + 1]?.v === 'North' || toks[i + 1]?.v === 'South') &&
      !covered(i + 1) &&
      toks[i + 2]?.p !== 'PROPN'
    ) {
      // "the North" in an article about the Koreas
      const korea = toks[i + 1]!.v === 'North' ? 'north-korea' : 'south-korea';
      const named = [...st.recent, ...ms.map((m) => m.actorId)];
      if (named.some((x) => x === korea || gaz.actors.get(x)?.affiliation === korea)) {
        const poss = /^['’]/.test(toks[i + 2]?.v ?? '');
        out.push({ start: i, end: i + 2, actorId: korea, kind: 'actor', poss, resolved: true });
        return;
      }
    } else if (
      (bodyRef(toks, i, covered) > 0 || (t.f === 'officials' && t.p === 'NOUN')) &&
      !(i > 0 && ['ADJ', 'PROPN', 'NOUN'].includes(toks[i - 1]!.p))
    ) {
      // "In Kyiv, officials urged …", "the foreign ministry said": the state of the place
      // named just before, else of the last claim's subject
      const end = t.f === 'officials' ? i + 1 : bodyRef(toks, i, covered);
      const head = toks[end - 1]!.l;
      const place = ms.find((m) => m.end === i - 1 && toks[i - 1]!.f === ',' && m.start === 1);
      const stateOf = (x: string | undefined) =>
        x === undefined || !isPerson(gaz, st, x) ? x : gaz.actors.get(x)?.affiliation;
      const here = toks[0]?.f === 'in' && place ? place.actorId : undefined;
      // "the junta in Niamey": the place after it; later "the junta" refers back to it
      const inPlace = toks[end]?.f === 'in' ? ms.find((m) => m.start === end + 1) : undefined;
      const local = head === 'junta' || head === 'regime';
      // "Romanian officials accused Russia of cyberattacks on the country's election": the
      // sentence's own first actor, else the last claim's subject
      // ("Lebanon's health ministry said … The country's prime minister": else the state
      // named last)
      const lastState = () =>
        st.recent.map(stateOf).find((x) => x !== undefined && gaz.actors.get(x)?.kind === 'STATE');
      // ("Sudan … accusing the Gulf state of …": a state described by its region is the
      // other state named last, not the sentence's subject)
      const regional = head === 'state' || head === 'emirate';
      const named = ms.filter((m) => m.end <= i && !m.poss);
      const candidate = regional
        ? [...named]
            .reverse()
            .find((m) => m !== named[0] && gaz.actors.get(m.actorId)?.kind === 'STATE')
        : named[0];
      const lead =
        head === 'country' || head === 'kingdom' || regional
          ? (stateOf(candidate?.actorId) ?? lastState())
          : undefined;
      const last = t.f === 'officials' || local ? undefined : (lead ?? stateOf(st.lastPair?.[0]));
      // ("urged the junta to halt attacks": a junta not yet placed rules the state named last)
      const state =
        here ??
        inPlace?.actorId ??
        st.bodies.get(head) ??
        last ??
        (local ? lastState() : undefined) ??
        // ("DAMASCUS (SANA) -- … The ministry called on …": the state the report is filed from)
        (head === 'ministry' && !namedState(st, gaz) ? st.dateline : undefined);
      if (state !== undefined && local) st.bodies.set(head, state);
      // (a body named in full before, "the Ministry of Foreign Affairs and Expatriates": its state)
      const own =
        state !== undefined && !gaz.actors.has(state) ? st.created.get(state)?.affiliation : state;
      if (own !== undefined && gaz.actors.get(own)?.kind === 'STATE') {
        out.push({ start: i, end, actorId: own, kind: 'actor', poss: false, resolved: true });
        return;
      }
    } else if (t.f === 'the' && descriptionHead(toks, i, covered) > 0) {
      // "the alliance", "the Iran-aligned group", "the London-based think tank"
      const head = descriptionHead(toks, i, covered);
      const ids = DESCRIPTIONS[toks[head]!.f]!;
      // the organization itself, or the one a recently named official belongs to
      const affOf = (x: string) => gaz.actors.get(x)?.affiliation ?? st.created.get(x)?.affiliation;
      const seen = [
        ...ms
          .filter((m) => m.end <= i)
          .reverse()
          .map((m) => m.actorId),
        ...st.recent,
      ];
      id = seen.flatMap((x) => [x, affOf(x) ?? '']).find((r) => ids.includes(r));
      if (id !== undefined) {
        // the description replaces the names inside it ("Iran" in "the Iran-aligned group")
        for (let n = out.length - 1; n >= 0; n--)
          if (out[n]!.start > i && out[n]!.start <= head) out.splice(n, 1);
        out.push({
          start: i,
          end: head + 1,
          actorId: id,
          kind: 'actor',
          poss: /^['’]/.test(toks[head + 1]?.v ?? ''),
          resolved: true,
        });
        return;
      }
    }
    if (id !== undefined)
      out.push({
        start: i,
        end: i + 1,
        actorId: id,
        kind: 'actor',
        poss,
        resolved: true,
        ...(group && group.length > 1 ? { group } : {}),
      });
  });
  return out.sort((a, b) => a.start - b.start);
};

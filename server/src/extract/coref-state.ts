/** The article state coreference keeps between sentences, and role look-ups. Pure. */
import { isPerson } from './coref-refs';
import { OFFICIAL_ROLES } from './lexicon';
import type { ArticleState } from './names';
import type { Gazetteer, Mention, Tok } from './types';

/**
 * "The US secretary of state", "the French president": a role of a state, once the person
 * holding it has been named in the article, refers to that person.
 */
export const roleMentions = (
  toks: Tok[],
  ms: Mention[],
  gaz: Gazetteer,
  st: ArticleState,
): Mention[] =>
  ms.map((m) => {
    const head = toks[m.end - 1];
    if (!head || m.end - m.start < 2 || !OFFICIAL_ROLES.has(head.l) || isPerson(gaz, st, m.actorId))
      return m;
    const person = st.recent.find((id) => {
      const a = gaz.actors.get(id) ?? st.created.get(id);
      return (
        a?.kind === 'OFFICIAL' &&
        a.affiliation === m.actorId &&
        (a.role ?? '').toLowerCase().includes(head.l)
      );
    });
    return person === undefined ? m : { ...m, actorId: person, kind: 'actor', resolved: true };
  });

/** Updates the article state after a sentence: recency, last person, activated surnames. */
export const remember = (ms: Mention[], gaz: Gazetteer, st: ArticleState): void => {
  let person: string | undefined;
  for (const m of ms) {
    st.recent = [m.actorId, ...st.recent.filter((r) => r !== m.actorId)].slice(0, 30);
    if (isPerson(gaz, st, m.actorId)) person ??= m.actorId;
  }
  if (person !== undefined) st.lastPerson = person;
};

/** Activates the surnames of the people named in a sentence; true if any is new. */
export const activateShortNames = (ms: Mention[], gaz: Gazetteer, st: ArticleState): boolean => {
  let added = false;
  for (const m of ms) {
    const s = gaz.shortNames.get(m.actorId);
    if (s && s.key !== '' && st.short.get(s.key) !== m.actorId) {
      st.short.set(s.key, m.actorId);
      added = true;
    }
  }
  return added;
};

/**
 * Names in a sentence that is not analysed (it cannot hold a claim): keeps surnames, the
 * last person named and recency up to date for the sentences that follow.
 */
export const skimSentence = (names: Mention[], gaz: Gazetteer, st: ArticleState): void => {
  activateShortNames(names, gaz, st);
  remember(names, gaz, st);
};

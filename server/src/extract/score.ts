import { isSymmetric, type Predicate } from '../domain';
import type { Actor } from '../domain';
import { foldToken } from './nlp';
import type { ExtractedClaim, Gazetteer } from './types';

/** An expected claim in a fixture: [subject, predicate, object, status] by actor name. */
export type Expected = [string, string, string, string];

export interface Score {
  extracted: number;
  expected: number;
  /** extracted claims that match an expected one */
  correct: number;
  /** expected claims that were found */
  found: number;
  /** matched claims whose status is also right */
  statusRight: number;
  misses: string[];
  spurious: string[];
  /** found claims whose status differs: "expected … got <status>" */
  wrongStatus: string[];
}

export const emptyScore = (): Score => ({
  extracted: 0,
  expected: 0,
  correct: 0,
  found: 0,
  statusRight: 0,
  misses: [],
  spurious: [],
  wrongStatus: [],
});
export const precision = (s: Score): number => (s.extracted === 0 ? 1 : s.correct / s.extracted);
export const recall = (s: Score): number => (s.expected === 0 ? 1 : s.found / s.expected);

/** Names an actor may be scored as: itself and the states or organizations it belongs to. */
const namesOf = (id: string, gaz: Gazetteer, extra: Map<string, Actor>): string[] => {
  const out: string[] = [];
  for (let cur: string | undefined = id, n = 0; cur !== undefined && n < 4; n++) {
    const a: { name: string; affiliation?: string } | undefined =
      gaz.actors.get(cur) ?? extra.get(cur);
    out.push(a?.name ?? cur);
    cur = a?.affiliation;
  }
  return out;
};

const fold = (name: string): string => name.split(/\s+/).map(foldToken).join(' ');

/**
 * The name chain an expected name is scored with. A labeller may write an actor the way the
 * text or another outlet does ("Antonio Guterres" for "António Guterres", "King Abdullah II"
 * for "Abdullah II"): accents and the gazetteer's aliases resolve to the same actor.
 */
const expectedChains = (
  gaz: Gazetteer,
  newActors: readonly Actor[],
  extra: Map<string, Actor>,
): ((name: string) => string[]) => {
  const byName = new Map<string, string>();
  for (const a of [...gaz.actors.values(), ...newActors]) {
    for (const alias of a.aliases) byName.set(fold(alias), a.id);
    byName.set(fold(a.name), a.id);
  }
  return (name) => {
    const id = byName.get(fold(name));
    return id === undefined ? [name] : namesOf(id, gaz, extra);
  };
};

/**
 * Whether an extracted claim states an expected (subject, predicate, object), with the same
 * official-for-state and symmetry rules as the score.
 */
export const claimMatcher = (gaz: Gazetteer, newActors: readonly Actor[]) => {
  const extra = new Map(newActors.map((a) => [a.id, a]));
  const chainOf = expectedChains(gaz, newActors, extra);
  const overlap = (a: string[], name: string): boolean => chainOf(name).some((n) => a.includes(n));
  return (c: ExtractedClaim, e: Expected): boolean => {
    const s = namesOf(c.subjectId, gaz, extra);
    const o = namesOf(c.objectId, gaz, extra);
    return (
      c.predicate === e[1] &&
      ((overlap(s, e[0]) && overlap(o, e[2])) ||
        (isSymmetric(e[1]) && overlap(s, e[2]) && overlap(o, e[0])))
    );
  };
};

/**
 * Scores one paragraph on (subject, predicate, object), ignoring duplicates. An official
 * counts for the state or organization they belong to, on either side (an extracted "Iran"
 * matches an expected "Abbas Araghchi" and vice versa); symmetric predicates ignore order.
 */
export const scoreParagraph = (
  claims: readonly ExtractedClaim[],
  expected: readonly Expected[],
  gaz: Gazetteer,
  newActors: readonly Actor[],
  into: Score,
): void => {
  const extra = new Map(newActors.map((a) => [a.id, a]));
  // an expected official also counts for their state: compare name chains on both sides
  const chainOf = expectedChains(gaz, newActors, extra);
  // one entry per (subject, predicate, object); a claim and its denial may both be there
  const got = new Map<string, { s: string[]; p: string; o: string[]; statuses: string[] }>();
  for (const c of claims) {
    const key = `${c.subjectId}|${c.predicate}|${c.objectId}`;
    const g = got.get(key);
    if (g) g.statuses.push(c.status);
    else
      got.set(key, {
        s: namesOf(c.subjectId, gaz, extra),
        p: c.predicate,
        o: namesOf(c.objectId, gaz, extra),
        statuses: [c.status],
      });
  }
  const exp = [...new Map(expected.map((e) => [`${e[0]}|${e[1]}|${e[2]}`, e])).values()];
  const overlap = (a: string[], name: string): boolean => chainOf(name).some((n) => a.includes(n));
  const match = (g: { s: string[]; p: string; o: string[] }, e: Expected): boolean =>
    g.p === e[1] &&
    ((overlap(g.s, e[0]) && overlap(g.o, e[2])) ||
      (isSymmetric(e[1] as Predicate) && overlap(g.s, e[2]) && overlap(g.o, e[0])));
  into.extracted += got.size;
  into.expected += exp.length;
  for (const [key, g] of got) {
    const e = exp.find((x) => match(g, x));
    if (e) into.correct++;
    else into.spurious.push(key);
  }
  for (const e of exp) {
    const hits = [...got.values()].filter((g) => match(g, e));
    if (hits.length === 0) into.misses.push(e.join(' '));
    else {
      into.found++;
      if (hits.some((g) => g.statuses.includes(e[3]))) into.statusRight++;
      else
        into.wrongStatus.push(`${e.join(' ')}, got ${hits.flatMap((g) => g.statuses).join('/')}`);
    }
  }
};

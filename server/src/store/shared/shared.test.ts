import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../domain';
import { actors, dataset } from '../contract-fixture';
import { canonical } from './canonical';
import { referenceIssues, type StoredIds } from './refs';
import { bestScore, compareHits, scoreTerm, searchTerms } from './search-terms';

const holding = (actorIds: string[], sourceIds: string[]): StoredIds => ({
  hasActor: (id) => actorIds.includes(id),
  hasSource: (id) => sourceIds.includes(id),
});

describe('referenceIssues', () => {
  it('accepts a dataset whose references resolve inside it', () => {
    expect(referenceIssues(dataset(), holding([], []))).toEqual([]);
  });

  it('reports every dangling reference, actors first, then claims in order', () => {
    const ds = dataset();
    ds.actors.push({ id: 'x', name: 'X', kind: 'OFFICIAL', aliases: [], affiliation: 'ghost' });
    ds.claims.unshift({ ...ds.claims[0]!, id: 'k0', attributedTo: 'nobody' });
    ds.claims.push({ ...ds.claims[1]!, id: 'k99', object: 'nowhere', source: 'src-z' });
    expect(referenceIssues(ds, holding([], [])).map((i) => i.message)).toEqual([
      'actor x: unknown affiliation "ghost"',
      'claim k0: unknown actor "nobody"',
      'claim k99: unknown actor "nowhere"',
      'claim k99: unknown source "src-z"',
    ]);
    expect(referenceIssues(ds, holding([], []))[0]).toEqual({
      file: 'dataset',
      line: null,
      message: 'actor x: unknown affiliation "ghost"',
    });
  });

  it('accepts references to records the store already holds', () => {
    const k1 = dataset().claims[0]!;
    const ds: Dataset = { actors: [], sources: [], claims: [k1] };
    expect(referenceIssues(ds, holding(['north-korea', 'russia'], ['src-a']))).toEqual([]);
    expect(referenceIssues(ds, holding(['north-korea'], [])).map((i) => i.message)).toEqual([
      'claim k1: unknown actor "russia"',
      'claim k1: unknown source "src-a"',
    ]);
  });
});

describe('search terms and ranking', () => {
  it('folds name, aliases and id into distinct terms, in that order', () => {
    expect(searchTerms(actors[0]!)).toEqual([
      'north korea',
      'dprk',
      'pyongyang',
      "democratic people's republic of korea",
    ]);
    expect(
      searchTerms({ id: 'united-states', name: 'United States', aliases: ['US', 'us'] }),
    ).toEqual(['united states', 'us']);
  });

  it('scores exact > prefix > word prefix > substring > none', () => {
    expect(scoreTerm('north korea', 'north korea')).toBe(4);
    expect(scoreTerm('north korea', 'north')).toBe(3);
    expect(scoreTerm('north korea', 'kor')).toBe(2);
    expect(scoreTerm("people's republic of korea", 'republic of k')).toBe(2); // several words
    expect(scoreTerm('north korea', 'orth')).toBe(1);
    expect(scoreTerm('north korea', 'south')).toBe(0);
    expect(bestScore(['north korea', 'dprk'], 'dprk')).toBe(4);
    expect(bestScore(['north korea', 'dprk'], 'zzz')).toBe(0);
    expect(bestScore([], 'x')).toBe(0);
  });

  it('orders hits by score, then name, then id', () => {
    const hits = [
      { id: 'b', name: 'Beta', score: 2 },
      { id: 'a2', name: 'Alpha', score: 2 },
      { id: 'z', name: 'Zed', score: 3 },
      { id: 'a1', name: 'Alpha', score: 2 },
    ];
    expect(hits.sort(compareHits).map((h) => h.id)).toEqual(['z', 'a1', 'a2', 'b']);
  });
});

describe('canonical', () => {
  it('ignores key order at every depth but not values or array order', () => {
    expect(canonical({ a: 1, b: { c: 2, d: [3, 4] } })).toBe(
      canonical({ b: { d: [3, 4], c: 2 }, a: 1 }),
    );
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: 2 }));
    expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
  });
});

import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from './index';
import { emptyScore, scoreParagraph, type Expected } from './score';

const gaz = buildGazetteer([]);
const score = (text: string, expected: Expected[]) => {
  const r = extractArticle(text, { source: 'a.txt' }, gaz);
  const s = emptyScore();
  scoreParagraph(r.claims, expected, gaz, r.newActors, s);
  return s;
};

describe('scoreParagraph', () => {
  it('counts an official for their state, on either side', () => {
    const s = score('Abbas Araghchi warned Washington on Sunday.', [
      ['Iran', 'WARNS', 'United States', 'asserted'],
    ]);
    expect([s.found, s.correct, s.statusRight]).toEqual([1, 1, 1]);
  });

  it('resolves an expected name written with or without accents, or by an alias', () => {
    const s = score('Antonio Guterres urged Israel to allow aid into Gaza.', [
      ['Antonio Guterres', 'URGES', 'Israel', 'asserted'],
    ]);
    expect([s.found, s.correct]).toEqual([1, 1]);
    const k = score('King Abdullah II condemned Israel on Monday.', [
      ['King Abdullah II', 'CONDEMNS', 'Israel', 'asserted'],
    ]);
    expect([k.found, k.correct]).toEqual([1, 1]);
  });

  it('reports misses and spurious claims', () => {
    const s = score('Russia struck Kyiv overnight.', [['Iran', 'SUPPLIES', 'Russia', 'asserted']]);
    expect(s.misses).toEqual(['Iran SUPPLIES Russia asserted']);
    expect(s.spurious).toEqual(['russia|ATTACKS|ukraine']);
  });
});

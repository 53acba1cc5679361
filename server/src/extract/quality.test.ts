import { describe, expect, it } from 'vitest';
import { buildGazetteer, extractArticle } from './index';
import { loadFixtures } from './fixtures';
import { emptyScore, precision, recall, scoreParagraph, type Score } from './score';

const gaz = buildGazetteer([]);

const run = (name: string): Score => {
  const score = emptyScore();
  for (const f of loadFixtures(name)) {
    const r = extractArticle(
      f.text,
      { source: `${f.id}.txt`, ...(f.date ? { date: f.date } : {}) },
      gaz,
    );
    const before = { misses: score.misses.length, spurious: score.spurious.length };
    scoreParagraph(r.claims, f.claims, gaz, r.newActors, score);
    score.misses.splice(
      before.misses,
      Infinity,
      ...score.misses.slice(before.misses).map((m) => `${f.id}: ${m}`),
    );
    score.spurious.splice(
      before.spurious,
      Infinity,
      ...score.spurious.slice(before.spurious).map((m) => `${f.id}: ${m}`),
    );
  }
  return score;
};

const report = (name: string, s: Score, details: boolean): void => {
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(
    `[extract quality] ${name}: precision ${pct(precision(s))}% (${s.correct}/${s.extracted}), recall ${pct(recall(s))}% (${s.found}/${s.expected}), status right on ${pct(s.found ? s.statusRight / s.found : 1)}% of found`,
  );
  if (details)
    for (const line of [
      ...s.misses.map((m) => `  miss ${m}`),
      ...s.spurious.map((m) => `  spurious ${m}`),
    ])
      console.log(line);
};

describe('extraction quality on labelled paragraphs', () => {
  it('tuned split: precision ≥ 0.9 and recall ≥ 0.8', () => {
    const s = run('tuned');
    report('tuned', s, true);
    expect(precision(s)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s)).toBeGreaterThanOrEqual(0.8);
  });

  it('held-out split (never tuned on): reports precision and recall', () => {
    const s = run('heldout');
    report('held-out', s, false);
    expect(precision(s)).toBeGreaterThanOrEqual(0.75);
    expect(recall(s)).toBeGreaterThanOrEqual(0.5);
  });
});

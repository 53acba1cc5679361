import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { DEVELOPMENT_SETS, HELD_OUT_SETS, loadFixtures, productGazetteer } from './fixtures';
import { emptyScore, precision, recall, scoreParagraph, type Score } from './score';

const gaz = await productGazetteer();

/** Scores the named fixture sets together; misses and spurious claims carry their fixture id. */
const run = (...names: string[]): Score => {
  const score = emptyScore();
  for (const f of names.flatMap((n) => loadFixtures(n))) {
    const r = extractArticle(
      f.text,
      { source: `${f.id}.txt`, ...(f.date ? { date: f.date } : {}) },
      gaz,
    );
    const before = {
      misses: score.misses.length,
      spurious: score.spurious.length,
      wrong: score.wrongStatus.length,
    };
    scoreParagraph(r.claims, f.claims ?? [], gaz, r.newActors, score);
    const tag = (list: string[], from: number) =>
      list.splice(from, Infinity, ...list.slice(from).map((m) => `${f.id}: ${m}`));
    tag(score.misses, before.misses);
    tag(score.spurious, before.spurious);
    tag(score.wrongStatus, before.wrong);
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
      ...s.wrongStatus.map((m) => `  status ${m}`),
    ])
      console.log(line);
};

/*
 * Three kinds of labelled paragraphs (fixtures/README in extract/README.md):
 * - tuned: written while developing the rules (tuned.yaml, plus heldout.yaml, the first
 *   held-out split, tuned on after it was measured);
 * - development (DEVELOPMENT_SETS in fixtures.ts): sets written by people who never saw the
 *   extractor (dev-*, heldout-blind, heldout-blind-2), measured blind first and then used to
 *   generalise the rules;
 * - held-out (HELD_OUT_SETS): heldout-blind-3 and later, written the same way and never tuned on
 *   (only their safety failures were read, to fix the status rules). Their numbers are the
 *   honest estimate for unseen news; the floors below only guard against regressions.
 */
describe('extraction quality on labelled paragraphs', () => {
  it('tuned sets: precision ≥ 0.9 and recall ≥ 0.8', () => {
    const s = run('tuned', 'heldout');
    report('tuned', s, true);
    expect(precision(s)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s)).toBeGreaterThanOrEqual(0.8);
  });

  it('development sets (written blind, then tuned on): precision ≥ 0.9, recall ≥ 0.6', () => {
    const sets = DEVELOPMENT_SETS;
    for (const name of sets) report(name, run(name), false);
    const s = run(...sets);
    report(`development (all ${sets.length})`, s, true);
    expect(precision(s)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s)).toBeGreaterThanOrEqual(0.6);
  });

  it('held-out sets (never tuned on): reports precision and recall', () => {
    const sets = HELD_OUT_SETS;
    for (const name of sets) report(`held-out (${name})`, run(name), false);
    const s = run(...sets);
    report(`held-out (all ${sets.length})`, s, false);
    expect(precision(s)).toBeGreaterThanOrEqual(0.8);
    expect(recall(s)).toBeGreaterThanOrEqual(0.35);
  });
});

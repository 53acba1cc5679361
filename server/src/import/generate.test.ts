import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { G } from './gdelt';
import { generateRows } from './generate';
import { parseGdeltRow } from './gdelt';
import { isProblem } from './row';

const digest = (rows: Iterable<string>) => {
  const h = createHash('sha1');
  for (const r of rows) h.update(`${r}\n`);
  return h.digest('hex');
};

describe('generateRows', () => {
  it('is deterministic for a seed', () => {
    const o = { actors: 300, claims: 2000 };
    expect(digest(generateRows({ ...o, seed: 7 }))).toBe(digest(generateRows({ ...o, seed: 7 })));
    expect(digest(generateRows({ ...o, seed: 7 }))).not.toBe(
      digest(generateRows({ ...o, seed: 8 })),
    );
  });

  it('writes valid GDELT rows over every actor, two years and a handful of hosts, with a heavy tail', () => {
    const actors = 2000;
    const claims = 20_000;
    const degree = new Map<string, number>();
    const days = new Set<string>();
    const hosts = new Set<string>();
    const predicates = new Set<string>();
    let n = 0;
    for (const line of generateRows({ actors, claims, seed: 3 })) {
      const fields = line.split('\t');
      const r = parseGdeltRow(fields, ++n);
      if (isProblem(r)) throw new Error(`${n}: ${r.message}`);
      for (const id of [r.claim.subject, r.claim.object]) degree.set(id, (degree.get(id) ?? 0) + 1);
      days.add(r.claim.date!);
      hosts.add(new URL(fields[G.SOURCEURL!]!).host);
      predicates.add(r.claim.predicate);
    }
    expect(n).toBe(claims);
    expect(degree.size).toBe(actors);
    expect([...days].sort()[0]! >= '2023-01-01' && [...days].sort().at(-1)! <= '2024-12-31').toBe(
      true,
    );
    expect(days.size).toBeGreaterThan(700);
    expect(hosts.size).toBeGreaterThanOrEqual(4);
    expect(hosts.size).toBeLessThanOrEqual(10);
    expect(predicates.size).toBe(12); // the eleven event predicates and INTERACTS_WITH
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const top = sorted.slice(0, actors / 100).reduce((a, b) => a + b, 0);
    expect(top / (2 * claims)).toBeGreaterThan(0.3); // top 1% of actors: > 30% of endpoints
    expect(sorted[actors / 2]!).toBeLessThan(10); // the median actor is small
  });
});

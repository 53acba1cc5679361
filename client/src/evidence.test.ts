import { describe, expect, it } from 'vitest';
import { highlightEvidence, offsetLabel } from './evidence';

const nk = { id: 'north-korea', name: 'North Korea', aliases: ['DPRK', 'Pyongyang', 'Korea'] };
const ru = { id: 'russia', name: 'Russia', aliases: ['Moscow', 'Russian Federation'] };

const marked = (s: ReturnType<typeof highlightEvidence>) =>
  s.filter((x) => x.actorId !== undefined).map((x) => `${x.role}:${x.text}`);

describe('evidence highlighting', () => {
  it('marks names and aliases of subject and object, case-insensitively', () => {
    const sentence =
      'Pyongyang sent shells to moscow, and north korea denied it; the DPRK said so.';
    const segs = highlightEvidence(sentence, nk, ru);
    expect(segs.map((s) => s.text).join('')).toBe(sentence);
    expect(marked(segs)).toEqual([
      'subject:Pyongyang',
      'object:moscow',
      'subject:north korea',
      'subject:DPRK',
    ]);
  });

  it('prefers the longest name and never overlaps', () => {
    const segs = highlightEvidence('The Russian Federation and North Korea (Korea) met.', nk, ru);
    expect(marked(segs)).toEqual([
      'object:Russian Federation',
      'subject:North Korea',
      'subject:Korea',
    ]);
  });

  it('only matches whole words', () => {
    const segs = highlightEvidence('Russians and Koreans; Russia.', nk, ru);
    expect(marked(segs)).toEqual(['object:Russia']);
  });

  it('leaves sentences without names as one plain segment, and handles regex characters', () => {
    expect(highlightEvidence('Nothing here.', nk, ru)).toEqual([{ text: 'Nothing here.' }]);
    const odd = { id: 'x', name: 'A.B (C)', aliases: ['?', ''] };
    expect(marked(highlightEvidence('Says A.B (C) today', odd, ru))).toEqual(['subject:A.B (C)']);
    expect(highlightEvidence('', nk, ru)).toEqual([]);
  });

  it('labels source offsets', () => {
    expect(offsetLabel(120, 245)).toBe('chars 120–245');
    expect(offsetLabel(null, 3)).toBe('');
  });
});

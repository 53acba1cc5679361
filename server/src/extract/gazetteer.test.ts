import { describe, expect, it } from 'vitest';
import type { Actor } from '../domain';
import { buildGazetteer, extractClaims } from './index';

const names = (text: string, curated: Actor[] = []): string[] =>
  extractClaims(text, { source: 'a.txt' }, buildGazetteer(curated)).map(
    (c) => `${c.subject} ${c.predicate} ${c.object}`,
  );

describe('buildGazetteer', () => {
  it('knows states, capitals, government metonyms and officials', () => {
    const g = buildGazetteer([]);
    expect(g.actors.get('north-korea')?.kind).toBe('STATE');
    expect(g.actors.get('antony-blinken')).toMatchObject({
      kind: 'OFFICIAL',
      affiliation: 'united-states',
    });
    expect(names('The White House condemned the Kremlin.')).toEqual([
      'United States CONDEMNS Russia',
    ]);
    expect(names('Tehran shipped drones to Moscow.')).toEqual(['Iran SUPPLIES Russia']);
    expect(names('Chinese firms sold chips to Russia.')).toEqual(['China SUPPLIES Russia']);
  });

  it('lets curated actors win, merging built-in entries that share a name or alias', () => {
    const curated: Actor[] = [
      { id: 'usa', name: 'USA', kind: 'STATE', aliases: ['United States'] },
      {
        id: 'lloyd-austin',
        name: 'Lloyd Austin',
        kind: 'OFFICIAL',
        aliases: ['Austin'],
        affiliation: 'usa',
      },
    ];
    const g = buildGazetteer(curated);
    expect(g.actors.get('usa')?.name).toBe('USA');
    expect(g.actors.has('united-states')).toBe(false);
    expect(g.actors.get('antony-blinken')?.affiliation).toBe('usa');
    expect(names('The Pentagon sanctioned Iran.', curated)).toEqual(['USA SANCTIONS Iran']);
  });

  it('reads a bare surname only after the full name in the same article', () => {
    const curated: Actor[] = [
      { id: 'lloyd-austin', name: 'Lloyd Austin', kind: 'OFFICIAL', aliases: ['Austin'] },
    ];
    expect(names('Austin met Yoon Suk Yeol.', curated)).toEqual([]);
    expect(names('Lloyd Austin flew to Asia. Austin met Yoon Suk Yeol.', curated)).toEqual([
      'Lloyd Austin MEETS Yoon Suk Yeol',
    ]);
  });

  it('does not mistake ordinary words for acronyms', () => {
    expect(names('Russia urged us to sanction Iran.')).toEqual([]);
  });
});

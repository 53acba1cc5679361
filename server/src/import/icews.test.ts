import { describe, expect, it } from 'vitest';
import { ActorSchema, ClaimSchema, SourceSchema } from '../domain';
import { checkIcewsHeader, ICEWS_COLUMNS, parseIcewsRow } from './icews';
import { isProblem, type ParsedRow, type RowResult } from './row';

const row = (over: Record<string, string> = {}): string[] => {
  const base: Record<string, string> = {
    'Event ID': '70000201',
    'Event Date': '2024-11-06',
    'Source Name': 'Government (Ukraine)',
    'Source Sectors': 'Government',
    'Source Country': 'Ukraine',
    'Event Text': 'Criticize or denounce',
    'CAMEO Code': '111',
    Intensity: '-2',
    'Target Name': 'Russia',
    'Target Sectors': 'NA',
    'Target Country': 'Russian Federation',
    'Story ID': '90000101',
    'Sentence Number': '2',
    Publisher: 'Example Wire',
  };
  const all = { ...base, ...over };
  return ICEWS_COLUMNS.map((c) => all[c] ?? 'NA');
};
const ok = (r: RowResult): ParsedRow => {
  if (isProblem(r)) throw new Error(r.message);
  return r;
};
const parse = (over: Record<string, string> = {}) => ok(parseIcewsRow(row(over), 2));

describe('ICEWS layout', () => {
  it('has the 20 columns of the Dataverse event files and checks the header', () => {
    expect(ICEWS_COLUMNS).toHaveLength(20);
    expect(checkIcewsHeader([...ICEWS_COLUMNS])).toBeNull();
    expect(checkIcewsHeader(['Event ID', 'Date'])).toMatch(/not an ICEWS event file/);
  });
});

describe('parseIcewsRow', () => {
  it('builds a claim with the CAMEO code, date, intensity and story source', () => {
    const { claim, source, actors } = parse();
    expect(claim).toMatchObject({
      id: 'icews-70000201-20241106',
      subject: 'ukraine-government',
      predicate: 'CONDEMNS',
      object: 'russia',
      status: 'REPORTED',
      origin: 'IMPORTED',
      date: '2024-11-06',
      cameo: '111',
      metrics: { goldstein: -2 },
    });
    expect(claim.note).toContain('criticize or denounce');
    expect(source).toEqual({
      id: 'icews-story-90000101',
      title: 'Example Wire (ICEWS story 90000101)',
      publisher: 'Example Wire',
    });
    expect(actors.find((a) => a.id === 'ukraine-government')).toMatchObject({
      kind: 'ORGANIZATION',
      affiliation: 'ukraine',
    });
    expect(() => ClaimSchema.parse(claim)).not.toThrow();
    expect(() => SourceSchema.parse(source)).not.toThrow();
    for (const a of actors) expect(ActorSchema.parse(a)).toEqual(a);
  });

  it('maps countries, people and organisations to stable ids', () => {
    const people = parse({
      'Source Name': 'Xi Jinping',
      'Source Sectors': 'Government,Elite',
      'Source Country': 'China',
      'Target Name': 'Vladimir Putin',
      'CAMEO Code': '040',
    });
    expect([people.claim.subject, people.claim.predicate, people.claim.object]).toEqual([
      'xi-jinping',
      'MEETS',
      'vladimir-putin',
    ]);
    expect(people.actors[0]).toMatchObject({ kind: 'OFFICIAL', affiliation: 'china' });
    const nato = parse({
      'Source Name': 'North Atlantic Treaty Organization',
      'Source Sectors': 'International Government Organization',
      'Source Country': 'NA',
      'CAMEO Code': '020',
    });
    expect([nato.claim.subject, nato.claim.predicate]).toEqual(['nato', 'URGES']);
    const states = parse({
      'Source Name': 'North Korea',
      'Source Country': 'North Korea',
      'CAMEO Code': '072',
    });
    expect([states.claim.subject, states.claim.predicate, states.claim.object]).toEqual([
      'north-korea',
      'SUPPLIES',
      'russia',
    ]);
    expect(
      parse({
        'Source Name': 'Citizen (India)',
        'Source Sectors': 'General Population / Civilian / Social,Social',
        'Source Country': 'India',
      }).actors[0],
    ).toMatchObject({ id: 'india-citizen', kind: 'GROUP' });
    const unmapped = parse({ 'CAMEO Code': '030' }).claim;
    expect([unmapped.predicate, unmapped.cameo]).toEqual(['INTERACTS_WITH', '030']);
  });

  it('skips rows without two actors and reports malformed rows', () => {
    expect(parseIcewsRow(row({ 'Target Name': 'NA' }), 5)).toMatchObject({
      problem: 'missing-actor',
      line: 5,
    });
    expect(parseIcewsRow(row({ 'Source Name': 'Russia' }), 5)).toMatchObject({
      problem: 'same-actor',
    });
    expect(parseIcewsRow(row({ 'Event Date': '2024-11-31' }), 5)).toMatchObject({
      problem: 'bad-row',
      message: expect.stringMatching(/Event Date/) as unknown,
    });
    expect(parseIcewsRow(row({ 'Event Date': '20241106' }), 5)).toMatchObject({
      problem: 'bad-row',
    });
    expect(parseIcewsRow(row({ 'CAMEO Code': 'x' }), 5)).toMatchObject({ problem: 'bad-row' });
    expect(parseIcewsRow(row({ Intensity: 'high' }), 5)).toMatchObject({ problem: 'bad-row' });
    expect(parseIcewsRow(row().slice(0, 12), 5)).toMatchObject({
      problem: 'bad-row',
      message: 'expected 20 tab-separated columns, found 12',
    });
  });
});

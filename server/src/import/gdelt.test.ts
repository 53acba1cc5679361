import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ActorSchema, ClaimSchema, PREDICATE_INFO, PREDICATES, SourceSchema } from '../domain';
import { predicateForCameo } from './cameo';
import { allPlaces, placeByCode } from './countries';
import { G, GDELT_COLUMNS, parseGdeltRow } from './gdelt';
import { isProblem, type ParsedRow, type RowResult } from './row';

/** A GDELT row with sensible defaults: Russia (RUS) → Ukraine (UKR), CAMEO 190, 2024-11-10. */
const row = (over: Record<string, string> = {}): string[] => {
  const f = GDELT_COLUMNS.map(() => '');
  const base: Record<string, string> = {
    GlobalEventID: '1210000042',
    Day: '20241110',
    Actor1Code: 'RUS',
    Actor1Name: 'RUSSIA',
    Actor1CountryCode: 'RUS',
    Actor2Code: 'UKR',
    Actor2Name: 'UKRAINE',
    Actor2CountryCode: 'UKR',
    EventCode: '190',
    GoldsteinScale: '-10.0',
    NumMentions: '12',
    NumSources: '3',
    NumArticles: '11',
    AvgTone: '-8.25',
    SOURCEURL: 'https://news.example.com/2024/11/10/overnight-strikes?ref=rss',
  };
  for (const [k, v] of Object.entries({ ...base, ...over })) f[G[k]!] = v;
  return f;
};
const ok = (r: RowResult): ParsedRow => {
  if (isProblem(r)) throw new Error(r.message);
  return r;
};
const parse = (over: Record<string, string> = {}) => ok(parseGdeltRow(row(over), 7));

describe('GDELT 2.0 layout', () => {
  it('has the 61 columns of the event codebook in order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS.slice(0, 7)).toEqual([
      'GlobalEventID',
      'Day',
      'MonthYear',
      'Year',
      'FractionDate',
      'Actor1Code',
      'Actor1Name',
    ]);
    expect(G.Actor2Code).toBe(15);
    expect(G.EventCode).toBe(26);
    expect(G.NumMentions).toBe(31);
    expect(G.Actor1Geo_ADM2Code).toBe(39);
    expect(G.ActionGeo_FeatureID).toBe(58);
    expect(GDELT_COLUMNS.slice(59)).toEqual(['DATEADDED', 'SOURCEURL']);
  });
});

describe('parseGdeltRow', () => {
  it.each([
    ['SUPPLIES', ['070', '072', '0731', '074']],
    ['DEPLOYS_TROOPS_TO', ['062', '154']],
    ['SIGNS_TREATY_WITH', ['057']],
    ['WARNS', ['130', '138', '1382']],
    ['SANCTIONS', ['163']],
    ['CONDEMNS', ['111']],
    ['ACCUSES', ['112', '1123']],
    ['MEETS', ['040', '042', '046']],
    ['SUPPORTS', ['050', '051', '054']],
    ['URGES', ['020', '0211', '100', '1041']],
    ['ATTACKS', ['180', '183', '190', '195', '202']],
  ])('maps CAMEO codes to %s and keeps the code', (predicate, codes) => {
    for (const code of codes) {
      const { claim } = parse({ EventCode: code });
      expect([code, claim.predicate]).toEqual([code, predicate]);
      expect(claim.cameo).toBe(code);
    }
  });

  it('keeps unmapped codes as INTERACTS_WITH claims with their CAMEO code', () => {
    for (const code of [
      '010',
      '036',
      '061',
      '0874',
      '110',
      '114',
      '120',
      '141',
      '150',
      '161',
      '172',
    ]) {
      const { claim } = parse({ EventCode: code });
      expect(claim.predicate).toBe('INTERACTS_WITH');
      expect(claim.cameo).toBe(code);
    }
  });

  it('agrees with the CAMEO codes listed in domain/predicates.ts', () => {
    for (const p of PREDICATES)
      for (const code of PREDICATE_INFO[p].cameo)
        expect([code, predicateForCameo(code)]).toEqual([code, p]);
  });

  it('maps CAMEO country codes to the curated state ids', () => {
    const expected = {
      RUS: 'russia',
      CHN: 'china',
      IRN: 'iran',
      PRK: 'north-korea',
      USA: 'united-states',
      UKR: 'ukraine',
      KOR: 'south-korea',
      GBR: 'united-kingdom',
      TWN: 'taiwan',
    };
    for (const [code, id] of Object.entries(expected)) {
      const { claim, actors } = parse({
        Actor1Code: code,
        Actor1Name: 'X',
        Actor1CountryCode: code,
        Actor2Code: 'NAT',
        Actor2KnownGroupCode: 'NAT',
      });
      expect(claim.subject).toBe(id);
      expect(actors[0]).toMatchObject({ id, kind: 'STATE' });
    }
    const curated = parseYaml(
      readFileSync(new URL('../../../data/actors.yaml', import.meta.url), 'utf8'),
    ) as { actors: { id: string; kind: string }[] };
    const ids = new Set(allPlaces().map((p) => p.id));
    for (const a of curated.actors.filter((x) => x.kind === 'STATE'))
      expect(ids, a.id).toContain(a.id);
    expect(placeByCode('ROM')?.id).toBe('romania');
  });

  it('gives institutions, people, known groups and role words stable ids and kinds', () => {
    const gov = parse({ Actor1Code: 'RUSGOV', Actor1Name: 'MOSCOW', Actor1Type1Code: 'GOV' });
    expect(gov.claim.subject).toBe('russia-government');
    expect(gov.actors[0]).toMatchObject({
      name: 'Government (Russia)',
      kind: 'ORGANIZATION',
      affiliation: 'russia',
    });
    expect(gov.actors.map((a) => a.id)).toContain('russia');
    const mil = parse({ Actor1Code: 'RUSMIL', Actor1Name: 'RUSSIA', Actor1Type1Code: 'MIL' });
    expect(mil.claim.subject).toBe('russia-military');
    const person = parse({
      Actor2Code: 'PRKGOV',
      Actor2Name: 'KIM JONG UN',
      Actor2CountryCode: 'PRK',
      Actor2Type1Code: 'GOV',
    });
    expect(person.actors.find((a) => a.id === 'kim-jong-un')).toMatchObject({
      name: 'Kim Jong Un',
      kind: 'OFFICIAL',
      affiliation: 'north-korea',
    });
    expect(
      parse({
        Actor2Code: 'NAT',
        Actor2Name: 'NATO',
        Actor2KnownGroupCode: 'NAT',
        Actor2CountryCode: '',
      }).claim.object,
    ).toBe('nato');
    expect(
      parse({
        Actor2Code: 'IGOUNO',
        Actor2Name: 'UNITED NATIONS',
        Actor2KnownGroupCode: 'UNO',
        Actor2CountryCode: '',
      }).claim.object,
    ).toBe('united-nations');
    const police = parse({
      Actor2Code: 'INDCOP',
      Actor2Name: 'POLICE',
      Actor2CountryCode: 'IND',
      Actor2Type1Code: 'COP',
    });
    expect(police.claim.object).toBe('india-police');
    expect(
      parse({ Actor2Code: 'WST', Actor2Name: 'WEST', Actor2CountryCode: '' }).claim.object,
    ).toBe('western-countries');
  });

  it('keeps the date, metrics, confidence and source URL', () => {
    const { claim, source } = parse();
    expect(claim).toMatchObject({
      id: 'gdelt-1210000042',
      subject: 'russia',
      object: 'ukraine',
      status: 'REPORTED',
      origin: 'IMPORTED',
      date: '2024-11-10',
      confidence: 0.6,
      source: source.id,
      metrics: { numMentions: 12, numSources: 3, numArticles: 11, avgTone: -8.25, goldstein: -10 },
    });
    expect(source).toEqual({
      id: expect.stringMatching(/^src-[0-9a-f]{16}$/) as unknown,
      title: 'news.example.com/2024/11/10/overnight-strikes',
      url: 'https://news.example.com/2024/11/10/overnight-strikes?ref=rss',
    });
    expect(parse({ NumSources: '1' }).claim.confidence).toBe(0.4);
    expect(parse({ NumSources: '40' }).claim.confidence).toBe(0.9);
    expect(
      parse({ NumMentions: '', NumSources: '', NumArticles: '', AvgTone: '', GoldsteinScale: '' })
        .claim.metrics,
    ).toBeUndefined();
  });

  it('produces records that pass the domain schemas', () => {
    const cases: Record<string, string>[] = [
      {},
      { Actor1Code: 'RUSGOV', Actor1Type1Code: 'GOV' },
      { SOURCEURL: 'BBC Monitoring' },
      { SOURCEURL: '' },
    ];
    for (const over of cases) {
      const r = parse(over);
      expect(() => ClaimSchema.parse(r.claim)).not.toThrow();
      expect(() => SourceSchema.parse(r.source)).not.toThrow();
      for (const a of r.actors) expect(ActorSchema.parse(a)).toEqual(a);
    }
  });

  it('skips rows without two distinct actors and reports malformed rows', () => {
    const missing = parseGdeltRow(
      row({ Actor2Code: '', Actor2Name: '', Actor2CountryCode: '' }),
      3,
    );
    expect(missing).toMatchObject({ problem: 'missing-actor', line: 3 });
    expect(parseGdeltRow(row({ Actor2Code: 'RUS', Actor2Name: 'RUSSIA' }), 3)).toMatchObject({
      problem: 'same-actor',
    });
    const bad = (f: string[]) => parseGdeltRow(f, 9) as { problem: string; message: string };
    expect(bad(row().slice(0, 58))).toMatchObject({
      problem: 'bad-row',
      message: 'expected 61 tab-separated columns, found 58',
    });
    expect(bad(row({ Day: '20241131' })).message).toMatch(/Day "20241131" is not a date/);
    expect(bad(row({ EventCode: '---' })).message).toMatch(/EventCode/);
    expect(bad(row({ GlobalEventID: 'abc' })).message).toMatch(/GlobalEventID/);
    expect(bad(row({ NumSources: '2.5' })).message).toMatch(/numSources is not a count/);
    expect(bad(row({ AvgTone: 'n/a' })).message).toMatch(/avgTone is not a number/);
  });
});

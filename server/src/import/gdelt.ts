import type { Claim } from '../domain';
import { gdeltActor, type ActorRef } from './actors';
import { predicateForCameo } from './cameo';
import {
  confidenceFromSources,
  dates,
  eventNote,
  problem,
  sourceForUrl,
  type RowResult,
} from './row';
import { BoundedCache, isoDate, optNumber } from './text';

const actorColumns = (n: 1 | 2) =>
  [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((c) => `Actor${n}${c}`);
const geoColumns = (p: string) =>
  ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map(
    (c) => `${p}Geo_${c}`,
  );

/**
 * The GDELT 2.0 event table: 61 tab-separated columns, no header (GDELT Event Codebook V2.0).
 * GDELT 2.0 added the ADM2Code geo columns; DATEADDED is YYYYMMDDHHMMSS.
 */
export const GDELT_COLUMNS: readonly string[] = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorColumns(1),
  ...actorColumns(2),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoColumns('Actor1'),
  ...geoColumns('Actor2'),
  ...geoColumns('Action'),
  'DATEADDED',
  'SOURCEURL',
];

/** Column index by name. */
export const G = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, i])) as Record<string, number>;

const col = (name: string): number => G[name]!;
const C = {
  id: col('GlobalEventID'),
  day: col('Day'),
  code: col('EventCode'),
  goldstein: col('GoldsteinScale'),
  mentions: col('NumMentions'),
  sources: col('NumSources'),
  articles: col('NumArticles'),
  tone: col('AvgTone'),
  url: col('SOURCEURL'),
};
/** Metric columns: claim.metrics key, column, whether it is a count. */
const METRICS: [string, number, boolean][] = [
  ['numMentions', C.mentions, true],
  ['numSources', C.sources, true],
  ['numArticles', C.articles, true],
  ['avgTone', C.tone, false],
  ['goldstein', C.goldstein, false],
];
/** Actor columns: code, name, country, known group, type 1–3. */
const ACTOR = ([1, 2] as const).map((n) =>
  ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'Type1Code', 'Type2Code', 'Type3Code'].map(
    (c) => col(`Actor${n}${c}`),
  ),
) as [number[], number[]];

// Actors repeat heavily (a few hubs hold most events): resolve each distinct one once.
const actorCache = new BoundedCache<ActorRef | null>(200_000);

// The country, known-group and type columns are parsed by GDELT from the actor code, so code and
// name identify an actor row.
const actorAt = (f: readonly string[], cols: number[]): ActorRef | null => {
  const key = `${f[cols[0]!]}\t${f[cols[1]!]}`;
  const hit = actorCache.get(key);
  if (hit !== undefined) return hit;
  const [code = '', name = '', countryCode = '', knownGroup = '', ...types] = cols.map(
    (i) => f[i] ?? '',
  );
  const ref = gdeltActor({ code, name, countryCode, knownGroup, types });
  actorCache.set(key, ref);
  return ref;
};

/** Turns one GDELT event row (already split on tabs) into an actor pair, a source and a claim. */
export const parseGdeltRow = (f: readonly string[], line: number): RowResult => {
  if (f.length !== GDELT_COLUMNS.length)
    return problem(
      'bad-row',
      line,
      `expected ${GDELT_COLUMNS.length} tab-separated columns, found ${f.length}`,
    );
  const eventId = (f[C.id] ?? '').trim();
  if (!/^\d{1,20}$/.test(eventId))
    return problem('bad-row', line, `GlobalEventID "${eventId}" is not a number`);
  const date = isoDate(f[C.day] ?? '');
  if (date === null)
    return problem('bad-row', line, `Day "${f[C.day] ?? ''}" is not a date (YYYYMMDD)`);
  const cameo = (f[C.code] ?? '').trim();
  if (!/^\d{2,4}$/.test(cameo))
    return problem('bad-row', line, `EventCode "${cameo}" is not a CAMEO code`);
  const metrics: Record<string, number> = {};
  for (const [key, i, count] of METRICS) {
    const v = optNumber(f[i]);
    if (v === undefined) continue;
    if (Number.isNaN(v) || (count && (!Number.isInteger(v) || v < 0)))
      return problem('bad-row', line, `${key} is not ${count ? 'a count' : 'a number'}`);
    metrics[key] = v;
  }
  const a1 = actorAt(f, ACTOR[0]);
  const a2 = actorAt(f, ACTOR[1]);
  if (a1 === null || a2 === null)
    return problem(
      'missing-actor',
      line,
      `event ${eventId} has no ${a1 === null ? 'Actor1' : 'Actor2'}`,
    );
  if (a1.id === a2.id)
    return problem('same-actor', line, `event ${eventId}: both actors are ${a1.id}`);
  const source = sourceForUrl(f[C.url] ?? '');
  const claim: Claim = {
    id: `gdelt-${eventId}`,
    subject: a1.id,
    predicate: predicateForCameo(cameo),
    object: a2.id,
    status: 'REPORTED',
    date: dates.get(date),
    confidence: confidenceFromSources(metrics.numSources),
    source: source.id,
    note: eventNote('GDELT', cameo),
    cameo,
    origin: 'IMPORTED',
    metrics,
  };
  if (Object.keys(metrics).length === 0) delete claim.metrics;
  return { actors: [...a1.actors, ...a2.actors], source, claim };
};

import type { Claim, Source } from '../domain';
import { icewsActor } from './actors';
import { predicateForCameo } from './cameo';
import { confidenceFromSources, dates, eventNote, problem, type RowResult } from './row';
import { isoDate, optNumber } from './text';

/**
 * ICEWS coded event files (Harvard Dataverse, doi:10.7910/DVN/28075): tab-separated with this
 * header line; "NA" marks a missing value.
 */
export const ICEWS_COLUMNS: readonly string[] = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
];

const I = Object.fromEntries(ICEWS_COLUMNS.map((c, i) => [c, i])) as Record<string, number>;
const get = (f: readonly string[], name: string): string => {
  const v = (f[I[name]!] ?? '').trim();
  return v === 'NA' ? '' : v;
};

/** Checks the header line; returns a problem message or null. */
export const checkIcewsHeader = (fields: readonly string[]): string | null => {
  const got = fields.map((f) => f.trim());
  const missing = ICEWS_COLUMNS.filter((c, i) => got[i] !== c);
  return missing.length === 0 && got.length === ICEWS_COLUMNS.length
    ? null
    : `not an ICEWS event file: expected the header "${ICEWS_COLUMNS.join('\\t')}"`;
};

const storySource = (story: string, publisher: string): Source => ({
  id: story === '' ? 'icews-unsourced' : `icews-story-${story}`,
  title: `${publisher || 'Unknown publisher'} (ICEWS story ${story || 'unknown'})`.slice(0, 500),
  ...(publisher ? { publisher: publisher.slice(0, 200) } : {}),
});

/**
 * Turns one ICEWS event row into an actor pair, a source (the story) and a claim. ICEWS Event
 * IDs repeat across event dates, so the claim id is `icews-<Event ID>-<YYYYMMDD>`.
 */
export const parseIcewsRow = (f: readonly string[], line: number): RowResult => {
  if (f.length !== ICEWS_COLUMNS.length)
    return problem(
      'bad-row',
      line,
      `expected ${ICEWS_COLUMNS.length} tab-separated columns, found ${f.length}`,
    );
  const eventId = get(f, 'Event ID');
  if (!/^\d{1,20}$/.test(eventId))
    return problem('bad-row', line, `Event ID "${eventId}" is not a number`);
  const date = isoDate(get(f, 'Event Date'));
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(get(f, 'Event Date')))
    return problem(
      'bad-row',
      line,
      `Event Date "${get(f, 'Event Date')}" is not a date (YYYY-MM-DD)`,
    );
  const cameo = get(f, 'CAMEO Code');
  if (!/^\d{2,4}$/.test(cameo))
    return problem('bad-row', line, `CAMEO Code "${cameo}" is not a CAMEO code`);
  const intensity = optNumber(get(f, 'Intensity'));
  if (intensity !== undefined && Number.isNaN(intensity))
    return problem('bad-row', line, `Intensity "${get(f, 'Intensity')}" is not a number`);
  const story = get(f, 'Story ID');
  if (story !== '' && !/^\d{1,20}$/.test(story))
    return problem('bad-row', line, `Story ID "${story}" is not a number`);
  const a1 = icewsActor(get(f, 'Source Name'), get(f, 'Source Sectors'), get(f, 'Source Country'));
  const a2 = icewsActor(get(f, 'Target Name'), get(f, 'Target Sectors'), get(f, 'Target Country'));
  if (a1 === null || a2 === null)
    return problem(
      'missing-actor',
      line,
      `event ${eventId} has no ${a1 === null ? 'source' : 'target'} actor`,
    );
  if (a1.id === a2.id)
    return problem('same-actor', line, `event ${eventId}: both actors are ${a1.id}`);
  const source = storySource(story, get(f, 'Publisher'));
  const claim: Claim = {
    id: `icews-${eventId}-${date.replaceAll('-', '')}`,
    subject: a1.id,
    predicate: predicateForCameo(cameo),
    object: a2.id,
    status: 'REPORTED',
    date: dates.get(date),
    confidence: confidenceFromSources(1),
    source: source.id,
    note: eventNote('ICEWS', cameo, get(f, 'Event Text').slice(0, 900)),
    cameo,
    origin: 'IMPORTED',
    ...(intensity !== undefined ? { metrics: { goldstein: intensity } } : {}),
  };
  return { actors: [...a1.actors, ...a2.actors], source, claim };
};

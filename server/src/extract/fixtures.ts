import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SAMPLE_DATA_DIR, parseFiles, readInputFiles } from '../loader';
import { buildGazetteer } from './gazetteer';
import type { Gazetteer } from './types';
import type { Expected } from './score';

export interface Fixture {
  id: string;
  text: string;
  date?: string;
  claims: Expected[];
}

/** Loads a fixture file (tests and the bench only; the extractor itself does no I/O). */
export const loadFixtures = (name: string): Fixture[] =>
  parse(readFileSync(new URL(`./fixtures/${name}.yaml`, import.meta.url), 'utf8')) as Fixture[];

/** The gazetteer `relata extract` uses: the sample dataset's curated actors plus the built-ins. */
export const productGazetteer = async (): Promise<Gazetteer> =>
  buildGazetteer(parseFiles(await readInputFiles([SAMPLE_DATA_DIR])).actors.map((a) => a.value));

/**
 * Every labelled set: tuned on (tuned, heldout, dev-*, heldout-blind, heldout-blind-2) and
 * never tuned on (heldout-blind-3 and later), in the order they were written.
 */
export const FIXTURE_SETS = [
  'tuned',
  'heldout',
  'dev-a',
  'dev-b',
  'dev-c',
  'heldout-blind',
  'heldout-blind-2',
  'dev-d',
  'dev-e',
  'dev-f',
  'heldout-blind-3',
  'heldout-blind-4',
  'heldout-blind-5',
  'dev-g',
  'dev-h',
  'dev-i',
  'heldout-blind-6',
  'heldout-blind-7',
  'heldout-blind-8',
  'dev-j',
  'dev-k',
  'dev-l',
  'heldout-blind-9',
  'heldout-blind-10',
  'dev-m',
  'dev-n',
  'dev-o',
  'heldout-blind-11',
  'dev-p',
  'dev-q',
  'heldout-blind-12',
  'heldout-blind-13',
  'dev-r',
  'dev-s',
  'dev-t',
  'dev-u',
  'heldout-blind-14',
  'heldout-blind-15',
  'heldout-blind-16',
  'heldout-blind-17',
  'dev-v',
  'dev-w',
  'dev-x',
  'dev-y',
  'heldout-blind-18',
  'heldout-blind-19',
  'heldout-blind-20',
  'dev-z',
  'dev-aa',
  'dev-ab',
  'dev-ac',
  'heldout-blind-21',
  'heldout-blind-22',
  'heldout-blind-23',
  'dev-ad',
  'dev-ae',
  'dev-af',
  'dev-ag',
  'dev-ah',
  'dev-ai',
  'dev-aj',
  'dev-ak',
  'heldout-blind-24',
  'heldout-blind-25',
  'heldout-blind-26',
  'heldout-blind-27',
  'heldout-blind-28',
  'heldout-blind-29',
] as const;

/** Written blind by helpers, measured, then tuned on: dev-*, heldout-blind, heldout-blind-2. */
export const DEVELOPMENT_SETS: readonly string[] = FIXTURE_SETS.filter(
  (n) => n.startsWith('dev-') || n === 'heldout-blind' || n === 'heldout-blind-2',
);

/** Written the same way and never tuned on: heldout-blind-3 and later. */
export const HELD_OUT_SETS: readonly string[] = FIXTURE_SETS.filter(
  (n) => /^heldout-blind-\d+$/.test(n) && n !== 'heldout-blind-2',
);
